using System.Text;
using System.Xml.Linq;

namespace DanVan.Reporting.Testing;

/// <summary>
/// The lines of one story (the body, a header, a footer) in reading order: one line per paragraph, one per table row.
/// A new instance per story, because a complex field (<c>w:fldChar</c>) may span paragraphs.
/// </summary>
/// <remarks>
/// A paragraph is <c>[tokens] text</c>: its own layout (alignment, style, list, borders) and the run formatting that
/// all its text shares (bold, italic, underline, size and font when not the defaults, run style…); formatting that only
/// part of the text has is shown around that part, <c>[b]…[/b]</c>. Fields show their instruction, <c>{PAGE}</c>, and
/// not their last computed result; deleted text is left out.
/// </remarks>
internal sealed class DocxContent
{
    private readonly DocxStyles _styles;
    private readonly List<Field> _fields = [];

    public DocxContent(DocxStyles styles) => _styles = styles;

    /// <summary>Adds the lines of the block-level content of <paramref name="container"/> (paragraphs, tables, content controls).</summary>
    public void AddBlocks(XElement? container, List<string> lines, Action<XElement>? afterParagraph = null)
    {
        if (container is null)
        {
            return;
        }

        foreach (XElement child in container.Elements())
        {
            if (WordXml.Is(child, "p"))
            {
                lines.Add(Paragraph(child));
                afterParagraph?.Invoke(child);
            }
            else if (WordXml.Is(child, "tbl"))
            {
                AddTable(child, lines);
            }
            else if (WordXml.Is(child, "sdt"))
            {
                AddBlocks(WordXml.Child(child, "sdtContent"), lines, afterParagraph);
            }
            else if (WordXml.Is(child, "customXml"))
            {
                AddBlocks(child, lines, afterParagraph);
            }
        }
    }

    private static List<string> ParagraphTokens(XElement? properties, IReadOnlySet<string> defaults)
    {
        var tokens = new List<string>();
        string? alignment = WordXml.Attribute(WordXml.Child(properties, "jc"), "val");
        switch (alignment)
        {
            case null or "left" or "start":
                break;
            case "both":
                tokens.Add("justify");
                break;
            default:
                tokens.Add(alignment);
                break;
        }

        if (WordXml.Attribute(WordXml.Child(properties, "pStyle"), "val") is string style)
        {
            tokens.Add("style=" + style);
        }

        XElement? numbering = WordXml.Child(properties, "numPr");
        if (WordXml.Attribute(WordXml.Child(numbering, "numId"), "val") is string numberingId)
        {
            tokens.Add("list=" + numberingId + ":" + (WordXml.Attribute(WordXml.Child(numbering, "ilvl"), "val") ?? "0"));
        }

        string[] sides = WordXml.Child(properties, "pBdr")?.Elements().Where(WordXml.IsVisibleBorder).Select(e => e.Name.LocalName).ToArray() ?? [];
        if (sides.Length > 0)
        {
            tokens.Add("border=" + string.Join(',', sides));
        }

        DocxParagraphLayout.Add(tokens, properties, defaults);

        return tokens;
    }

    private string[] RunTokens(XElement? properties)
    {
        if (properties is null)
        {
            return [];
        }

        var tokens = new List<string>();
        if (WordXml.IsOn(WordXml.Child(properties, "b")))
        {
            tokens.Add("b");
        }

        if (WordXml.IsOn(WordXml.Child(properties, "i")))
        {
            tokens.Add("i");
        }

        if (WordXml.Child(properties, "u") is XElement underline)
        {
            string kind = WordXml.Attribute(underline, "val") ?? "single";
            if (kind != "none")
            {
                tokens.Add(kind == "single" ? "u" : "u=" + kind);
            }
        }

        if (WordXml.IsOn(WordXml.Child(properties, "strike")))
        {
            tokens.Add("strike");
        }

        if (WordXml.IsOn(WordXml.Child(properties, "caps")))
        {
            tokens.Add("caps");
        }

        if (WordXml.IsOn(WordXml.Child(properties, "vanish")))
        {
            tokens.Add("hidden");
        }

        string? position = WordXml.Attribute(WordXml.Child(properties, "vertAlign"), "val");
        if (position is "superscript" or "subscript")
        {
            tokens.Add(position == "superscript" ? "sup" : "sub");
        }

        string? size = WordXml.Attribute(WordXml.Child(properties, "sz"), "val");
        if (size is not null && WordXml.Points(size) != WordXml.Points(_styles.Size))
        {
            tokens.Add(WordXml.Points(size));
        }

        string? font = DocxStyles.AsciiFont(WordXml.Child(properties, "rFonts"));
        if (font is not null && font != _styles.Font)
        {
            tokens.Add("font=\"" + font + "\"");
        }

        if (WordXml.Attribute(WordXml.Child(properties, "rStyle"), "val") is string style)
        {
            tokens.Add("rstyle=" + style);
        }

        return [.. tokens];
    }

    private static void Append(List<Segment> segments, string[] tokens, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (segments.Count > 0 && segments[^1].Tokens.AsSpan().SequenceEqual(tokens))
        {
            segments[^1].Text.Append(text);
        }
        else
        {
            segments.Add(new Segment(tokens, new StringBuilder(text)));
        }
    }

    private static string Instruction(string instruction)
    {
        string collapsed = string.Join(' ', instruction.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return "{" + collapsed + "}";
    }

    private static bool IsBlank(StringBuilder text)
    {
        foreach (ReadOnlyMemory<char> chunk in text.GetChunks())
        {
            foreach (char c in chunk.Span)
            {
                if (!char.IsWhiteSpace(c))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>One paragraph's line: <c>[tokens] text</c>, tokens only when there are any.</summary>
    private string Paragraph(XElement paragraph)
    {
        var segments = new List<Segment>();
        AddInline(paragraph, segments);

        // Spaces take the formatting of the text before them (or after, at the start): an unformatted space between two
        // bold words is not worth "[b]A[/b] [b]B[/b]".
        for (int i = 0; i < segments.Count; i++)
        {
            if (IsBlank(segments[i].Text))
            {
                string[]? neighbour = i > 0 ? segments[i - 1].Tokens : segments.Skip(i + 1).FirstOrDefault(s => !IsBlank(s.Text))?.Tokens;
                if (neighbour is not null)
                {
                    segments[i] = segments[i] with { Tokens = neighbour };
                }
            }
        }

        var merged = new List<Segment>();
        foreach (Segment segment in segments)
        {
            Append(merged, segment.Tokens, segment.Text.ToString());
        }

        List<string> common = merged.Count == 0 ? [] : [.. merged[0].Tokens];
        foreach (Segment segment in merged.Skip(1))
        {
            common.RemoveAll(token => !segment.Tokens.Contains(token, StringComparer.Ordinal));
        }

        var text = new StringBuilder();
        foreach (Segment segment in merged)
        {
            string extra = string.Join(' ', segment.Tokens.Where(token => !common.Contains(token, StringComparer.Ordinal)));
            if (extra.Length == 0)
            {
                text.Append(segment.Text);
            }
            else
            {
                // Spaces at the edges stay outside the marks: "[i]Tên mô hình:[/i] Dân vận khéo".
                string value = segment.Text.ToString();
                string inner = value.Trim();
                int lead = value.Length - value.TrimStart().Length;
                text.Append(value, 0, lead).Append('[').Append(extra).Append(']').Append(inner).Append("[/").Append(extra).Append(']')
                    .Append(value, lead + inner.Length, value.Length - lead - inner.Length);
            }
        }

        List<string> tokens = ParagraphTokens(WordXml.Child(paragraph, "pPr"), _styles.ParagraphDefaultTokens);
        tokens.AddRange(common);
        string line = WordXml.OneLine(text.ToString());
        return tokens.Count == 0 ? line
            : line.Length == 0 ? "[" + string.Join(' ', tokens) + "]"
            : "[" + string.Join(' ', tokens) + "] " + line;
    }

    /// <summary>The runs of a paragraph (or of a hyperlink, an insertion, a content control… inside it).</summary>
    private void AddInline(XElement container, List<Segment> segments)
    {
        foreach (XElement child in container.Elements())
        {
            if (child.Name.Namespace == WordXml.MarkupCompatibility && child.Name.LocalName == "AlternateContent")
            {
                XElement? choice = child.Elements().FirstOrDefault(e => e.Name.LocalName == "Choice");
                if (choice is not null)
                {
                    AddInline(choice, segments);
                }

                continue;
            }

            if (!WordXml.IsWord(child.Name.Namespace))
            {
                continue;
            }

            switch (child.Name.LocalName)
            {
                case "r":
                    AddRun(child, segments);
                    break;
                case "fldSimple":
                    if (_fields.Count == 0)
                    {
                        XElement? firstRun = child.Descendants().FirstOrDefault(e => WordXml.Is(e, "r"));
                        Append(segments, RunTokens(WordXml.Child(firstRun, "rPr")), Instruction(WordXml.Attribute(child, "instr") ?? ""));
                    }

                    break;
                case "hyperlink" or "ins" or "smartTag" or "customXml" or "moveTo" or "dir" or "bdo":
                    AddInline(child, segments);
                    break;
                case "sdt":
                    if (WordXml.Child(child, "sdtContent") is XElement content)
                    {
                        AddInline(content, segments);
                    }

                    break;
            }
        }
    }

    private void AddRun(XElement run, List<Segment> segments)
    {
        string[] tokens = RunTokens(WordXml.Child(run, "rPr"));
        foreach (XElement child in run.Elements())
        {
            if (WordXml.Is(child, "fldChar"))
            {
                switch (WordXml.Attribute(child, "fldCharType"))
                {
                    case "begin":
                        _fields.Add(new Field(tokens));
                        break;
                    case "separate" when _fields.Count > 0:
                        EndInstruction(segments);
                        break;
                    case "end" when _fields.Count > 0:
                        EndInstruction(segments);
                        _fields.RemoveAt(_fields.Count - 1);
                        break;
                }

                continue;
            }

            if (_fields.Count > 0)
            {
                // Inside a field: its instruction is collected, its last result (page number, date…) is not shown.
                if (WordXml.Is(child, "instrText") && !_fields[^1].Shown)
                {
                    _fields[^1].Instruction.Append(child.Value);
                }

                continue;
            }

            if (!WordXml.IsWord(child.Name.Namespace))
            {
                continue;
            }

            string text = child.Name.LocalName switch
            {
                "t" => child.Value,
                "tab" or "ptab" => "\t",
                "br" => WordXml.Attribute(child, "type") switch
                {
                    "page" => "[page break]",
                    "column" => "[column break]",
                    _ => "↵",
                },
                "cr" => "↵",
                "noBreakHyphen" => "-",
                "drawing" or "pict" => "[drawing]",
                "object" => "[object]",
                "footnoteReference" => "[footnote " + WordXml.Attribute(child, "id") + "]",
                "endnoteReference" => "[endnote " + WordXml.Attribute(child, "id") + "]",
                _ => "",
            };
            Append(segments, tokens, text);
        }
    }

    /// <summary>At a field's separator or end: the outermost field shows its instruction once.</summary>
    private void EndInstruction(List<Segment> segments)
    {
        Field field = _fields[^1];
        if (!field.Shown)
        {
            field.Shown = true;
            if (_fields.Count == 1)
            {
                Append(segments, field.Tokens, Instruction(field.Instruction.ToString()));
            }
        }
    }

    /// <summary>
    /// One line per row, <c>| cell | cell |</c>, a cell's paragraphs joined with " / ", after a <c>table</c> line with
    /// its column widths (<see cref="DocxTableLayout"/>), <c>table (bordered)</c> when it draws borders (its own, its
    /// style's or its cells').
    /// </summary>
    private void AddTable(XElement table, List<string> lines)
    {
        decimal[] grid = DocxTableLayout.Grid(table);
        lines.Add(DocxTableLayout.Describe(table, grid, IsBordered(table)));
        foreach (XElement row in RowsOf(table))
        {
            var cells = new List<string>();
            int column = 0;
            foreach (XElement cell in CellsOf(row))
            {
                XElement? properties = WordXml.Child(cell, "tcPr");
                var marks = new List<string>();
                int spanned = 1;
                if (WordXml.Attribute(WordXml.Child(properties, "gridSpan"), "val") is string span && span != "1")
                {
                    marks.Add("span=" + span);
                    spanned = int.TryParse(span, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int count) && count > 0 ? count : 1;
                }

                if (DocxTableLayout.CellWidth(properties, grid, column, spanned) is string width)
                {
                    marks.Add(width);
                }

                column += spanned;

                if (WordXml.Child(properties, "vMerge") is XElement merge && WordXml.Attribute(merge, "val") != "restart")
                {
                    marks.Add("merged");
                }

                var parts = new List<string>();
                AddBlocks(cell, parts);
                string content = string.Join(" / ", parts);
                cells.Add(marks.Count == 0 ? content
                    : content.Length == 0 ? "[" + string.Join(' ', marks) + "]"
                    : "[" + string.Join(' ', marks) + "] " + content);
            }

            lines.Add("| " + string.Join(" | ", cells) + " |");
        }
    }

    private static IEnumerable<XElement> RowsOf(XElement table) => ChildrenNamed(table, "tr");

    private static IEnumerable<XElement> CellsOf(XElement row) => ChildrenNamed(row, "tc");

    // The children called localName, also those wrapped in content controls (sdt) or custom XML, as Word shows them.
    private static IEnumerable<XElement> ChildrenNamed(XElement container, string localName)
    {
        foreach (XElement child in container.Elements())
        {
            if (WordXml.Is(child, localName))
            {
                yield return child;
            }
            else if (WordXml.Is(child, "sdt") || WordXml.Is(child, "customXml"))
            {
                foreach (XElement inner in ChildrenNamed(WordXml.Is(child, "sdt") ? WordXml.Child(child, "sdtContent") ?? child : child, localName))
                {
                    yield return inner;
                }
            }
        }
    }

    private bool IsBordered(XElement table)
    {
        XElement? properties = WordXml.Child(table, "tblPr");
        XElement? borders = WordXml.Child(properties, "tblBorders");
        string? style = WordXml.Attribute(WordXml.Child(properties, "tblStyle"), "val");
        foreach (string side in (string[])["top", "left", "start", "bottom", "right", "end", "insideH", "insideV"])
        {
            XElement? own = WordXml.Child(borders, side);
            if (own is not null ? WordXml.IsVisibleBorder(own) : _styles.TableStyleBorder(style, side) == true)
            {
                return true;
            }
        }

        return table.Descendants()
            .Where(e => WordXml.Is(e, "tcBorders") && e.Ancestors().First(a => WordXml.Is(a, "tbl")) == table)
            .Any(cellBorders => cellBorders.Elements().Any(WordXml.IsVisibleBorder));
    }

    /// <summary>Text that shares one set of formatting tokens.</summary>
    private sealed record Segment(string[] Tokens, StringBuilder Text);

    /// <summary>A complex field being read: the formatting of its first run, its instruction, whether it was shown.</summary>
    private sealed class Field(string[] tokens)
    {
        public string[] Tokens { get; } = tokens;

        public StringBuilder Instruction { get; } = new();

        public bool Shown { get; set; }
    }
}
