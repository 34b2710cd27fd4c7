using System.Buffers;
using System.Globalization;
using System.Text;

namespace DanVan.Reporting;

/// <summary>
/// A <see cref="StringWriter"/> for <c>RenderText</c>/<c>RenderMarkdown</c>/<c>RenderHtml</c> that writes into a
/// buffer rented from <see cref="ArrayPool{T}.Shared"/>: rendering a report to a string allocates the string and not
/// the growing chunks of a <see cref="StringBuilder"/> besides. Invariant culture, "\n" line ends. Dispose returns the
/// buffer; <see cref="ToString"/> must come before.
/// </summary>
internal sealed class PooledStringWriter : TextWriter, IMarkupSink
{
    private const int InitialCapacity = 4096;

    /// <summary>What an HTML page needs at least: its style sheet alone is about 2,000 characters, a document's 5,000.</summary>
    public const int HtmlCapacity = 8192;

    // The largest buffer kept for the thread's next render (what a long report needs); bigger ones go back to the pool.
    private const int MaxKeptCapacity = 32 * 1024;

    // One writer per thread, kept between renders to a string: a render then rents nothing and builds no TextWriter.
    // Taken out while in use, so a render inside a render (a report that renders another) gets a writer of its own.
    [ThreadStatic]
    private static PooledStringWriter? t_kept;

    private char[] _buffer;
    private int _length;

    /// <summary>The thread's kept writer, emptied, if it is free and big enough; a new one otherwise. Give it back with <see cref="Return"/>.</summary>
    public static PooledStringWriter Rent(int capacity)
    {
        PooledStringWriter? kept = t_kept;
        if (kept is not null && kept._buffer.Length >= capacity)
        {
            t_kept = null;
            kept._length = 0;
            return kept;
        }

        return new PooledStringWriter(capacity);
    }

    /// <summary>Keeps <paramref name="writer"/> for the thread's next render, or returns its buffer to the pool if it grew too big.</summary>
    public static void Return(PooledStringWriter writer)
    {
        if (writer._buffer.Length is > 0 and <= MaxKeptCapacity)
        {
            writer._length = 0;
            t_kept = writer;
        }
        else
        {
            writer.Dispose();
        }
    }

    public PooledStringWriter()
        : this(InitialCapacity)
    {
    }

    /// <summary>Starts with a buffer of at least <paramref name="capacity"/> characters, so that a result of about that size is not copied as it grows.</summary>
    public PooledStringWriter(int capacity)
        : base(CultureInfo.InvariantCulture)
    {
        _buffer = ArrayPool<char>.Shared.Rent(Math.Max(capacity, InitialCapacity));
        NewLine = "\n";
    }

    public override Encoding Encoding => Encoding.Unicode;

    public override void Write(char value)
    {
        if (_length == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_length++] = value;
    }

    public override void Write(string? value)
    {
        if (value is not null)
        {
            Write(value.AsSpan());
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (buffer.Length > _buffer.Length - _length)
        {
            Grow(buffer.Length);
        }

        buffer.CopyTo(_buffer.AsSpan(_length));
        _length += buffer.Length;
    }

    /// <summary>What was written.</summary>
    public override string ToString() => new(_buffer, 0, _length);

    /// <summary>How many characters were written.</summary>
    public int Length => _length;

    /// <summary>What was written, until the next write.</summary>
    public ReadOnlySpan<char> Written => _buffer.AsSpan(0, _length);

    /// <summary>Forgets what was written and keeps the buffer.</summary>
    public void Clear() => _length = 0;

    /// <summary>Replaces <paramref name="length"/> characters from <paramref name="start"/> with <paramref name="replacement"/>.</summary>
    public void Replace(int start, int length, ReadOnlySpan<char> replacement)
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

    protected override void Dispose(bool disposing)
    {
        char[] buffer = _buffer;
        _buffer = [];
        _length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(buffer);
        }

        base.Dispose(disposing);
    }

    private void Grow(int needed)
    {
        char[] bigger = ArrayPool<char>.Shared.Rent(Math.Max(Math.Max(_buffer.Length * 2, _length + needed), InitialCapacity));
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        char[] old = _buffer;
        _buffer = bigger;
        if (old.Length > 0)
        {
            ArrayPool<char>.Shared.Return(old);
        }
    }
}
