using System.Buffers;
using DanVan.Reporting.Internal;

namespace DanVan.Reporting;

/// <summary>Renders a report as plain text, Markdown or HTML: <c>report.RenderHtml()</c>.</summary>
/// <remarks>
/// Each method runs the report's <see cref="IReport.WriteTo"/> into the matching writer (<see cref="TextReportWriter"/>,
/// <see cref="MarkdownReportWriter"/>, <see cref="HtmlReportWriter"/>). Output uses "\n" line endings and is the same
/// under every current culture. The <see cref="TextWriter"/> overloads write to the caller's writer and neither flush
/// nor dispose it. The <see cref="Stream"/> and <see cref="IBufferWriter{T}"/> overloads write UTF-8 (no BOM) as the
/// report is written, without building a string of the whole document: the same bytes as
/// <c>Encoding.UTF8.GetBytes</c> of the string result; the stream or buffer writer is neither flushed nor disposed.
/// </remarks>
public static class ReportRendering
{
    /// <summary>The report as plain text.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The text, "\n" line endings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string RenderText(this IReport report) => RenderString(report, Format.Text, options: null);

    /// <summary>Writes the report as plain text to <paramref name="output"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where the text goes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="output"/> is null.</exception>
    public static void RenderText(this IReport report, TextWriter output) => Render(report, output, Format.Text, options: null);

    /// <summary>The report as CommonMark.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The Markdown, "\n" line endings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string RenderMarkdown(this IReport report) => RenderString(report, Format.Markdown, options: null);

    /// <summary>Writes the report as CommonMark to <paramref name="output"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where the Markdown goes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="output"/> is null.</exception>
    public static void RenderMarkdown(this IReport report, TextWriter output) => Render(report, output, Format.Markdown, options: null);

    /// <summary>The report as a full HTML5 document.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The HTML, "\n" line endings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string RenderHtml(this IReport report) => RenderHtml(report, HtmlReportWriterOptions.Default);

    /// <summary>The report as HTML, a full document or only the <c>&lt;article&gt;</c> as <paramref name="options"/> say.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">The choices.</param>
    /// <returns>The HTML, "\n" line endings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="options"/> is null.</exception>
    public static string RenderHtml(this IReport report, HtmlReportWriterOptions options) => RenderString(report, Format.Html, options);

    /// <summary>Writes the report as a full HTML5 document to <paramref name="output"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where the HTML goes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="output"/> is null.</exception>
    public static void RenderHtml(this IReport report, TextWriter output) => RenderHtml(report, output, HtmlReportWriterOptions.Default);

    /// <summary>Writes the report as HTML to <paramref name="output"/>, as <paramref name="options"/> say.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where the HTML goes.</param>
    /// <param name="options">The choices.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/>, <paramref name="output"/> or <paramref name="options"/> is null.</exception>
    public static void RenderHtml(this IReport report, TextWriter output, HtmlReportWriterOptions options) => Render(report, output, Format.Html, options);

    /// <summary>Writes the report as plain text, UTF-8, to <paramref name="output"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">A writable stream; the caller keeps ownership of it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="output"/> is null.</exception>
    public static void RenderText(this IReport report, Stream output) => RenderUtf8(report, output, Format.Text, options: null);

    /// <summary>Writes the report as plain text, UTF-8, to <paramref name="output"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where the bytes go.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="output"/> is null.</exception>
    public static void RenderText(this IReport report, IBufferWriter<byte> output) => RenderUtf8(report, output, Format.Text, options: null);

    /// <summary>Writes the report as CommonMark, UTF-8, to <paramref name="output"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">A writable stream; the caller keeps ownership of it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="output"/> is null.</exception>
    public static void RenderMarkdown(this IReport report, Stream output) => RenderUtf8(report, output, Format.Markdown, options: null);

    /// <summary>Writes the report as CommonMark, UTF-8, to <paramref name="output"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where the bytes go.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="output"/> is null.</exception>
    public static void RenderMarkdown(this IReport report, IBufferWriter<byte> output) => RenderUtf8(report, output, Format.Markdown, options: null);

    /// <summary>Writes the report as a full HTML5 document, UTF-8, to <paramref name="output"/> (a web response, a file).</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">A writable stream; the caller keeps ownership of it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="output"/> is null.</exception>
    public static void RenderHtml(this IReport report, Stream output) => RenderHtml(report, output, HtmlReportWriterOptions.Default);

    /// <summary>Writes the report as HTML, UTF-8, to <paramref name="output"/>, as <paramref name="options"/> say.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">A writable stream; the caller keeps ownership of it.</param>
    /// <param name="options">The choices.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/>, <paramref name="output"/> or <paramref name="options"/> is null.</exception>
    public static void RenderHtml(this IReport report, Stream output, HtmlReportWriterOptions options)
    {
        Preconditions.CheckNotNull(options, nameof(options));
        RenderUtf8(report, output, Format.Html, options);
    }

    /// <summary>Writes the report as a full HTML5 document, UTF-8, to <paramref name="output"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where the bytes go.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="output"/> is null.</exception>
    public static void RenderHtml(this IReport report, IBufferWriter<byte> output) => RenderHtml(report, output, HtmlReportWriterOptions.Default);

    /// <summary>Writes the report as HTML, UTF-8, to <paramref name="output"/>, as <paramref name="options"/> say.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where the bytes go.</param>
    /// <param name="options">The choices.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/>, <paramref name="output"/> or <paramref name="options"/> is null.</exception>
    public static void RenderHtml(this IReport report, IBufferWriter<byte> output, HtmlReportWriterOptions options)
    {
        Preconditions.CheckNotNull(options, nameof(options));
        RenderUtf8(report, output, Format.Html, options);
    }

    private static string RenderString(IReport report, Format format, HtmlReportWriterOptions? options)
    {
        Preconditions.CheckNotNull(report, nameof(report));
        // An HTML page is longer than the default buffer (its style sheet alone is about 2,000 characters): start big enough.
        PooledStringWriter output = PooledStringWriter.Rent(format == Format.Html ? PooledStringWriter.HtmlCapacity : 0);
        IReportWriter writer = WriterFor(format, output, options);
        report.WriteTo(writer);
        string result = output.ToString();
        Keep(writer);
        PooledStringWriter.Return(output); // not on an exception: that writer is left to the GC, its buffer with it
        return result;
    }

    private static void Render(IReport report, TextWriter output, Format format, HtmlReportWriterOptions? options)
    {
        Preconditions.CheckNotNull(report, nameof(report));
        report.WriteTo(WriterFor(format, output, options));
    }

    // Stream and IBufferWriter differ only in the UTF-8 writer's constructor; the arguments are checked before the
    // writer rents its buffers.
    private static void RenderUtf8(IReport report, Stream output, Format format, HtmlReportWriterOptions? options)
    {
        CheckUtf8Arguments(report, output);
        Complete(report, Utf8TextWriter.Rent(output), format, options);
    }

    private static void RenderUtf8(IReport report, IBufferWriter<byte> output, Format format, HtmlReportWriterOptions? options)
    {
        CheckUtf8Arguments(report, output);
        Complete(report, Utf8TextWriter.Rent(output), format, options);
    }

    private static void CheckUtf8Arguments(IReport report, object output)
    {
        Preconditions.CheckNotNull(report, nameof(report));
        Preconditions.CheckNotNull(output, nameof(output));
    }

    // The thread's UTF-8 writer (and HTML writer) are kept from one render to the next; after an exception, neither.
    private static void Complete(IReport report, Utf8TextWriter utf8, Format format, HtmlReportWriterOptions? options)
    {
        IReportWriter writer;
        try
        {
            writer = WriterFor(format, utf8, options);
            report.WriteTo(writer);
            utf8.Complete();
        }
        catch
        {
            utf8.Dispose(); // its buffers back to the pool
            throw;
        }

        Keep(writer);
        Utf8TextWriter.Return(utf8);
    }

    // The writers' constructors check output and options, so every overload gives the writers' own messages. An HTML
    // writer is the thread's kept one when it last wrote to the same pooled output with the same options.
    private static IReportWriter WriterFor(Format format, TextWriter output, HtmlReportWriterOptions? options) => format switch
    {
        Format.Text => new TextReportWriter(output),
        Format.Markdown => new MarkdownReportWriter(output),
        _ => HtmlReportWriter.Rent(output, options!),
    };

    // After a render to a kept pooled output: its HTML writer is kept for the thread's next render.
    private static void Keep(IReportWriter writer)
    {
        if (writer is HtmlReportWriter html)
        {
            HtmlReportWriter.Return(html);
        }
    }

    private enum Format
    {
        Text,
        Markdown,
        Html,
    }
}
