using System.Text.Unicode;

namespace DanVan.Reporting;

/// <summary>
/// UTF-8 bytes put together in a pooled array: the HTML writer's staging on the UTF-8 paths. Markup, indentation and
/// labels seen before arrive already encoded and are copied; only the rest (user text) goes through the transcoder.
/// </summary>
/// <remarks>
/// Text is encoded as <c>Encoding.UTF8.GetBytes</c> encodes it, an unpaired surrogate as U+FFFD; a surrogate pair must
/// not be split across two writes (the HTML writer never splits one: its escaping keeps pairs whole).
/// </remarks>
internal sealed class PooledUtf8Buffer : IMarkupSink, IDisposable
{
    private const int InitialCapacity = 8192;

    // Below this many characters a plain loop narrows ASCII faster than the transcoder starts up.
    private const int ShortText = 24;

    // The largest buffer kept for the thread's next render; bigger ones go back to the pool.
    private const int MaxKeptCapacity = 64 * 1024;

    // One buffer per thread, kept between renders: a render then rents nothing. Taken out while in use, so a render
    // inside a render gets a buffer of its own.
    [ThreadStatic]
    private static PooledUtf8Buffer? t_kept;

    private PooledArray<byte> _bytes = new(InitialCapacity);

    /// <summary>The thread's kept buffer, emptied, if it is free; a new one otherwise. Give it back with <see cref="Return"/>.</summary>
    public static PooledUtf8Buffer Rent()
    {
        PooledUtf8Buffer? kept = t_kept;
        if (kept is null)
        {
            return new PooledUtf8Buffer();
        }

        t_kept = null;
        kept.Clear();
        return kept;
    }

    /// <summary>Keeps <paramref name="buffer"/> for the thread's next render, or returns its array to the pool if it grew too big.</summary>
    public static void Return(PooledUtf8Buffer buffer)
    {
        if (buffer._bytes.Capacity is > 0 and <= MaxKeptCapacity)
        {
            buffer.Clear();
            t_kept = buffer;
        }
        else
        {
            buffer.Dispose();
        }
    }

    /// <summary>The number of bytes written.</summary>
    public int Length => _bytes.Length;

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> Written => _bytes.Written;

    /// <summary>Forgets what was written, keeping the array.</summary>
    public void Clear() => _bytes.Clear();

    /// <summary>Copies bytes that are already UTF-8.</summary>
    public void WriteUtf8(ReadOnlySpan<byte> utf8) => _bytes.Append(utf8);

    /// <summary>Writes <paramref name="count"/> spaces (indentation).</summary>
    public void WriteSpaces(int count)
    {
        _bytes.Room(count)[..count].Fill((byte)' ');
        _bytes.Advance(count);
    }

    /// <inheritdoc/>
    public void Write(char value)
    {
        if (value < 0x80)
        {
            _bytes.Append((byte)value);
            return;
        }

        Write(new ReadOnlySpan<char>(in value));
    }

    /// <inheritdoc/>
    public void Write(ReadOnlySpan<char> text)
    {
        // UTF-8 takes at most 3 bytes per UTF-16 unit (a pair's 4 bytes come from 2 units).
        Span<byte> target = _bytes.Room(text.Length * 3);
        if (text.Length > ShortText)
        {
            // The transcoder has its own vectorised way through ASCII runs.
            Utf8.FromUtf16(text, target, out _, out int encoded, replaceInvalidSequences: true, isFinalBlock: true);
            _bytes.Advance(encoded);
            return;
        }

        int ascii = 0;
        while (ascii < text.Length && text[ascii] < 0x80)
        {
            target[ascii] = (byte)text[ascii];
            ascii++;
        }

        int written = 0;
        if (ascii < text.Length)
        {
            Utf8.FromUtf16(text[ascii..], target[ascii..], out _, out written, replaceInvalidSequences: true, isFinalBlock: true);
        }

        _bytes.Advance(ascii + written);
    }

    /// <summary>Replaces <paramref name="length"/> bytes at <paramref name="start"/> with <paramref name="replacement"/>.</summary>
    public void Replace(int start, int length, ReadOnlySpan<byte> replacement) => _bytes.Replace(start, length, replacement);

    /// <summary>Returns the array to the pool.</summary>
    public void Dispose() => _bytes.Release();
}
