namespace DanVan.Reporting;

/// <summary>
/// Labels as the HTML writer writes them on its UTF-8 paths, escaped and encoded, remembered by their text: a report
/// type writes the same labels on every render, and copying their bytes costs less than transcoding them again.
/// </summary>
/// <remarks>
/// Sets of slots as in <see cref="KnownStrings"/> (<see cref="KnownStrings.Ways"/> labels per set, only labels up to <see cref="KnownStrings.MaxLength"/>
/// characters). An entry is immutable and written whole, so a reader on another thread sees a right entry or a miss.
/// </remarks>
internal static class EncodedLabels
{
    private static readonly Entry?[] s_slots = new Entry?[KnownStrings.Slots];

    /// <summary>Writes <paramref name="label"/> escaped (see <see cref="HtmlText.Encode"/>) as UTF-8.</summary>
    public static void Write(PooledUtf8Buffer output, string label)
    {
        if (!KnownStrings.Fits(label))
        {
            HtmlText.Write(output, label.AsSpan());
            return;
        }

        int set = KnownStrings.Set(label);
        if (Find(set, label) is Entry known)
        {
            output.WriteUtf8(known.Utf8);
            return;
        }

        int start = output.Length;
        HtmlText.Write(output, label.AsSpan());
        var entry = new Entry(label, output.Written[start..].ToArray());
        Volatile.Write(ref s_slots[set + KnownStrings.FreeWay<Entry>(s_slots.AsSpan(set, KnownStrings.Ways), label.Length + label[0])], entry);
    }

    private static Entry? Find(int set, string label)
    {
        for (int way = 0; way < KnownStrings.Ways; way++)
        {
            Entry? entry = s_slots[set + way]; // a reference is read whole; entries are immutable
            if (entry is not null && string.Equals(entry.Label, label, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }

    private sealed record Entry(string Label, byte[] Utf8);
}
