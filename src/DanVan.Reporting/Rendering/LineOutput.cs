namespace DanVan.Reporting;

/// <summary>
/// The lines of the line-based layouts (<see cref="TextReportWriter"/>, <see cref="MarkdownReportWriter"/>): each
/// indented two spaces per level, a blank line before a block when one is pending, "\n" at the end whatever
/// <see cref="TextWriter.NewLine"/> says. In a document each line is held back until the next one, so that the body
/// ending can go on the body's last line (<see cref="EndBody"/>).
/// </summary>
internal sealed class LineOutput
{
    private const string IndentUnit = "  ";

    // Indentation up to 32 levels in one write; deeper lines write it in pieces.
    private const string Indent = "                                                                ";

    private readonly TextWriter _output;
    private readonly List<int> _levels = [];
    private string? _pendingLine;
    private bool _pendingEndable;

    public LineOutput(TextWriter output) => _output = output;

    /// <summary>The current nesting level (lines of a list or group go one deeper).</summary>
    public int Level { get; set; }

    /// <summary>Whether the next line is preceded by a blank one.</summary>
    public bool BlankPending { get; set; }

    /// <summary>Whether any line has been written.</summary>
    public bool WroteAnything { get; private set; }

    /// <summary>Whether lines are held back for the body ending (a document); set at the start of the report.</summary>
    public bool IsDocument { get; set; }

    /// <summary>Keeps the current level and goes <paramref name="step"/> levels deeper, until <see cref="Pop"/>.</summary>
    public void Push(int step)
    {
        _levels.Add(Level);
        Level += step;
    }

    /// <summary>Goes back to the level kept by the last <see cref="Push"/>.</summary>
    public void Pop()
    {
        Level = _levels[^1];
        _levels.RemoveAt(_levels.Count - 1);
    }

    /// <summary>
    /// Writes a line. In a document, the line is held back until the next one, so that the body ending can be appended
    /// to the last line of the body (<paramref name="endable"/>: a paragraph, value or list item).
    /// </summary>
    public void Line(int level, string text, bool endable = false)
    {
        WroteAnything = true;
        if (!IsDocument)
        {
            // Written in pieces: nothing is held back, so no string is made for the line.
            if (BlankPending)
            {
                _output.Write('\n');
                BlankPending = false;
            }

            for (int width = level * IndentUnit.Length; width > 0; width -= Indent.Length)
            {
                _output.Write(Indent.AsSpan(0, Math.Min(width, Indent.Length)));
            }

            _output.Write(text);
            _output.Write('\n');
            return;
        }

        var line = new System.Text.StringBuilder();
        if (BlankPending)
        {
            line.Append('\n');
            BlankPending = false;
        }

        for (int i = 0; i < level; i++)
        {
            line.Append(IndentUnit);
        }

        line.Append(text);
        FlushPending();
        _pendingLine = line.ToString();
        _pendingEndable = endable;
    }

    /// <summary>Appends the frame's body ending to the held-back line when it is the body's last (escaped by <paramref name="escape"/>).</summary>
    public void EndBody(DocumentFrame frame, Func<string, string> escape)
    {
        if (_pendingLine is not null && _pendingEndable)
        {
            _pendingLine = frame.EndBody(_pendingLine, escape);
        }
    }

    /// <summary>Writes the held-back line, if any.</summary>
    public void FlushPending()
    {
        if (_pendingLine is not null)
        {
            _output.Write(_pendingLine);
            _output.Write('\n');
            _pendingLine = null;
        }
    }
}
