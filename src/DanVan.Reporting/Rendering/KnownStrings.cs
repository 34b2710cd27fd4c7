namespace DanVan.Reporting;

/// <summary>
/// A small, fixed-size set of strings remembered by reference: which labels have already passed a check (already on
/// one line, nothing to escape), so that the same label is not scanned again on the next render.
/// </summary>
/// <remarks>
/// Labels and headings are the same string instances on every render (constants of the generated code, kept titles
/// and item numbers). A string's text never changes, so a remembered reference stays right for good. One reference per
/// slot, written whole: a reader on another thread sees a right entry or a miss, never a wrong one. Only strings up to
/// <see cref="MaxLength"/> characters are remembered, so the set keeps at most a few kilobytes alive.
/// </remarks>
internal sealed class KnownStrings
{
    /// <summary>The longest string remembered.</summary>
    public const int MaxLength = 160;

    private readonly string?[] _slots = new string?[128];

    /// <summary>Whether <paramref name="text"/> (this very instance) was added.</summary>
    public bool Contains(string text) => text.Length is > 0 and <= MaxLength && ReferenceEquals(_slots[Slot(text)], text);

    /// <summary>Remembers <paramref name="text"/>, in place of the string in its slot; too long or empty ones are not kept.</summary>
    public void Add(string text)
    {
        if (text.Length is > 0 and <= MaxLength)
        {
            _slots[Slot(text)] = text;
        }
    }

    // From the length and three characters: cheap, and spreads a report's labels over the slots.
    private static int Slot(string text)
    {
        int hash = (text.Length * 31) + (text[0] * 7) + (text[text.Length >> 1] * 3) + text[^1];
        return (hash ^ (hash >> 7)) & 127;
    }
}
