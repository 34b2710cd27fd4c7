namespace DanVan.Reporting;

/// <summary>
/// Where a document goes ("nơi nhận"): the list printed at the bottom left, level with the signature block, ending with
/// the archive line "Lưu: VT, …" (kept by the clerical office and the drafting unit); and, for the state documents that
/// ask for it, the addressees written before the body after "Kính gửi:".
/// </summary>
/// <remarks>
/// <para>
/// Nghị định 30/2020/NĐ-CP Phụ lục I [S-20]: each line of "Nơi nhận:" starts with "-" and ends with ";", the last one
/// "- Lưu: VT, &lt;unit&gt; &lt;copies&gt;." ends with "."; Tờ trình, Báo cáo sent to a superior and Công văn name their
/// addressees after "Kính gửi:" first and then list "- Như trên;" under "Nơi nhận:". Party practice is the same; its
/// typography is UNVERIFIED (docs/domain/format.md §1.10).
/// </para>
/// <para>
/// Items are stored without the dash and the final mark; <see cref="FormatLines"/> adds them (an item given as
/// "- Như trên;" is read as "Như trên"). Immutable; equality compares the items in order.
/// </para>
/// </remarks>
public sealed record Recipients
{
    /// <summary>No recipients at all.</summary>
    public static Recipients None { get; } = new();

    private readonly IReadOnlyList<string> _addressees = [];
    private readonly IReadOnlyList<string> _lines = [];

    /// <summary>
    /// The addressees after "Kính gửi:" ("Thường trực Tỉnh ủy"); empty when the document names none. Null (as JSON's
    /// <c>"addressees": null</c> gives) is empty; null or blank items are not printed.
    /// </summary>
    public IReadOnlyList<string> Addressees { get => _addressees; init => _addressees = value ?? []; }

    /// <summary>
    /// The items of "Nơi nhận:", in order: "Như trên", "Ban Dân vận Trung ương", "Thường trực Tỉnh ủy". Null is empty;
    /// null or blank items are not printed.
    /// </summary>
    public IReadOnlyList<string> Lines { get => _lines; init => _lines = value ?? []; }

    /// <summary>What follows "Lưu:" on the last line, e.g. "VT, BDV" or "VT, VP 02b"; null for no archive line.</summary>
    public string? Archive { get; init; }

    /// <summary>
    /// The drafting unit's abbreviation on the archive line, after the clerical office: "BDV" in "Lưu: VT, BDV 02b."
    /// (Nghị định 30/2020/NĐ-CP Phụ lục I: "Lưu: VT, &lt;đơn vị soạn thảo&gt; &lt;số bản lưu&gt;"); null when not given.
    /// Kept as data, so a form can ask for it and a check can see it missing, rather than typed into <see cref="Archive"/>.
    /// </summary>
    public string? DraftingUnit { get; init; }

    /// <summary>
    /// The number of copies kept, printed after the drafting unit as two digits and "b" ("bản"): 2 → "02b" (the notation
    /// is UNVERIFIED, see docs/review-checklist.md); null or 0 when not given.
    /// </summary>
    public int? ArchiveCopies { get; init; }

    /// <summary>Whether there is neither a recipient line nor an archive line.</summary>
    public bool IsEmpty => Lines.Count == 0 && !HasArchive;

    private bool HasArchive => !string.IsNullOrWhiteSpace(Archive) || !string.IsNullOrWhiteSpace(DraftingUnit) || ArchiveCopies > 0;

    /// <summary>
    /// The lines under "Nơi nhận:" as printed: "- Như trên;", "- Thường trực Tỉnh ủy;", "- Lưu: VT, BDV." — every line
    /// ends with ";" but the last, which ends with ".". Blank items are skipped.
    /// </summary>
    /// <returns>The lines; empty when <see cref="IsEmpty"/>.</returns>
    public IReadOnlyList<string> FormatLines()
    {
        var items = new List<string>(Lines.Count + 1);
        foreach (string? line in Lines)
        {
            string item = Clean(line);
            if (item.Length > 0)
            {
                items.Add(item);
            }
        }

        if (HasArchive)
        {
            string archive = Clean(Archive);
            if (archive.StartsWith("Lưu:", StringComparison.Ordinal))
            {
                archive = archive["Lưu:".Length..].TrimStart();
            }

            if (archive.Length == 0)
            {
                archive = "VT";
            }

            string unit = Clean(DraftingUnit);
            if (unit.Length > 0)
            {
                archive += ", " + unit;
            }

            if (ArchiveCopies is int copies && copies > 0)
            {
                archive += (unit.Length > 0 ? " " : ", ") + copies.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "b";
            }

            items.Add("Lưu: " + archive);
        }

        var lines = new string[items.Count];
        for (int i = 0; i < items.Count; i++)
        {
            lines[i] = "- " + items[i] + (i == items.Count - 1 ? "." : ";");
        }

        return Array.AsReadOnly(lines);
    }

    /// <summary>Whether <paramref name="other"/> has the same addressees, lines and archive, in order.</summary>
    /// <param name="other">The other recipients, or null.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(Recipients? other) =>
        other is not null
        && Addressees.SequenceEqual(other.Addressees, StringComparer.Ordinal)
        && Lines.SequenceEqual(other.Lines, StringComparer.Ordinal)
        && string.Equals(Archive, other.Archive, StringComparison.Ordinal)
        && string.Equals(DraftingUnit, other.DraftingUnit, StringComparison.Ordinal)
        && ArchiveCopies == other.ArchiveCopies;

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (string addressee in Addressees)
        {
            hash.Add(addressee, StringComparer.Ordinal);
        }

        hash.Add(Addressees.Count);
        foreach (string line in Lines)
        {
            hash.Add(line, StringComparer.Ordinal);
        }

        hash.Add(Archive, StringComparer.Ordinal);
        hash.Add(DraftingUnit, StringComparer.Ordinal);
        hash.Add(ArchiveCopies);
        return hash.ToHashCode();
    }

    private static string Clean(string? item)
    {
        string text = (item ?? "").Trim();
        if (text.StartsWith('-'))
        {
            text = text[1..].TrimStart();
        }

        return text.TrimEnd(';', '.', ' ');
    }
}
