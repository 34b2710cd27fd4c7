using System.Buffers;
using System.Text;
using CsCheck;

namespace DanVan.Reporting.Tests.Rendering;

/// <summary>The UTF-8 paths give the bytes of <c>Encoding.UTF8.GetBytes</c> on the string result, for every format.</summary>
public class Utf8RenderingTests
{
    private static readonly HtmlReportWriterOptions s_fragment = new() { FullDocument = false };

    public static TheoryData<string> Reports => new() { "bare", "party", "state", "hostile" };

    private static IReport Report(string name) => name switch
    {
        "bare" => new SoKetDanVanFixture(),
        "party" => new DocumentReportFixture(DocumentReportFixture.Party),
        "state" => new DocumentReportFixture(DocumentReportFixture.State),
        _ => Scripted("Đoạn có cặp thay thế lẻ \uD800 và 😀 và <&> \u0001"),
    };

    private static ScriptedReport Scripted(string text) => ScriptedReport.Wrapped(writer =>
    {
        writer.BeginSection("I", text);
        writer.WriteText(text, text + "\n" + text);
        writer.WriteValue(text, text);
        writer.EndSection();
    });

    [Theory]
    [MemberData(nameof(Reports))]
    public void Stream_SameBytesAsTheString(string name)
    {
        IReport report = Report(name);
        Assert.Equal(Encoding.UTF8.GetBytes(report.RenderText()), Bytes(stream => report.RenderText(stream)));
        Assert.Equal(Encoding.UTF8.GetBytes(report.RenderMarkdown()), Bytes(stream => report.RenderMarkdown(stream)));
        Assert.Equal(Encoding.UTF8.GetBytes(report.RenderHtml()), Bytes(stream => report.RenderHtml(stream)));
        Assert.Equal(
            Encoding.UTF8.GetBytes(report.RenderHtml(s_fragment)),
            Bytes(stream => report.RenderHtml(stream, s_fragment)));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void BufferWriter_SameBytesAsTheString(string name)
    {
        IReport report = Report(name);
        var text = new ArrayBufferWriter<byte>();
        var markdown = new ArrayBufferWriter<byte>();
        var html = new ArrayBufferWriter<byte>();

        report.RenderText(text);
        report.RenderMarkdown(markdown);
        report.RenderHtml(html);

        Assert.Equal(Encoding.UTF8.GetBytes(report.RenderText()), text.WrittenSpan.ToArray());
        Assert.Equal(Encoding.UTF8.GetBytes(report.RenderMarkdown()), markdown.WrittenSpan.ToArray());
        Assert.Equal(Encoding.UTF8.GetBytes(report.RenderHtml()), html.WrittenSpan.ToArray());
    }

    [Fact]
    public void AnyText_SameBytes_SurrogatesSplitOrNot()
    {
        // Any UTF-16 text, unpaired surrogates included, and long enough to cross the stream buffer's 16 KB.
        Gen.Select(Gen.String[Gen.Char, 0, 40], Gen.Int[0, 3]).Sample((text, repeat) =>
        {
            string long_ = string.Concat(Enumerable.Repeat(text, 1 + (repeat * 600)));
            IReport report = Scripted(long_);
            var buffer = new ArrayBufferWriter<byte>();
            report.RenderText(buffer);
            return Encoding.UTF8.GetBytes(report.RenderText()).AsSpan().SequenceEqual(buffer.WrittenSpan)
                && Encoding.UTF8.GetBytes(report.RenderHtml()).AsSpan().SequenceEqual(Bytes(stream => report.RenderHtml(stream)));
        }, iter: 200);
    }

    [Fact]
    public void NullArguments_NameTheArgument()
    {
        IReport report = new SoKetDanVanFixture();
        Assert.Equal("output", Assert.Throws<ArgumentNullException>(() => report.RenderHtml((Stream)null!)).ParamName);
        Assert.Equal("output", Assert.Throws<ArgumentNullException>(() => report.RenderText((IBufferWriter<byte>)null!)).ParamName);
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => ((IReport)null!).RenderMarkdown(new MemoryStream())).ParamName);
    }

    private static byte[] Bytes(Action<Stream> render)
    {
        using var stream = new MemoryStream();
        render(stream);
        return stream.ToArray();
    }
}
