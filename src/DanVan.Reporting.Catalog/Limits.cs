namespace DanVan.Reporting.Catalog;

/// <summary>
/// The size limits of the catalog's members: generous for real reports, but bounded, because the tool reads files
/// from other systems and every value from outside is untrusted.
/// </summary>
internal static class Limits
{
    /// <summary>A passage of text (a section's results): 20.000 characters, about eight printed pages.</summary>
    public const int Passage = 20_000;

    /// <summary>One item of a list (a task, a proposal).</summary>
    public const int Item = 2_000;

    /// <summary>A name or an indicator.</summary>
    public const int Name = 300;

    /// <summary>A unit of measure.</summary>
    public const int Unit = 50;

    /// <summary>The most items in a list.</summary>
    public const int Items = 200;

    /// <summary>The largest figure in a table (a thousand trillion: money in đồng fits).</summary>
    public const double Figure = 1_000_000_000_000_000;
}
