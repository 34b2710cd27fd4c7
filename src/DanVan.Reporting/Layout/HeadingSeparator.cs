namespace DanVan.Reporting;

/// <summary>The mark written after a heading number in the body of an official document ("I." or "I-").</summary>
/// <remarks>
/// State documents (Nghị định 30/2020/NĐ-CP) and recent Party documents (399-QĐ/TW, 2026) write a dot: "I. NHỮNG KẾT QUẢ",
/// "1. …". Older Party documents (66-QĐ/TW, 36-HD/VPTW) write a hyphen: "I- QUY ĐỊNH CHUNG", "1- …". Reports of công tác
/// dân vận use both, so the separator is a style choice of the caller.
/// </remarks>
public enum HeadingSeparator
{
    /// <summary>A dot: "I.", "1." (state style, Nghị định 30/2020/NĐ-CP; Party 399-QĐ/TW).</summary>
    Dot,

    /// <summary>A hyphen: "I-", "1-" (Party style of 66-QĐ/TW and 36-HD/VPTW).</summary>
    Hyphen,
}
