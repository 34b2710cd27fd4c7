using System.Text;

namespace DanVan.Reporting;

/// <summary>
/// A piece of a writer's fixed markup (a tag and its line end) held in both encodings the HTML writer stages in, so
/// that neither the string paths nor the UTF-8 paths convert it on every render.
/// </summary>
internal sealed class Markup
{
    /// <summary>No markup: an element that is left out.</summary>
    public static readonly Markup Empty = new(string.Empty);

    private static int s_lastId;

    /// <summary>Keeps <paramref name="text"/> and its UTF-8 bytes.</summary>
    public Markup(string text)
    {
        Text = text;
        Utf8 = Encoding.UTF8.GetBytes(text);
        Id = Interlocked.Increment(ref s_lastId);
    }

    /// <summary>A number told apart from other pieces' (for hashing; two pieces may share one after 2³² pieces, which only costs a lookup).</summary>
    public int Id { get; }

    /// <summary>The markup as UTF-16.</summary>
    public string Text { get; }

    /// <summary>The markup as UTF-8.</summary>
    public byte[] Utf8 { get; }

    /// <summary>Whether there is no markup.</summary>
    public bool IsEmpty => Text.Length == 0;

    /// <summary>How many indentation levels <see cref="Indented"/> keeps ready; deeper lines indent on their own.</summary>
    public const int IndentedLevels = 24;

    // The piece after 0, 1, 2, … levels of indentation (two spaces each), made on first use: a line's indentation and
    // its opening tag are then one copy, not two.
    private Markup?[]? _indented;

    /// <summary>The piece after <paramref name="level"/> levels of indentation, below <see cref="IndentedLevels"/>.</summary>
    public Markup Indented(int level)
    {
        if (level == 0)
        {
            return this;
        }

        // Two threads may both make an array or an entry: either is right, and one of them is kept.
        Markup?[] indented = _indented ??= new Markup?[IndentedLevels];
        Markup? made = indented[level];
        if (made is null)
        {
            made = new Markup(new string(' ', level * 2) + Text);
            indented[level] = made;
        }

        return made;
    }
}
