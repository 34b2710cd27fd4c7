using System.Buffers;
using System.Text;
using CsCheck;

namespace DanVan.Reporting.Tests.Rendering;

/// <summary>
/// The HTML writer's UTF-8 staging (fixed markup and label lines copied already encoded, user text transcoded) gives
/// the bytes of the string result, on a first render and on the next ones, when label lines are remembered.
/// </summary>
public class Utf8HtmlStagingTests
{
    private static readonly Gen<string> s_text =
        Gen.OneOf(Gen.Char[" &<>\"'aĐơệ\u00A0\r\n\uD83D\uDE00\uD800\uDC00x"], Gen.Char).Array[0, 60].Select(chars => new string(chars));

    [Fact]
    public void HtmlText_Utf8_AnyText_BytesOfEncode() =>
        s_text.Sample(text =>
        {
            using var output = new PooledUtf8Buffer();
            HtmlText.Write(output, text);
            Assert.Equal(Encoding.UTF8.GetBytes(HtmlText.Encode(text)), output.Written.ToArray());
        }, iter: 5000);

    [Fact]
    public void RenderHtml_AnyLabelsAndText_SameBytesAsTheString_RenderAfterRender() =>
        Gen.Select(s_text, s_text, s_text.Array[1, 4]).Sample((label, text, cells) =>
        {
            var report = ScriptedReport.Wrapped(writer =>
            {
                ScriptedReport.WriteEveryBlock(writer, label, text);
                writer.BeginTable(label, [.. cells.Select(cell => new TableColumn(cell))]);
                writer.BeginTableRow();
                foreach (string cell in cells)
                {
                    writer.WriteCell(cell);
                }

                writer.EndTableRow();
                writer.EndTable();
                writer.EndSection();
            });

            byte[] expected = Encoding.UTF8.GetBytes(report.RenderHtml());
            for (int render = 0; render < 2; render++)
            {
                var buffer = new ArrayBufferWriter<byte>();
                report.RenderHtml(buffer);
                Assert.Equal(expected, buffer.WrittenSpan.ToArray());
                using var stream = new MemoryStream();
                report.RenderHtml(stream, new HtmlReportWriterOptions { FullDocument = false });
                Assert.Equal(Encoding.UTF8.GetBytes(report.RenderHtml(new HtmlReportWriterOptions { FullDocument = false })), stream.ToArray());
            }
        }, iter: 300);

    [Fact]
    public void WriteText_AnyText_OneParagraphElementPerParagraph_Escaped() =>
        Gen.OneOf(Gen.Char[" &<>\"'aĐ\u00A0\t\r\n\u0085\u2028\u2029\uD83D\uDE00\uD800\uDC00x"], Gen.Char['a', 'z']).Array[0, 200]
            .Select(chars => new string(chars)).Sample(text =>
            {
                var report = ScriptedReport.Wrapped(writer =>
                {
                    writer.BeginSection("I", "Mục");
                    writer.WriteText("Nội dung", text);
                    writer.EndSection();
                });

                // The paragraphs as ReportText splits them, each escaped as HtmlText.Encode escapes it.
                string expected = string.Concat(ReportText.Paragraphs(text).Select(paragraph => "    <p>" + HtmlText.Encode(paragraph) + "</p>\n"));
                string html = report.RenderHtml(new HtmlReportWriterOptions { FullDocument = false });
                const string Heading = "<h3>1. Nội dung</h3>\n";
                int start = html.IndexOf(Heading, StringComparison.Ordinal) + Heading.Length;
                Assert.Equal(expected, html[start..html.IndexOf("  </section>", StringComparison.Ordinal)]);
            }, iter: 3000);

    [Fact]
    public void FirstToChangeOrLineBreak_AnyText_FirstOfChangeAndLineBreak() =>
        Gen.OneOf(Gen.Char[" &<>\"'aĐ\r\n\u0085\u2028\u2029\uD83D\uDE00\uD800\uDC00x"], Gen.Char['a', 'z'].Array[1, 40].Select(chars => chars[0])).Array[0, 300]
            .Select(chars => new string(chars)).Sample(text =>
            {
                int change = HtmlText.FirstToChangeShort(text);
                int lineBreak = ReportText.IndexOfLineBreak(change < 0 ? text : text.AsSpan(0, change));
                Assert.Equal(lineBreak >= 0 ? lineBreak : change, HtmlText.FirstToChangeOrLineBreak(text));
            }, iter: 5000);

    [Fact]
    public void LabelLines_AnyLabel_EscapedInEveryKindOfLine_RenderAfterRender() =>
        s_text.Where(label => ReportText.OneLine(label).Length > 0).Sample(label =>
        {
            var report = ScriptedReport.Wrapped(writer =>
            {
                writer.BeginSection("I", label);
                writer.WriteText(label, "x");
                writer.WriteValue(label, "1");
                writer.BeginList(label);
                writer.WriteListItem("y");
                writer.EndList();
                writer.EndSection();
            });

            string shown = HtmlText.Encode(ReportText.OneLine(label));
            string[] expected =
            [
                "    <h2>I. " + shown + "</h2>\n",
                "    <h3>1. " + shown + "</h3>\n",
                "      <dt>" + shown + "</dt>\n",
                "      <p class=\"label\">" + shown + ":</p>\n",
            ];
            for (int render = 0; render < 2; render++)
            {
                string html = report.RenderHtml(new HtmlReportWriterOptions { FullDocument = false });
                Assert.All(expected, line => Assert.Contains(line, html, StringComparison.Ordinal));
            }
        }, iter: 2000);

    [Fact]
    public void DeepNesting_PastThePreparedIndentation_EveryLineIndentedByItsDepth()
    {
        // 30 nested groups reach depth 33, past the 24 levels Markup keeps ready and the 16 closers first allocated.
        const int Groups = 30;
        var report = ScriptedReport.Wrapped(writer =>
        {
            writer.BeginSection("I", "Mục");
            for (int i = 0; i < Groups; i++)
            {
                writer.BeginGroup("Nhóm " + i);
            }

            writer.WriteText("Nội dung", "Đoạn <b>");
            writer.WriteValue("Số", "1");
            for (int i = 0; i < Groups; i++)
            {
                writer.EndGroup();
            }

            writer.EndSection();
        });

        string html = report.RenderHtml(new HtmlReportWriterOptions { FullDocument = false });
        for (int i = 0; i < Groups; i++)
        {
            string indent = new(' ', 2 * (2 + i));
            Assert.Contains("\n" + indent + "<div class=\"group\">\n" + indent + "  <p class=\"label\">Nhóm " + i + ":</p>\n", html, StringComparison.Ordinal);
        }

        string deepest = new(' ', 2 * (2 + Groups));
        Assert.Contains("\n" + deepest + "<div class=\"text\">\n" + deepest + "  <p class=\"label\">Nội dung:</p>\n" + deepest + "  <p>Đoạn &lt;b&gt;</p>\n", html, StringComparison.Ordinal);
        Assert.Contains("\n" + deepest + "  <dt>Số</dt>\n" + deepest + "  <dd>1</dd>\n", html, StringComparison.Ordinal);
        Assert.Equal(Groups, html.Split("</div>\n").Length - 1 - 1); // each group's, and the text's
        var buffer = new ArrayBufferWriter<byte>();
        report.RenderHtml(buffer, new HtmlReportWriterOptions { FullDocument = false });
        Assert.Equal(Encoding.UTF8.GetBytes(html), buffer.WrittenSpan.ToArray());
    }

    [Fact]
    public void RenderInsideRender_EachGetsItsOwnBuffer_SameResultsAsAlone()
    {
        var inner = ScriptedReport.Wrapped(writer =>
        {
            writer.BeginSection("I", "Bên trong");
            writer.WriteText("Nội dung", "Đoạn bên trong.");
            writer.EndSection();
        });
        string innerAlone = inner.RenderHtml();
        string? innerNested = null;
        var outer = ScriptedReport.Wrapped(writer =>
        {
            writer.BeginSection("I", "Bên ngoài");
            innerNested = inner.RenderHtml(); // the thread's kept buffer is in use by the outer render
            writer.WriteText("Nội dung", innerNested.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.EndSection();
        });

        string first = outer.RenderHtml();
        Assert.Equal(innerAlone, innerNested);
        Assert.Equal(first, outer.RenderHtml());
        Assert.Contains("<p>" + innerAlone.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "</p>", first, StringComparison.Ordinal);
        Assert.Equal(innerAlone, inner.RenderHtml());
        Assert.Equal(inner.RenderText(), inner.RenderText());
    }
}
