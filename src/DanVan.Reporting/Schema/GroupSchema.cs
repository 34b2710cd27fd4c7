namespace DanVan.Reporting.Schema;

/// <summary>The fields of a nested record type used by a report (e.g. one "Dân vận khéo" model).</summary>
/// <param name="Key">The key that <see cref="FieldSchema.GroupKey"/> refers to.</param>
/// <param name="TypeName">The record's full type name.</param>
/// <param name="Fields">Its fields, in declaration order.</param>
public sealed record GroupSchema(string Key, string TypeName, IReadOnlyList<FieldSchema> Fields);
