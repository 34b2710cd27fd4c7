namespace DanVan.Reporting;

/// <summary>
/// How the HTML writer puts a line together, in either of its stagings: UTF-16 for the string paths, UTF-8 bytes for
/// the byte paths. Fixed markup comes as <see cref="Markup"/> pieces already in both encodings (a line's indentation
/// and opening tag as one piece, a whole label line from <see cref="LabelLines"/>); user text is escaped on the way.
/// </summary>
public sealed partial class HtmlReportWriter
{
    /// <summary>Writes an opening tag line and indents what follows until <see cref="Close"/>; an empty tag writes and indents nothing.</summary>
    private void Open(Markup tag, Markup closer)
    {
        if (!tag.IsEmpty)
        {
            Line(tag);
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

    private void Close()
    {
        Markup closer = _closers[--_open];
        if (!closer.IsEmpty)
        {
            _depth--;
            Line(closer);
        }
    }

    /// <summary>How much is staged: characters or bytes (a position for <see cref="EndBody"/>).</summary>
    private int StagedLength => _bytes?.Length ?? _chars!.Length;

    /// <summary>Appends markup, or text already escaped, to the staging.</summary>
    private void Put(ReadOnlySpan<char> markup)
    {
        if (_bytes is not null)
        {
            _bytes.Write(markup);
        }
        else
        {
            _chars!.Write(markup);
        }
    }

    /// <summary>Appends fixed markup, already in the staging's encoding.</summary>
    private void Put(Markup markup)
    {
        if (_bytes is not null)
        {
            _bytes.WriteUtf8(markup.Utf8);
        }
        else
        {
            _chars!.Write(markup.Text);
        }
    }

    /// <summary>Appends user text, escaped.</summary>
    private void PutEscaped(ReadOnlySpan<char> text)
    {
        if (_bytes is not null)
        {
            HtmlText.Write(_bytes, text);
        }
        else
        {
            HtmlText.Write(_chars!, text);
        }
    }

    /// <summary>Appends a label, heading or number, escaped (see <see cref="HtmlText.WriteLabel(PooledStringWriter, string)"/>).</summary>
    private void PutLabel(string label)
    {
        if (_bytes is not null)
        {
            EncodedLabels.Write(_bytes, label);
        }
        else
        {
            HtmlText.WriteLabel(_chars!, label);
        }
    }

    /// <summary>Writes the current indentation.</summary>
    private void StartLine()
    {
        int width = _depth * IndentUnit.Length;
        if (_bytes is not null)
        {
            _bytes.WriteSpaces(width);
            return;
        }

        for (; width > Indent.Length; width -= Indent.Length)
        {
            _chars!.Write(Indent);
        }

        _chars!.Write(Indent.AsSpan(0, width));
    }

    /// <summary>Writes one indented line of markup, or text already escaped.</summary>
    private void Line(string text)
    {
        StartLine();
        Put(text);
        Put(Tags.NewLine);
        HandOver();
    }

    /// <summary>Writes one indented line of fixed markup (it ends with its "\n").</summary>
    private void Line(Markup line)
    {
        StartLine(line);
        HandOver();
    }

    /// <summary>Writes the current indentation and <paramref name="open"/>, the line's first piece: one copy at the usual depths.</summary>
    private void StartLine(Markup open)
    {
        if (_depth < Markup.IndentedLevels)
        {
            Put(open.Indented(_depth));
            return;
        }

        StartLine();
        Put(open);
    }

    /// <summary>Writes one indented line: <paramref name="open"/>, a label (escaped, see <see cref="PutLabel"/>) and <paramref name="close"/>, which ends the line.</summary>
    private void LabelLine(Markup open, string label, Markup close)
    {
        if (_depth < Markup.IndentedLevels && KnownStrings.Fits(label))
        {
            Put(LabelLines.Get(open, label, close, _depth));
        }
        else
        {
            StartLine(open);
            PutLabel(label);
            Put(close);
        }

        HandOver();
    }

    /// <summary>
    /// Writes one indented line: <paramref name="open"/>, user text escaped on the way, and <paramref name="close"/>,
    /// which ends the line. A document is kept until <see cref="OnEndReport"/>, so that the body ending can go into the
    /// last paragraph, value or list item of the body (<paramref name="bodyEnd"/>): just before its closing piece.
    /// </summary>
    private void EncodedLine(Markup open, ReadOnlySpan<char> text, Markup close, bool bodyEnd = false)
    {
        int start = StagedLength + (_depth * IndentUnit.Length);
        StartLine(open);
        PutEscaped(text);
        if (bodyEnd && _isDocument)
        {
            _lastBodyStart = start;
            _lastBodyEnd = StagedLength;
        }

        Put(close);
        HandOver();
    }

    /// <summary>Hands a few thousand staged characters at a time to the caller's writer (a report, not a document, which stays whole).</summary>
    private void HandOver()
    {
        if (_ownsStaging && !_isDocument && StagedLength >= FlushLength)
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
}
