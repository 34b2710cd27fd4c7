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

    /// <summary>The number of slots.</summary>
    public const int Slots = 128;

    private readonly string?[] _slots = new string?[Slots];

    /// <summary>Whether <paramref name="text"/> (this very instance) was added.</summary>
    public bool Contains(string text)
    {
        if (!Fits(text))
        {
            return false;
        }

        int slot = Slot(text);
        return ReferenceEquals(_slots[slot], text) || ReferenceEquals(_slots[slot ^ 1], text);
    }

    /// <summary>Remembers <paramref name="text"/>, in place of a string in its pair of slots; too long or empty ones are not kept.</summary>
    public void Add(string text)
    {
        if (Fits(text))
        {
            int slot = Slot(text);
            _slots[_slots[slot] is null ? slot : slot ^ 1] = text;
        }
    }

    /// <summary>Whether a string is short enough to be remembered, and not empty.</summary>
    public static bool Fits(string text) => text.Length is > 0 and <= MaxLength;

    /// <summary>
    /// The first of the two slots a non-empty string may take (the other is this one with its lowest bit flipped): a
    /// hash of its length and five of its characters. Two slots per string keep a report's few dozen labels from
    /// pushing each other out, which one slot did for labels that hashed alike.
    /// </summary>
    public static int Slot(string text)
    {
        int length = text.Length;
        uint hash = (uint)length * 0x9E3779B1;
        hash = (hash ^ text[0]) * 0x01000193;
        hash = (hash ^ text[length >> 2]) * 0x01000193;
        hash = (hash ^ text[length >> 1]) * 0x01000193;
        hash = (hash ^ text[(length * 3) >> 2]) * 0x01000193;
        hash = (hash ^ text[length - 1]) * 0x01000193;
        return (int)(hash >> 25); // the top 7 bits: 0 to Slots - 1
    }
}
