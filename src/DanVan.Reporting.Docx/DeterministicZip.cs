using System.IO.Compression;

namespace DanVan.Reporting.Docx;

/// <summary>
/// Rewrites a zip package so that the same content gives the same bytes: entries in a fixed order
/// ("[Content_Types].xml", then "_rels/.rels", then the rest in ordinal order of their names) and one fixed time stamp.
/// </summary>
internal static class DeterministicZip
{
    /// <summary>The time stamp of every entry: 2024-01-01 00:00 (the repository's fixed build time stamp).</summary>
    public static DateTimeOffset Timestamp { get; } = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Copies the zip in <paramref name="package"/> to <paramref name="output"/>, normalised.</summary>
    public static void Rewrite(Stream package, Stream output)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        var entries = new List<ZipArchiveEntry>(source.Entries);
        entries.Sort(static (a, b) =>
        {
            int rank = Rank(a.FullName).CompareTo(Rank(b.FullName));
            return rank != 0 ? rank : string.CompareOrdinal(a.FullName, b.FullName);
        });

        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (ZipArchiveEntry entry in entries)
        {
            ZipArchiveEntry copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = Timestamp;
            using Stream from = entry.Open();
            using Stream to = copy.Open();
            from.CopyTo(to);
        }
    }

    private static int Rank(string name) => name switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        _ => 2,
    };
}
