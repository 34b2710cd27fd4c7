using DanVan.Reporting;

namespace DanVan.Cli.Output;

/// <summary>One document format of <c>render --format</c>.</summary>
/// <param name="Name">The name given to <c>--format</c>, also the file extension.</param>
/// <param name="Write">Writes the document, or null when the format is not available in this build.</param>
internal sealed record OutputFormat(string Name, Action<IReport, Stream>? Write)
{
    /// <summary>Whether this build can write the format.</summary>
    public bool IsAvailable => Write is not null;
}
