namespace DanVan.Reporting;

/// <summary>
/// A line of the top-right header of page 1: the Party title "ĐẢNG CỘNG SẢN VIỆT NAM", or the state's Quốc hiệu and
/// Tiêu ngữ ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc").
/// </summary>
/// <param name="Text">The text, as printed.</param>
/// <param name="Style">Its size and style.</param>
/// <param name="RuleBelow">Whether a solid line as long as the text is drawn under it ("đường kẻ ngang nét liền").</param>
public sealed record HeaderLine(string Text, TextStyle Style, bool RuleBelow = false)
{
    /// <summary>The text, as printed; null (as JSON may give) is empty.</summary>
    public string Text { get; init; } = Text ?? "";
}
