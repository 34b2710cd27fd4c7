namespace DanVan.Reporting;

/// <summary>
/// A kind of official document ("tên loại văn bản", e.g. "Báo cáo", "Quyết định") and its abbreviation ("chữ viết tắt
/// tên loại") in each <see cref="DocumentSystem"/>; the abbreviation is the kind part of the document number, the "BC"
/// of "Số 45-BC/BDVTU".
/// </summary>
/// <remarks>
/// Instances come only from the table <see cref="All"/> (DocumentKind.Table.cs), found with <see cref="TryFind"/> and
/// <see cref="TryFindByCode"/>; compare them by reference. Immutable and safe
/// to share between threads.
/// </remarks>
public sealed partial class DocumentKind
{
    internal DocumentKind(string name, string? stateCode, string? partyCode, PartyCodeEvidence partyCodeEvidence)
    {
        Name = name;
        StateCode = stateCode;
        PartyCode = partyCode;
        PartyCodeEvidence = partyCodeEvidence;
    }

    /// <summary>The kind's name as written in the document heading, in sentence case, e.g. "Báo cáo", "Tờ trình".</summary>
    public string Name { get; }

    /// <summary>
    /// The abbreviation in state documents, from Nghị định 30/2020/NĐ-CP Phụ lục III (e.g. "BC", "QyĐ" for
    /// "Quy định"); null when the kind has none there, as "Công văn", whose symbol is the issuing unit ("05/BNV-VP").
    /// </summary>
    public string? StateCode { get; }

    /// <summary>
    /// The abbreviation in Party documents (e.g. "BC", and "QĐ" for both "Quyết định" and "Quy định"); null when none is
    /// known. See <see cref="PartyCodeEvidence"/> for how well it is established.
    /// </summary>
    public string? PartyCode { get; }

    /// <summary>Whether <see cref="PartyCode"/> is attested by real Party documents or only by secondary tables.</summary>
    public PartyCodeEvidence PartyCodeEvidence { get; }

    /// <summary>The abbreviation in <paramref name="system"/>, or null when the kind has none there.</summary>
    /// <param name="system">The document system.</param>
    /// <returns><see cref="PartyCode"/> or <see cref="StateCode"/>.</returns>
    public string? CodeIn(DocumentSystem system) => system == DocumentSystem.Party ? PartyCode : StateCode;

    /// <summary>Returns <see cref="Name"/>.</summary>
    /// <returns>The kind's name.</returns>
    public override string ToString() => Name;
}
