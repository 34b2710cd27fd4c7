using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
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

    private PooledArray<char> _buffer;

    // A long first piece (an HTML page's cached opening) kept as the string it is, not copied into the buffer: the
    // result is then made from it and the buffer in one copy. Copied in only if the writer is read as a whole before that.
    private string? _lead;

    /// <summary>The thread's kept writer, emptied, if it is free and big enough; a new one otherwise. Give it back with <see cref="Return"/>.</summary>
    public static PooledStringWriter Rent(int capacity)
    {
        PooledStringWriter? kept = t_kept;
        if (kept is not null && kept.Capacity >= capacity)
        {
            t_kept = null;
            kept.Clear();
            return kept;
        }

        return new PooledStringWriter(capacity);
    }

    /// <summary>Keeps <paramref name="writer"/> for the thread's next render, or returns its buffer to the pool if it grew too big.</summary>
    public static void Return(PooledStringWriter writer)
    {
        if (writer.Capacity is > 0 and <= MaxKeptCapacity)
        {
            writer.Clear();
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
        _buffer = new PooledArray<char>(Math.Max(capacity, InitialCapacity));
        NewLine = "\n";
    }

    public override Encoding Encoding => Encoding.Unicode;

    public override void Write(char value) => _buffer.Append(value);

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
        // Most writes of a render are short pieces of markup: copied here without a call to a general copy.
        if (buffer.Length <= ShortCopy.MaxLength)
        {
            ShortCopy.Copy(ref MemoryMarshal.GetReference(buffer), ref MemoryMarshal.GetReference(_buffer.Room(buffer.Length)), buffer.Length);
            _buffer.Advance(buffer.Length);
            return;
        }

        _buffer.Append(buffer);
    }

    /// <summary>
    /// Writes <paramref name="text"/>, the first thing written, without copying it now: the result is made from it and
    /// what follows at once. Anything written before makes it an ordinary write.
    /// </summary>
    public void WriteLead(string text)
    {
        if (_lead is null && _buffer.Length == 0)
        {
            _lead = text;
        }
        else
        {
            Write(text.AsSpan());
        }
    }

    /// <summary>What was written.</summary>
    public override string ToString() => _lead is null ? new(_buffer.Written) : string.Concat(_lead, _buffer.Written);

    // The size of the buffer (0 once disposed).
    private int Capacity => _buffer.Capacity;

    /// <summary>How many characters were written.</summary>
    public int Length => (_lead?.Length ?? 0) + _buffer.Length;

    /// <summary>What was written, until the next write.</summary>
    public ReadOnlySpan<char> Written
    {
        get
        {
            TakeInLead();
            return _buffer.Written;
        }
    }

    /// <summary>Forgets what was written and keeps the buffer.</summary>
    public void Clear()
    {
        _lead = null;
        _buffer.Clear();
    }

    /// <summary>Replaces <paramref name="length"/> characters from <paramref name="start"/> with <paramref name="replacement"/>.</summary>
    public void Replace(int start, int length, ReadOnlySpan<char> replacement)
    {
        TakeInLead();
        _buffer.Replace(start, length, replacement);
    }

    // Puts the lead in front of the buffer, for the readers that need everything in one span.
    private void TakeInLead()
    {
        if (_lead is not null)
        {
            string lead = _lead;
            _lead = null;
            _buffer.Replace(0, 0, lead);
        }
    }

    protected override void Dispose(bool disposing)
    {
        _buffer.Release();
        base.Dispose(disposing);
    }
}
