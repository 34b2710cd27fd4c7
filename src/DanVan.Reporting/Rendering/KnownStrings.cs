using System.Runtime.CompilerServices;

namespace DanVan.Reporting;

/// <summary>
/// A small, fixed-size set of strings remembered by reference: which labels are already on one line, so that the
/// same label is not scanned again on the next render; its sets of slots also key the HTML writer's <see cref="LabelLines"/>.
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

    /// <summary>The number of slots: <see cref="Ways"/> for each set a string may fall in.</summary>
    public const int Slots = 256;

    /// <summary>How many strings of one set are kept side by side.</summary>
    public const int Ways = 4;

    private readonly string?[] _slots = new string?[Slots];

    /// <summary>Whether <paramref name="text"/> (this very instance) was added.</summary>
    public bool Contains(string text)
    {
        if (!Fits(text))
        {
            return false;
        }

        int set = Set(text);
        return ReferenceEquals(_slots[set], text) || ReferenceEquals(_slots[set + 1], text)
            || ReferenceEquals(_slots[set + 2], text) || ReferenceEquals(_slots[set + 3], text);
    }

    /// <summary>Remembers <paramref name="text"/> in its set, in place of another string if the set is full; too long or empty ones are not kept.</summary>
    public void Add(string text)
    {
        if (Fits(text))
        {
            int set = Set(text);
            _slots[set + FreeWay(_slots.AsSpan(set, Ways), text.Length + text[0])] = text;
        }
    }

    /// <summary>Whether a string is short enough to be remembered, and not empty.</summary>
    public static bool Fits(string text) => text.Length is > 0 and <= MaxLength;

    /// <summary>
    /// The first slot of the set a string falls in: a hash of where the string is, not of its text. Reading a label's
    /// characters to hash them cost a cache miss or two per label on every render; its address is already at hand. A
    /// string the GC moves lands in another set and is remembered there again: a miss, never a wrong hit, since a hit
    /// is the same instance (or, in <see cref="LabelLines"/>, equal text). A set keeps <see cref="Ways"/> strings, so
    /// that a report's few dozen labels do not push each other out.
    /// </summary>
    public static int Set(string text)
    {
        ulong address = (ulong)Unsafe.As<string, nint>(ref text);
        ulong hash = (address >> 3) * 0x9E3779B97F4A7C15UL; // Fibonacci hashing: the top bits mix all the others
        return (int)(hash >> 56) & (Slots - Ways); // a multiple of Ways below Slots
    }

    /// <summary>The way of a set to fill: the first empty one, else one picked from the string (so that two strings of a full set do not always push out the same one).</summary>
    public static int FreeWay<T>(ReadOnlySpan<T?> set, int pick)
        where T : class
    {
        for (int way = 0; way < set.Length; way++)
        {
            if (set[way] is null)
            {
                return way;
            }
        }

        return pick & (Ways - 1);
    }
}
