namespace DanVan.Reporting;

/// <summary>
/// How the HTML writer puts a line together, in either of its stagings: UTF-16 for the string paths, UTF-8 bytes for
/// the byte paths. Fixed markup comes as <see cref="Markup"/> pieces already in both encodings (a line's indentation
/// and opening tag as one piece, a whole label line from <see cref="LabelLines"/>); user text is escaped on the way.
/// </summary>
/// <remarks>
/// The body's methods are generic over the staging (<see cref="Utf16"/> or <see cref="Utf8"/>), so that the JIT
/// compiles them once for each, with the other staging's branches gone: an application that renders both strings and
/// UTF-8 gets code (and a run-time profile) made for each path, not one shared by both. The opening, the document
/// frame and tables, written once per render, go through the non-generic forms at the end.
/// </remarks>
public sealed partial class HtmlReportWriter
{
    /// <summary>A staging of the HTML writer, as a type argument.</summary>
    private interface IStaging;

    /// <summary>The UTF-16 staging (<see cref="PooledStringWriter"/>).</summary>
    private struct Utf16 : IStaging;

    /// <summary>The UTF-8 staging (<see cref="PooledUtf8Buffer"/>).</summary>
    private struct Utf8 : IStaging;

    private static bool IsUtf8<T>()
        where T : struct, IStaging => typeof(T) == typeof(Utf8);

    /// <summary>Writes an opening tag line and indents what follows until <see cref="Close{T}"/>; an empty tag writes and indents nothing.</summary>
    private void Open<T>(Markup tag, Markup closer)
        where T : struct, IStaging
    {
        if (!tag.IsEmpty)
        {
            Line<T>(tag);
        }

        PushCloser(closer);
        if (!closer.IsEmpty)
        {
            _depth++;
        }
    }

    private void PushCloser(Markup closer)
    {
        if (_open == _closers.Length)
        {
            Array.Resize(ref _closers, _open * 2);
        }

        _closers[_open++] = closer;
    }

    private void Close<T>()
        where T : struct, IStaging
    {
        Markup closer = _closers[--_open];
        if (!closer.IsEmpty)
        {
            _depth--;
            Line<T>(closer);
        }
    }

    /// <summary>How much is staged: characters or bytes (a position for <see cref="EndBody"/>).</summary>
    private int StagedLength<T>()
        where T : struct, IStaging => IsUtf8<T>() ? _bytes!.Length : _chars!.Length;

    /// <summary>Appends markup, or text already escaped, to the staging.</summary>
    private void Put<T>(ReadOnlySpan<char> markup)
        where T : struct, IStaging
    {
        if (IsUtf8<T>())
        {
            _bytes!.Write(markup);
        }
        else
        {
            _chars!.Write(markup);
        }
    }

    /// <summary>Appends fixed markup, already in the staging's encoding.</summary>
    private void Put<T>(Markup markup)
        where T : struct, IStaging
    {
        if (IsUtf8<T>())
        {
            _bytes!.WriteUtf8(markup.Utf8);
        }
        else
        {
            _chars!.Write(markup.Text);
        }
    }

    /// <summary>Appends user text, escaped, knowing that its first <paramref name="clean"/> characters need no change.</summary>
    private void PutEscaped<T>(ReadOnlySpan<char> text, int clean = 0)
        where T : struct, IStaging
    {
        if (IsUtf8<T>())
        {
            HtmlText.Write(_bytes!, text, clean);
        }
        else
        {
            HtmlText.Write(_chars!, text, clean);
        }
    }

    /// <summary>Writes the current indentation.</summary>
    private void StartLine<T>()
        where T : struct, IStaging
    {
        int width = _depth * IndentUnit.Length;
        if (IsUtf8<T>())
        {
            _bytes!.WriteSpaces(width);
            return;
        }

        for (; width > Indent.Length; width -= Indent.Length)
        {
            _chars!.Write(Indent);
        }

        _chars!.Write(Indent.AsSpan(0, width));
    }

    /// <summary>Writes one indented line of fixed markup (it ends with its "\n").</summary>
    private void Line<T>(Markup line)
        where T : struct, IStaging
    {
        StartLine<T>(line);
        HandOver<T>();
    }

    /// <summary>Writes the current indentation and <paramref name="open"/>, the line's first piece: one copy at the usual depths.</summary>
    private void StartLine<T>(Markup open)
        where T : struct, IStaging
    {
        if (_depth < Markup.IndentedLevels)
        {
            Put<T>(open.Indented(_depth));
            return;
        }

        StartLine<T>();
        Put<T>(open);
    }

    /// <summary>Writes one indented line: <paramref name="open"/>, a label (escaped) and <paramref name="close"/>, which ends the line.</summary>
    private void LabelLine<T>(Markup open, string label, Markup close)
        where T : struct, IStaging
    {
        if (_depth < Markup.IndentedLevels && KnownStrings.Fits(label))
        {
            Put<T>(LabelLines.Get(open, label, close, _depth));
        }
        else
        {
            StartLine<T>(open);
            PutEscaped<T>(label);
            Put<T>(close);
        }

        HandOver<T>();
    }

    /// <summary>
    /// Writes one indented line: <paramref name="open"/>, user text escaped on the way (its first
    /// <paramref name="clean"/> characters known to need no change), and <paramref name="close"/>, which ends the line.
    /// A document is kept until <see cref="OnEndReport"/>, so that the body ending can go into the last paragraph,
    /// value or list item of the body (<paramref name="bodyEnd"/>): just before its closing piece.
    /// </summary>
    private void EncodedLine<T>(Markup open, ReadOnlySpan<char> text, Markup close, bool bodyEnd = false, int clean = 0)
        where T : struct, IStaging
    {
        bool tracked = bodyEnd && _isDocument;
        int start = tracked ? StagedLength<T>() + (_depth * IndentUnit.Length) : 0;
        StartLine<T>(open);
        if (clean == text.Length)
        {
            Put<T>(text);
        }
        else
        {
            PutEscaped<T>(text, clean);
        }

        if (tracked)
        {
            _lastBodyStart = start;
            _lastBodyEnd = StagedLength<T>();
        }

        Put<T>(close);
        HandOver<T>();
    }

    /// <summary>
    /// Writes a value or a list item as <see cref="EncodedLine{T}"/>, on one line (<see cref="ReportText.OneLine"/>): the
    /// scan for characters to escape finds line breaks too, so text already on one line, nearly always, is read once.
    /// </summary>
    private void OneLine<T>(Markup open, ReadOnlySpan<char> text, Markup close)
        where T : struct, IStaging
    {
        int stop = HtmlText.FirstToChangeOrLineBreak(text);
        if (ReportText.IsTrimmed(text) && (stop < 0 || (!ReportText.IsLineBreak(text[stop]) && ReportText.IndexOfLineBreak(text[stop..]) < 0)))
        {
            EncodedLine<T>(open, text, close, bodyEnd: true, clean: stop < 0 ? text.Length : stop);
        }
        else
        {
            EncodedLine<T>(open, ReportText.OneLine(text.ToString()), close, bodyEnd: true);
        }
    }

    /// <summary>Hands a few thousand staged characters at a time to the caller's writer (a report, not a document, which stays whole).</summary>
    private void HandOver<T>()
        where T : struct, IStaging
    {
        if (_ownsStaging && !_isDocument && StagedLength<T>() >= FlushLength)
        {
            HandOverAll();
            _flushes++;
        }
    }

    private void HandOverAll()
    {
        if (_bytes is not null)
        {
            ((Utf8TextWriter)_output).WriteUtf8(_bytes.Written);
            _bytes.Clear();
        }
        else
        {
            _output.Write(_chars!.Written);
            _chars.Clear();
        }
    }

    // The same, not generic: for what is written once per render (the opening, the document frame, tables).
    private int StagedLength() => _bytes is not null ? StagedLength<Utf8>() : StagedLength<Utf16>();

    private void Put(ReadOnlySpan<char> markup)
    {
        if (_bytes is not null)
        {
            Put<Utf8>(markup);
        }
        else
        {
            Put<Utf16>(markup);
        }
    }

    private void StartLine()
    {
        if (_bytes is not null)
        {
            StartLine<Utf8>();
        }
        else
        {
            StartLine<Utf16>();
        }
    }

    /// <summary>Writes one indented line of markup, or text already escaped.</summary>
    private void Line(string text)
    {
        StartLine();
        Put(text);
        Put(Tags.NewLine.Text);
        HandOver();
    }

    private void Line(Markup line)
    {
        if (_bytes is not null)
        {
            Line<Utf8>(line);
        }
        else
        {
            Line<Utf16>(line);
        }
    }

    private void Open(Markup tag, Markup closer)
    {
        if (_bytes is not null)
        {
            Open<Utf8>(tag, closer);
        }
        else
        {
            Open<Utf16>(tag, closer);
        }
    }

    private void Close()
    {
        if (_bytes is not null)
        {
            Close<Utf8>();
        }
        else
        {
            Close<Utf16>();
        }
    }

    private void LabelLine(Markup open, string label, Markup close)
    {
        if (_bytes is not null)
        {
            LabelLine<Utf8>(open, label, close);
        }
        else
        {
            LabelLine<Utf16>(open, label, close);
        }
    }

    private void EncodedLine(Markup open, ReadOnlySpan<char> text, Markup close)
    {
        if (_bytes is not null)
        {
            EncodedLine<Utf8>(open, text, close);
        }
        else
        {
            EncodedLine<Utf16>(open, text, close);
        }
    }

    private void HandOver()
    {
        if (_bytes is not null)
        {
            HandOver<Utf8>();
        }
        else
        {
            HandOver<Utf16>();
        }
    }
}
