namespace DanVan.Reporting;

/// <summary>The mark printed under the issuing body's name.</summary>
public enum MarkUnderIssuer
{
    /// <summary>An asterisk "*" (Party documents: visible in the headers of 36-HD/VPTW, 66-QĐ/TW, 399-QĐ/TW) [S-03][S-10].</summary>
    Asterisk,

    /// <summary>A short solid line, 1/3 to 1/2 of the name's length (state documents, Nghị định 30/2020/NĐ-CP) [S-20].</summary>
    ShortLine,

    /// <summary>Nothing.</summary>
    None,
}
