namespace DanVan.Reporting;

/// <summary>
/// What gives the signer the right to sign ("thẩm quyền ký", written before the position as "thể thức đề ký"): on behalf
/// of a collective, in place of the head, by order… Signing directly as the head has no prefix (a null
/// <see cref="Signature.Prefix"/>).
/// </summary>
/// <remarks>
/// Party documents (36-HD/VPTW Điểm 1.7) write T/M, K/T and T/L; state documents (Nghị định 30/2020/NĐ-CP Phụ lục I,
/// Mục II khoản 7) write TM., Q., KT., TL. and TUQ. See <see cref="SignaturePrefix"/> for the written forms.
/// </remarks>
public enum SignatureAuthority
{
    /// <summary>"Thay mặt": the head signs for a collective (a Party committee, a people's committee). Party "T/M", state "TM.".</summary>
    OnBehalf,

    /// <summary>"Quyền": an acting head signs. State "Q."; the Party system has no such prefix.</summary>
    Acting,

    /// <summary>"Ký thay": a deputy signs in place of the head. Party "K/T", state "KT.".</summary>
    Deputy,

    /// <summary>"Thừa lệnh": the head of an office signs by order of the head. Party "T/L", state "TL.".</summary>
    ByOrder,

    /// <summary>"Thừa ủy quyền": a delegated official signs. State "TUQ."; the Party form "T/UQ" is UNVERIFIED (docs/domain/format.md §1.9) and not offered.</summary>
    ByDelegation,
}
