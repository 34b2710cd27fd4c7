namespace DanVan.Reporting;

/// <summary>
/// Whole label lines of the HTML writer (indentation, opening tag, escaped label, closing tag and line end) kept
/// made, in both encodings: a report type writes the same label lines at the same depths on every render, and one
/// copy costs less than putting four pieces together and looking the label up.
/// </summary>
/// <remarks>
/// Labels are matched by their text, so a heading made anew on each render is found too. Sets of
/// <see cref="KnownStrings.Ways"/> slots as in <see cref="KnownStrings"/>; an entry is immutable and written whole,
/// so a reader on another thread sees a right entry or a miss.
/// </remarks>
internal static class LabelLines
{
    private const int Slots = 512;

    private static readonly Entry?[] s_slots = new Entry?[Slots];

    /// <summary>
    /// The line <paramref name="open"/> + <paramref name="label"/> escaped + <paramref name="close"/> after
    /// <paramref name="level"/> levels of indentation; <paramref name="label"/> must fit
    /// (<see cref="KnownStrings.Fits"/>) and <paramref name="level"/> be below <see cref="Markup.IndentedLevels"/>.
    /// </summary>
    public static Markup Get(Markup open, string label, Markup close, int level) => Get(open, null, label, close, level);

    /// <summary>As <see cref="Get(Markup, string, Markup, int)"/>, with a heading number and a space before the label ("1. Công tác …").</summary>
    public static Markup Get(Markup open, string? number, string label, Markup close, int level)
    {
        int set = (KnownStrings.Set(label) + (level * 7 * KnownStrings.Ways) + (open.Id * 13 * KnownStrings.Ways)) & (Slots - KnownStrings.Ways);
        for (int way = 0; way < KnownStrings.Ways; way++)
        {
            Entry? entry = s_slots[set + way]; // a reference is read whole; entries are immutable
            if (entry is not null && ReferenceEquals(entry.Open, open) && ReferenceEquals(entry.Close, close) && entry.Level == level
                && string.Equals(entry.Label, label, StringComparison.Ordinal) && string.Equals(entry.Number, number, StringComparison.Ordinal))
            {
                return entry.Line;
            }
        }

        string text = HtmlText.Encode(label);
        if (number is not null)
        {
            text = HtmlText.Encode(number) + " " + text;
        }

        var line = new Markup(string.Concat(new string(' ', level * 2), open.Text, text, close.Text));
        var made = new Entry(open, number, label, close, level, line);
        Volatile.Write(ref s_slots[set + KnownStrings.FreeWay<Entry>(s_slots.AsSpan(set, KnownStrings.Ways), label.Length + level)], made);
        return line;
    }

    private sealed record Entry(Markup Open, string? Number, string Label, Markup Close, int Level, Markup Line);
}
