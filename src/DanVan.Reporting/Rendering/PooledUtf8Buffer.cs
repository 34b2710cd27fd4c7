using System.Buffers;
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

    // Below this many characters a plain loop narrows ASCII faster than the vectorised routines start up.
    private const int ShortText = 24;

    // The largest buffer kept for the thread's next render; bigger ones go back to the pool.
    private const int MaxKeptCapacity = 64 * 1024;

    // One buffer per thread, kept between renders: a render then rents nothing. Taken out while in use, so a render
    // inside a render gets a buffer of its own.
    [ThreadStatic]
    private static PooledUtf8Buffer? t_kept;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialCapacity);
    private int _length;

    /// <summary>The thread's kept buffer, emptied, if it is free; a new one otherwise. Give it back with <see cref="Return"/>.</summary>
    public static PooledUtf8Buffer Rent()
    {
        PooledUtf8Buffer? kept = t_kept;
        if (kept is not null)
        {
            t_kept = null;
            kept._length = 0;
            return kept;
        }

        return new PooledUtf8Buffer();
    }

    /// <summary>Keeps <paramref name="buffer"/> for the thread's next render, or returns its array to the pool if it grew too big.</summary>
    public static void Return(PooledUtf8Buffer buffer)
    {
        if (buffer._buffer.Length is > 0 and <= MaxKeptCapacity)
        {
            buffer._length = 0;
            t_kept = buffer;
        }
        else
        {
            buffer.Dispose();
        }
    }

    /// <summary>The number of bytes written.</summary>
    public int Length => _length;

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    /// <summary>Forgets what was written, keeping the array.</summary>
    public void Clear() => _length = 0;

    /// <summary>Copies bytes that are already UTF-8.</summary>
    public void WriteUtf8(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > _buffer.Length - _length)
        {
            Grow(utf8.Length);
        }

        utf8.CopyTo(_buffer.AsSpan(_length));
        _length += utf8.Length;
    }

    /// <summary>Writes <paramref name="count"/> spaces (indentation).</summary>
    public void WriteSpaces(int count)
    {
        if (count > _buffer.Length - _length)
        {
            Grow(count);
        }

        _buffer.AsSpan(_length, count).Fill((byte)' ');
        _length += count;
    }

    /// <inheritdoc/>
    public void Write(char value)
    {
        if (value < 0x80 && _length < _buffer.Length)
        {
            _buffer[_length++] = (byte)value;
            return;
        }

        Write(new ReadOnlySpan<char>(in value));
    }

    /// <inheritdoc/>
    public void Write(ReadOnlySpan<char> text)
    {
        // UTF-8 takes at most 3 bytes per UTF-16 unit (a pair's 4 bytes come from 2 units).
        if (text.Length * 3 > _buffer.Length - _length)
        {
            Grow(text.Length * 3);
        }

        Span<byte> target = _buffer.AsSpan(_length);
        if (text.Length > ShortText)
        {
            // The transcoder has its own vectorised way through ASCII runs.
            Utf8.FromUtf16(text, target, out _, out int encoded, replaceInvalidSequences: true, isFinalBlock: true);
            _length += encoded;
            return;
        }

        int ascii = 0;
        while (ascii < text.Length && text[ascii] < 0x80)
        {
            target[ascii] = (byte)text[ascii];
            ascii++;
        }

        if (ascii == text.Length)
        {
            _length += ascii;
            return;
        }

        Utf8.FromUtf16(text[ascii..], target[ascii..], out _, out int written, replaceInvalidSequences: true, isFinalBlock: true);
        _length += ascii + written;
    }

    /// <summary>Replaces <paramref name="length"/> bytes at <paramref name="start"/> with <paramref name="replacement"/>.</summary>
    public void Replace(int start, int length, ReadOnlySpan<byte> replacement)
    {
        int tail = _length - start - length;
        if (replacement.Length > length && replacement.Length - length > _buffer.Length - _length)
        {
            Grow(replacement.Length - length);
        }

        _buffer.AsSpan(start + length, tail).CopyTo(_buffer.AsSpan(start + replacement.Length));
        replacement.CopyTo(_buffer.AsSpan(start));
        _length += replacement.Length - length;
    }

    /// <summary>Returns the array to the pool.</summary>
    public void Dispose()
    {
        byte[] buffer = _buffer;
        _buffer = [];
        _length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Grow(int needed)
    {
        byte[] bigger = ArrayPool<byte>.Shared.Rent(Math.Max(Math.Max(_buffer.Length * 2, _length + needed), InitialCapacity));
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        byte[] old = _buffer;
        _buffer = bigger;
        if (old.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(old);
        }
    }
}
