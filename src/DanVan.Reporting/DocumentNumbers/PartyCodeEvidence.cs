namespace DanVan.Reporting;

/// <summary>How well the Party abbreviation of a document kind (<see cref="DocumentKind.PartyCode"/>) is established.</summary>
/// <remarks>
/// The abbreviation table of Hướng dẫn 36-HD/VPTW was not available as a primary text when this SDK was written, so
/// each Party code says whether it was seen in real Party document numbers or only in secondary tables.
/// </remarks>
public enum PartyCodeEvidence
{
    /// <summary>No Party abbreviation is known for the kind; <see cref="DocumentKind.PartyCode"/> is null.</summary>
    None,

    /// <summary>Seen in the numbers of real Party documents (for example "57-NQ/TW", "36-HD/VPTW", "24-BS/UBKTTU").</summary>
    Attested,

    /// <summary>
    /// Given only by secondary tables (articles, third-party material), not checked against the Party appendix:
    /// UNVERIFIED, treat as an assumption to confirm.
    /// </summary>
    SecondarySources,
}
