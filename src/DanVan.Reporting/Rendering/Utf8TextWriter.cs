using System.Buffers;
using System.Globalization;
using System.Text;

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

    private readonly IBufferWriter<byte>? _bufferWriter;
    private readonly Stream? _stream;
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private byte[]? _streamBuffer;
    private int _streamLength;

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
        _streamBuffer = ArrayPool<byte>.Shared.Rent(StreamBufferSize);
        NewLine = "\n";
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

    public override void Write(ReadOnlySpan<char> buffer) => Encode(buffer, flush: false);

    /// <summary>Encodes a surrogate held back from the last write and hands every byte to the output.</summary>
    public void Complete()
    {
        Encode([], flush: true);
        if (_stream is not null && _streamLength > 0)
        {
            _stream.Write(_streamBuffer!, 0, _streamLength);
            _streamLength = 0;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (_streamBuffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_streamBuffer);
            _streamBuffer = null;
        }

        base.Dispose(disposing);
    }

    private void Encode(ReadOnlySpan<char> chars, bool flush)
    {
        bool completed = false;
        while (!completed)
        {
            // UTF-8 takes at most 3 bytes per UTF-16 unit (4 per pair); ask for room for a useful piece at least.
            Span<byte> span = Target(Math.Min(Math.Max(chars.Length * 3, 4), StreamBufferSize));
            _encoder.Convert(chars, span, flush, out int charsUsed, out int bytesUsed, out completed);
            Advance(bytesUsed);
            chars = chars[charsUsed..];
        }
    }

    private Span<byte> Target(int sizeHint)
    {
        if (_bufferWriter is not null)
        {
            return _bufferWriter.GetSpan(sizeHint);
        }

        if (_streamBuffer!.Length - _streamLength < Math.Min(sizeHint, 16))
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
