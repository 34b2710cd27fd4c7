namespace DanVan.Reporting.Testing;

/// <summary>One relationship of a DOCX part (from its <c>_rels/*.rels</c>).</summary>
/// <param name="Id">The relationship id (<c>rId1</c>), as <c>r:id</c> attributes refer to it.</param>
/// <param name="Type">The relationship type URI (transitional or strict).</param>
/// <param name="Target">The target part's name in the zip, resolved and without a leading "/"; the raw target when external.</param>
/// <param name="External">Whether the target is outside the package (a hyperlink, a linked file).</param>
internal readonly record struct DocxRelationship(string Id, string Type, string Target, bool External)
{
    /// <summary>Whether the type is <paramref name="name"/> ("officeDocument", "styles", "header"…) in either namespace.</summary>
    public bool IsOfType(string name) => Type.EndsWith("/" + name, StringComparison.Ordinal);
}
