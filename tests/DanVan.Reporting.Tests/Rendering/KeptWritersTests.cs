using System.Text;
using CsCheck;

namespace DanVan.Reporting.Tests.Rendering;

/// <summary>
/// Rendering HTML to a string or to UTF-8 keeps the thread's writers and buffers from one render to the next; a string
/// render copies the cached opening of a page once and short pieces inline, and a value or list item is put on one line
/// in the scan that escapes it. Each render is still the page a fresh writer makes, whatever came before it.
/// </summary>
public class KeptWritersTests
{
    private static readonly Gen<string> s_text =
        Gen.OneOf(Gen.Char[" &<>\"'aĐơệ\u00A0\t\r\n\u0085\u2028\u2029\uD83D\uDE00\uD800\uDC00x"], Gen.Char['a', 'z']).Array[0, 80]
            .Select(chars => new string(chars));

    private static string Fresh(IReport report)
    {
        using var output = new StringWriter();
        report.WriteTo(new HtmlReportWriter(output));
        return output.ToString();
    }

    [Fact]
    public void WriteValueAndListItem_AnyText_OnOneLineAndEscaped_StringAndUtf8() =>
        s_text.Sample(text =>
        {
            var report = ScriptedReport.Wrapped(writer =>
            {
                writer.BeginSection("I", "Mục");
                writer.WriteValue("Giá trị", text);
                DanVan.Reporting.Rendering.FieldFormatting.WriteQuantity(writer, "Số lượng", 12L, text.Length <= 16 ? text : "hộ");
                writer.BeginList("Danh sách");
                writer.WriteListItem(text);
                writer.EndList();
                writer.EndSection();
            });

            // ReportText.OneLine then HtmlText.Encode: the two steps the writer now takes in one scan.
            string shown = HtmlText.Encode(ReportText.OneLine(text));
            string unit = text.Length <= 16 ? text : "hộ";
            string quantity = HtmlText.Encode(ReportText.OneLine(unit.Length == 0 ? "12" : "12 " + unit));
            string html = report.RenderHtml(new HtmlReportWriterOptions { FullDocument = false });
            Assert.Contains("      <dd>" + shown + "</dd>\n", html, StringComparison.Ordinal);
            Assert.Contains("      <dd>" + quantity + "</dd>\n", html, StringComparison.Ordinal);
            Assert.Contains("      <li>" + shown + "</li>\n", html, StringComparison.Ordinal);
            using var stream = new MemoryStream();
            report.RenderHtml(stream, new HtmlReportWriterOptions { FullDocument = false });
            Assert.Equal(Encoding.UTF8.GetBytes(html), stream.ToArray());
        }, iter: 3000);

    [Fact]
    public void RenderHtml_ReportAfterReport_SameAsAFreshWriter() =>
        Gen.Select(s_text, s_text, Gen.Bool).Array[1, 4].Sample(reports =>
        {
            foreach ((string label, string text, bool document) in reports)
            {
                var report = new ScriptedReport(writer =>
                {
                    writer.BeginReport(new ReportHeading("giao ban công tác dân vận", ReportPeriod.Quarter(2024, 2))
                    {
                        Document = document ? DocumentReportFixture.Party : null,
                    });
                    ScriptedReport.WriteEveryBlock(writer, label, text);
                    writer.EndSection();
                    writer.EndReport();
                });
                string fresh = Fresh(report);
                Assert.Equal(fresh, report.RenderHtml());
                Assert.Equal(Encoding.UTF8.GetBytes(fresh), Utf8(report, toStream: label.Length % 2 == 0));
            }
        }, iter: 300);

    private static byte[] Utf8(IReport report, bool toStream)
    {
        if (toStream)
        {
            using var stream = new MemoryStream();
            report.RenderHtml(stream);
            return stream.ToArray();
        }

        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        report.RenderHtml(buffer);
        return buffer.WrittenSpan.ToArray();
    }

    [Fact]
    public void RenderHtml_AfterARenderThatThrewOrStoppedEarly_TheNextRenderIsWhole()
    {
        var report = new SoKetDanVanFixture();
        string expected = Fresh(report);
        var throwing = new ScriptedReport(writer =>
        {
            writer.BeginReport(new ReportHeading("sơ kết công tác dân vận", report.Period));
            writer.BeginSection("I", "Mục");
            writer.WriteValue("Số xã", "11");
            throw new InvalidOperationException("giữa chừng");
        });

        // A hand-written report may return without EndReport: its writer is kept with a <dl> and three blocks open.
        var stopping = new ScriptedReport(writer =>
        {
            writer.BeginReport(new ReportHeading("sơ kết công tác dân vận", report.Period));
            writer.BeginSection("I", "Mục");
            writer.BeginList("Danh sách");
            writer.BeginGroup("Nhóm");
            writer.WriteValue("Số xã", "11");
        });

        byte[] expectedBytes = Encoding.UTF8.GetBytes(expected);
        Assert.Equal(expected, report.RenderHtml());
        Assert.Throws<InvalidOperationException>(() => throwing.RenderHtml());
        Assert.Equal(expected, report.RenderHtml());
        _ = stopping.RenderHtml();
        Assert.Equal(expected, report.RenderHtml());
        foreach (bool toStream in new[] { true, false })
        {
            Assert.Equal(expectedBytes, Utf8(report, toStream));
            Assert.Throws<InvalidOperationException>(() => Utf8(throwing, toStream));
            Assert.Equal(expectedBytes, Utf8(report, toStream));
            _ = Utf8(stopping, toStream);
            Assert.Equal(expectedBytes, Utf8(report, toStream));
        }
    }

    [Fact]
    public void RenderHtmlUtf8_InsideARender_EachWriterItsOwn()
    {
        var inner = new SoKetDanVanFixture();
        byte[] innerAlone = Encoding.UTF8.GetBytes(Fresh(inner));
        byte[]? innerNested = null;
        var outer = ScriptedReport.Wrapped(writer =>
        {
            writer.BeginSection("I", "Bên ngoài");
            innerNested = Utf8(inner, toStream: true); // the thread's kept writers are in use by the outer render
            writer.WriteText("Nội dung", "Đoạn bên ngoài.");
            writer.EndSection();
        });

        byte[] outerAlone = Encoding.UTF8.GetBytes(Fresh(outer));
        Assert.Equal(outerAlone, Utf8(outer, toStream: true));
        Assert.Equal(innerAlone, innerNested);
        Assert.Equal(outerAlone, Utf8(outer, toStream: false));
        Assert.Equal(innerAlone, Utf8(inner, toStream: false));
    }

    [Fact]
    public void RenderHtml_LabelsMadeAtRunTime_RightAfterTheGcMovesThem()
    {
        // Label caches find a string by where it is: a moved string must be a miss, never another label's line.
        string[] labels = [.. Enumerable.Range(0, 40).Select(i => new string('a', 1) + "Nhãn số " + i.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        var report = ScriptedReport.Wrapped(writer =>
        {
            writer.BeginSection("I", "Mục");
            foreach (string label in labels)
            {
                writer.WriteValue(label, "1");
            }

            writer.EndSection();
        });

        string expected = Fresh(report);
        for (int round = 0; round < 3; round++)
        {
            Assert.Equal(expected, report.RenderHtml());
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
    }

    [Fact]
    public void PooledStringWriter_Lead_ReadWholeAtAnyPoint()
    {
        var writer = new PooledStringWriter();
        writer.WriteLead("đầu trang\n");
        writer.Write("thân");
        Assert.Equal(14, writer.Length);
        Assert.Equal("đầu trang\nthân", writer.ToString());
        writer.Replace(10, 4, "THÂN BÀI");
        Assert.Equal("đầu trang\nTHÂN BÀI", writer.Written.ToString());
        writer.Clear();
        writer.Write("a");
        writer.WriteLead("b"); // not first: an ordinary write
        Assert.Equal("ab", writer.ToString());
        writer.Clear();
        writer.WriteLead("x");
        Assert.Equal("x", writer.ToString());
        writer.Dispose();
    }

    [Fact]
    public void PooledStringWriter_PiecesOfAnyLength_SameAsStringBuilder() =>
        Gen.String[Gen.Char, 0, 70].Array[0, 300].Sample(pieces =>
        {
            using var writer = new PooledStringWriter(16);
            var expected = new StringBuilder();
            foreach (string piece in pieces)
            {
                writer.Write(piece.AsSpan());
                expected.Append(piece);
            }

            Assert.Equal(expected.ToString(), writer.ToString());
        }, iter: 2000);
}
