using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace DanVan.Reporting;

/// <summary>
/// A <see cref="TextWriter"/> that encodes what it receives straight into UTF-8 bytes, in an
/// <see cref="IBufferWriter{T}"/> or, through a pooled buffer, a <see cref="Stream"/>: the UTF-8 render paths never
/// build a .NET string of the whole document. The bytes are those of <c>Encoding.UTF8.GetBytes</c> on the same text
/// (no BOM; an unpaired surrogate becomes U+FFFD, also when a pair is split across two writes). Invariant culture, "\n"
/// line ends. <see cref="Complete"/> encodes what the encoder holds back and writes the rest to the stream.
/// </summary>
internal sealed class Utf8TextWriter : TextWriter
{
    private const int StreamBufferSize = 16 * 1024;
    private const int CharBufferSize = 2048;

    private IBufferWriter<byte>? _bufferWriter;
    private Stream? _stream;
    private byte[]? _streamBuffer;
    private int _streamLength;

    // Small writes (a tag, an indent, a value) are gathered here and transcoded a chunk at a time. Rented on the first
    // write of characters: the HTML writer hands over bytes only.
    private char[]? _chars;
    private int _charCount;

    // A high surrogate that ended the last chunk: its pair may start the next one.
    private char _pendingHigh;

    public Utf8TextWriter(IBufferWriter<byte> output)
        : base(CultureInfo.InvariantCulture)
    {
        _bufferWriter = output;
        NewLine = "\n";
    }

    public Utf8TextWriter(Stream output)
        : base(CultureInfo.InvariantCulture)
    {
        _stream = output;
        NewLine = "\n";
    }

    // One writer per thread for the HTML renders to UTF-8, kept between them (with the HTML writer that writes to it):
    // such a render then builds no writer. Taken out while in use; not kept after a render that threw.
    [ThreadStatic]
    private static Utf8TextWriter? t_kept;

    /// <summary>The thread's kept writer, now writing to <paramref name="output"/>, or a new one. Give it back with <see cref="Return"/> once complete.</summary>
    public static Utf8TextWriter Rent(Stream output) => TakeKept()?.WriteTo(output, null) ?? new Utf8TextWriter(output);

    /// <inheritdoc cref="Rent(Stream)"/>
    public static Utf8TextWriter Rent(IBufferWriter<byte> output) => TakeKept()?.WriteTo(null, output) ?? new Utf8TextWriter(output);

    private static Utf8TextWriter? TakeKept()
    {
        Utf8TextWriter? kept = t_kept;
        t_kept = null;
        return kept;
    }

    private Utf8TextWriter WriteTo(Stream? stream, IBufferWriter<byte>? bufferWriter)
    {
        _stream = stream;
        _bufferWriter = bufferWriter;
        return this;
    }

    /// <summary>Keeps <paramref name="writer"/>, completed, for the thread's next render; it lets go of its output and its buffers.</summary>
    public static void Return(Utf8TextWriter writer)
    {
        writer.Dispose(); // the buffers go back to the pool (the HTML writer hands over bytes: it rents none)
        t_kept = writer.WriteTo(null, null);
    }

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(string? value)
    {
        if (value is not null)
        {
            Write(value.AsSpan());
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    /// <summary>Gathers the characters; a chunk at a time is transcoded straight into the output (vectorised, no encoder state).</summary>
    public override void Write(ReadOnlySpan<char> buffer)
    {
        char[] chars = _chars ??= ArrayPool<char>.Shared.Rent(CharBufferSize);
        if (buffer.Length <= chars.Length - _charCount)
        {
            buffer.CopyTo(chars.AsSpan(_charCount));
            _charCount += buffer.Length;
            return;
        }

        FlushChars();
        if (buffer.Length <= chars.Length)
        {
            buffer.CopyTo(chars);
            _charCount = buffer.Length;
        }
        else
        {
            Encode(buffer);
        }
    }

    /// <summary>
    /// Writes bytes that are already UTF-8 (the HTML writer's staging), after what was written before. A high surrogate
    /// held back from the last write has no pair now and becomes U+FFFD.
    /// </summary>
    public void WriteUtf8(ReadOnlySpan<byte> utf8)
    {
        FlushChars();
        if (_pendingHigh != '\0')
        {
            char high = _pendingHigh;
            _pendingHigh = '\0';
            Transcode(new ReadOnlySpan<char>(in high));
        }

        if (_stream is not null && _streamLength == 0)
        {
            _stream.Write(utf8); // nothing to keep in order before it, and the HTML writer hands over kilobytes at a time: no copy through the buffer
            return;
        }

        while (!utf8.IsEmpty)
        {
            Span<byte> span = Target(Math.Min(utf8.Length, StreamBufferSize));
            int count = Math.Min(span.Length, utf8.Length);
            utf8[..count].CopyTo(span);
            Advance(count);
            utf8 = utf8[count..];
        }
    }

    private void FlushChars()
    {
        if (_charCount > 0)
        {
            int count = _charCount;
            _charCount = 0;
            Encode(_chars.AsSpan(0, count));
        }
    }

    private void Encode(ReadOnlySpan<char> buffer)
    {
        if (buffer.IsEmpty)
        {
            return;
        }

        if (_pendingHigh != '\0')
        {
            Span<char> pair = stackalloc char[2];
            pair[0] = _pendingHigh;
            _pendingHigh = '\0';
            if (char.IsLowSurrogate(buffer[0]))
            {
                pair[1] = buffer[0];
                Transcode(pair);
                buffer = buffer[1..];
            }
            else
            {
                Transcode(pair[..1]); // unpaired: U+FFFD
            }
        }

        if (!buffer.IsEmpty && char.IsHighSurrogate(buffer[^1]))
        {
            _pendingHigh = buffer[^1];
            buffer = buffer[..^1];
        }

        Transcode(buffer);
    }

    /// <summary>Encodes a surrogate held back from the last write and hands every byte to the output.</summary>
    public void Complete()
    {
        FlushChars();
        if (_pendingHigh != '\0')
        {
            char high = _pendingHigh;
            _pendingHigh = '\0';
            Transcode(new ReadOnlySpan<char>(in high));
        }

        if (_stream is not null && _streamLength > 0)
        {
            _stream.Write(_streamBuffer!, 0, _streamLength);
            _streamLength = 0;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (_chars is not null)
        {
            ArrayPool<char>.Shared.Return(_chars);
            _chars = null;
        }

        if (_streamBuffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_streamBuffer);
            _streamBuffer = null;
        }

        base.Dispose(disposing);
    }

    // Unpaired surrogates inside the characters become U+FFFD, as Encoding.UTF8.GetBytes writes them.
    private void Transcode(ReadOnlySpan<char> chars)
    {
        while (!chars.IsEmpty)
        {
            // UTF-8 takes at most 3 bytes per UTF-16 unit (4 per pair); ask for room for a useful piece at least.
            Span<byte> span = Target(Math.Min(Math.Max(chars.Length * 3, 4), StreamBufferSize));
            Utf8.FromUtf16(chars, span, out int charsRead, out int bytesWritten, replaceInvalidSequences: true, isFinalBlock: true);
            Advance(bytesWritten);
            chars = chars[charsRead..];
        }
    }

    private Span<byte> Target(int sizeHint)
    {
        if (_bufferWriter is not null)
        {
            return _bufferWriter.GetSpan(sizeHint);
        }

        // Rented on first use: bytes handed over whole go straight to the stream.
        _streamBuffer ??= ArrayPool<byte>.Shared.Rent(StreamBufferSize);
        if (_streamBuffer.Length - _streamLength < sizeHint)
        {
            _stream!.Write(_streamBuffer, 0, _streamLength);
            _streamLength = 0;
        }

        return _streamBuffer.AsSpan(_streamLength);
    }

    private void Advance(int count)
    {
        if (_bufferWriter is not null)
        {
            _bufferWriter.Advance(count);
        }
        else
        {
            _streamLength += count;
        }
    }
}
