namespace DanVan.Reporting.Tests.Rendering;

/// <summary>The three writers, for tests that hold for each of them.</summary>
public enum WriterKind
{
    Text,
    Markdown,
    Html,
}
