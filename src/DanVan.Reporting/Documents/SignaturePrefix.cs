using System.Diagnostics.CodeAnalysis;
using DanVan.Reporting.Internal;

namespace DanVan.Reporting;

/// <summary>
/// A signature authority as written in one system: "T/M", "K/T", "T/L" (Party, a slash and no dot) or "TM.", "Q.",
/// "KT.", "TL.", "TUQ." (state, a dot). Printed before the body signed for: "T/M BAN THƯỜNG VỤ", "KT. BỘ TRƯỞNG".
/// </summary>
/// <remarks>
/// Sources: Party — Hướng dẫn 36-HD/VPTW Điểm 1.7 (T/M for congresses, committees and councils; K/T when a deputy of
/// an advisory body signs) [S-19]; T/L is attested in a Party-style guide [S-18] and UNVERIFIED for 36-HD itself.
/// State — Nghị định 30/2020/NĐ-CP Phụ lục I, Mục II khoản 7 [S-20]. The eight instances are the only ones; compare them
/// with <c>==</c>. Immutable and thread-safe.
/// </remarks>
public sealed class SignaturePrefix : IEquatable<SignaturePrefix>
{
    private SignaturePrefix(SignatureAuthority authority, DocumentSystem system, string text)
    {
        Authority = authority;
        System = system;
        Text = text;
    }

    /// <summary>Party "T/M" (thay mặt): "T/M BAN THƯỜNG VỤ" / "BÍ THƯ".</summary>
    public static SignaturePrefix PartyOnBehalf { get; } = new(SignatureAuthority.OnBehalf, DocumentSystem.Party, "T/M");

    /// <summary>Party "K/T" (ký thay): "K/T TRƯỞNG BAN" / "PHÓ TRƯỞNG BAN".</summary>
    public static SignaturePrefix PartyDeputy { get; } = new(SignatureAuthority.Deputy, DocumentSystem.Party, "K/T");

    /// <summary>Party "T/L" (thừa lệnh): "T/L BAN THƯỜNG VỤ" / "CHÁNH VĂN PHÒNG". Attested in a Party-style guide [S-18]; UNVERIFIED for 36-HD/VPTW.</summary>
    public static SignaturePrefix PartyByOrder { get; } = new(SignatureAuthority.ByOrder, DocumentSystem.Party, "T/L");

    /// <summary>State "TM." (thay mặt): "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH".</summary>
    public static SignaturePrefix StateOnBehalf { get; } = new(SignatureAuthority.OnBehalf, DocumentSystem.State, "TM.");

    /// <summary>State "Q." (quyền): "Q. BỘ TRƯỞNG".</summary>
    public static SignaturePrefix StateActing { get; } = new(SignatureAuthority.Acting, DocumentSystem.State, "Q.");

    /// <summary>State "KT." (ký thay): "KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG".</summary>
    public static SignaturePrefix StateDeputy { get; } = new(SignatureAuthority.Deputy, DocumentSystem.State, "KT.");

    /// <summary>State "TL." (thừa lệnh): "TL. BỘ TRƯỞNG" / "CHÁNH VĂN PHÒNG".</summary>
    public static SignaturePrefix StateByOrder { get; } = new(SignatureAuthority.ByOrder, DocumentSystem.State, "TL.");

    /// <summary>State "TUQ." (thừa ủy quyền): "TUQ. BỘ TRƯỞNG" / "VỤ TRƯỞNG …".</summary>
    public static SignaturePrefix StateByDelegation { get; } = new(SignatureAuthority.ByDelegation, DocumentSystem.State, "TUQ.");

    /// <summary>The three Party prefixes: T/M, K/T, T/L.</summary>
    public static IReadOnlyList<SignaturePrefix> PartyPrefixes { get; } = Array.AsReadOnly([PartyOnBehalf, PartyDeputy, PartyByOrder]);

    /// <summary>The five state prefixes: TM., Q., KT., TL., TUQ.</summary>
    public static IReadOnlyList<SignaturePrefix> StatePrefixes { get; } = Array.AsReadOnly([StateOnBehalf, StateActing, StateDeputy, StateByOrder, StateByDelegation]);

    /// <summary>What the prefix means.</summary>
    public SignatureAuthority Authority { get; }

    /// <summary>The system whose form this is.</summary>
    public DocumentSystem System { get; }

    /// <summary>The prefix as printed: "T/M", "KT.".</summary>
    public string Text { get; }

    /// <summary>The prefix for an authority in a system, or null when the system has none (Party "Q." and "TUQ.").</summary>
    /// <param name="authority">The authority.</param>
    /// <param name="system">The system.</param>
    /// <returns>The prefix, or null.</returns>
    public static SignaturePrefix? For(SignatureAuthority authority, DocumentSystem system)
    {
        foreach (SignaturePrefix prefix in system == DocumentSystem.Party ? PartyPrefixes : StatePrefixes)
        {
            if (prefix.Authority == authority)
            {
                return prefix;
            }
        }

        return null;
    }

    /// <summary>Reads a prefix as written: "T/M", "K/T", "T/L", "TM.", "Q.", "KT.", "TL.", "TUQ." (any letter case, spaces around ignored).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The prefix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is none of the eight forms; the message quotes it and lists them.</exception>
    public static SignaturePrefix Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        return TryParse(text, out SignaturePrefix? prefix) ? prefix : throw new FormatException(Messages.Pick(
            Messages.Format("{0} không phải là thể thức đề ký; các dạng hợp lệ: T/M, K/T, T/L (Đảng); TM., Q., KT., TL., TUQ. (Nhà nước).", Messages.Quote(text)),
            Messages.Format("{0} is not a signature prefix; accepted forms: T/M, K/T, T/L (Party); TM., Q., KT., TL., TUQ. (state).", Messages.Quote(text))));
    }

    /// <summary>Reads a prefix like <see cref="Parse"/>, without throwing.</summary>
    /// <param name="text">The text; may be null.</param>
    /// <param name="prefix">The prefix read, or null.</param>
    /// <returns>True when <paramref name="text"/> is one of the eight forms.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out SignaturePrefix? prefix)
    {
        prefix = null;
        if (text is null)
        {
            return false;
        }

        string trimmed = text.Trim();
        foreach (IReadOnlyList<SignaturePrefix> set in new[] { PartyPrefixes, StatePrefixes })
        {
            foreach (SignaturePrefix candidate in set)
            {
                if (string.Equals(candidate.Text, trimmed, StringComparison.OrdinalIgnoreCase))
                {
                    prefix = candidate;
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The same authority written in another system ("KT." → "K/T"), or null when that system has none.</summary>
    /// <param name="system">The system.</param>
    /// <returns>The prefix, or null.</returns>
    public SignaturePrefix? In(DocumentSystem system) => system == System ? this : For(Authority, system);

    /// <summary>Whether two prefixes are the same.</summary>
    /// <param name="left">The first prefix, or null.</param>
    /// <param name="right">The second prefix, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(SignaturePrefix? left, SignaturePrefix? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two prefixes differ.</summary>
    /// <param name="left">The first prefix, or null.</param>
    /// <param name="right">The second prefix, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(SignaturePrefix? left, SignaturePrefix? right) => !(left == right);

    /// <summary>Whether this prefix has the same authority and system as <paramref name="other"/>.</summary>
    /// <param name="other">The other prefix, or null.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(SignaturePrefix? other) => other is not null && Authority == other.Authority && System == other.System;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SignaturePrefix);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Authority, System);

    /// <summary>The prefix as printed.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;
}
