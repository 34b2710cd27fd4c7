namespace DanVan.Reporting;

/// <summary>Choices for <see cref="HtmlReportWriter"/>. Immutable once built.</summary>
public sealed class HtmlReportWriterOptions
{
    /// <summary>The defaults: a full HTML5 document.</summary>
    public static HtmlReportWriterOptions Default { get; } = new();

    /// <summary>
    /// Whether to write a whole document (<c>&lt;!DOCTYPE html&gt;</c>, <c>&lt;head&gt;</c> with the title and the
    /// print style sheet, <c>&lt;body&gt;</c>) around the report, or only the <c>&lt;article&gt;</c> element, to embed
    /// in a page of one's own. True unless set.
    /// </summary>
    public bool FullDocument { get; init; } = true;
}
