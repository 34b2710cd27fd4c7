namespace DanVan.Reporting.Pdf.Tests;

/// <summary>
/// The runtime's <see cref="TextMetrics"/> (a width table, no font file at run time) against the Liberation Serif faces
/// the PDF writer embeds and measures with: the layout decisions every format shares (column widths, where a title
/// breaks, the length of the line under the Tiêu ngữ) rest on it, so it must give the font's own widths.
/// </summary>
public class TextMetricsTests
{
    public static TheoryData<string> Lines() => new(
        "PHÓ TRƯỞNG BAN THƯỜNG TRỰC",
        "ĐẢNG ỦY PHƯỜNG THỚI SƠN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Kon Tum, ngày 02 tháng 7 năm 2024",
        "Số:       /BC-KDV",
        "aăâbcdđeêghiklmnoôơpqrstuưvxy AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY 0123456789",
        "àáảãạ ằắẳẵặ ầấẩẫậ èéẻẽẹ ềếểễệ ìíỉĩị òóỏõọ ồốổỗộ ờớởỡợ ùúủũụ ừứửữự ỳýỷỹỵ",
        "ÀÁẢÃẠ ẰẮẲẴẶ ẦẤẨẪẬ ÈÉẺẼẸ ỀẾỂỄỆ ÌÍỈĨỊ ÒÓỎÕỌ ỒỐỔỖỘ ỜỚỞỠỢ ÙÚỦŨỤ ỪỨỬỮỰ ỲÝỶỸỴ",
        "“Dân vận khéo” – (15/10/1930 - 15/10/2024); 212.000.000 đồng…");

    [Theory]
    [MemberData(nameof(Lines))]
    public void Estimate_IsTheEmbeddedFontsWidth_InEveryFace(string line)
    {
        foreach (TextStyle style in new TextStyle[] { new(13), new(14, Bold: true), new(14, Italic: true), new(12, Bold: true, Italic: true) })
        {
            double font = PdfFonts.LiberationSerif.Book.Width(line, style);

            // The table holds widths rounded to a thousandth of an em: 0.5 ‰ of the size per character at most.
            Assert.InRange(TextMetrics.EstimateWidthPt(line, style), font - (line.Length * style.Size * 0.0005), font + (line.Length * style.Size * 0.0005));
        }
    }

    [Fact]
    public void Uppercase_IsMeasuredAsPrinted()
    {
        var style = new TextStyle(14, Bold: true, Uppercase: true);

        Assert.Equal(PdfFonts.LiberationSerif.Book.Width("PHÓ TRƯỞNG BAN THƯỜNG TRỰC", style), TextMetrics.EstimateWidthPt("Phó trưởng ban thường trực", style), 1);
    }
}
