namespace DanVan.Reporting;

/// <summary>
/// The body of a report in the HTML layout: sections, numbered texts and their paragraphs, values, lists and groups,
/// each compiled once per staging (see <see cref="IStaging"/>).
/// </summary>
public sealed partial class HtmlReportWriter
{
    private void BeginSection<T>(string heading)
        where T : struct, IStaging
    {
        CloseValues<T>();
        Open<T>(Tags.Section, Tags.SectionEnd);
        if (heading.Length > 0)
        {
            LabelLine<T>(Tags.H2, heading, Tags.H2End);
        }
    }

    private void WriteParagraphs<T>(string? number, string label, IReadOnlyList<string> paragraphs)
        where T : struct, IStaging
    {
        bool inGroup = OpenText<T>(number, label);
        foreach (string paragraph in paragraphs)
        {
            EncodedLine<T>(Tags.P, paragraph, Tags.PEnd, bodyEnd: true);
        }

        if (inGroup)
        {
            Close<T>();
        }
    }

    private void WriteText<T>(string? number, string label, string text)
        where T : struct, IStaging
    {
        bool inGroup = OpenText<T>(number, label);

        // The paragraphs of ReportText.EnumerateParagraphs, each found with its first character to escape in one scan.
        ReadOnlySpan<char> rest = text;
        while (true)
        {
            rest = ReportText.TrimStart(rest); // blank lines and the spaces around a paragraph (a line break is white space too)
            if (rest.IsEmpty)
            {
                break;
            }

            int stop = HtmlText.FirstToChangeOrLineBreak(rest);
            bool atLineBreak = stop >= 0 && ReportText.IsLineBreak(rest[stop]);
            int end = stop < 0 ? rest.Length : atLineBreak ? stop : LineEnd(rest, stop);
            ReadOnlySpan<char> paragraph = ReportText.TrimEnd(rest[..end]);
            int clean = stop < 0 || atLineBreak || stop >= paragraph.Length ? paragraph.Length : stop; // where escaping starts
            EncodedLine<T>(Tags.P, paragraph, Tags.PEnd, bodyEnd: true, clean: clean);
            rest = end < rest.Length ? rest[(end + 1)..] : default;
        }

        if (inGroup)
        {
            Close<T>();
        }
    }

    private static int LineEnd(ReadOnlySpan<char> text, int from)
    {
        int lineBreak = ReportText.IndexOfLineBreak(text[from..]);
        return lineBreak < 0 ? text.Length : from + lineBreak;
    }

    /// <summary>A text's label: its own block inside a group, a numbered heading elsewhere; whether a block was opened.</summary>
    private bool OpenText<T>(string? number, string label)
        where T : struct, IStaging
    {
        CloseValues<T>();
        if (Depth > 0)
        {
            Open<T>(Tags.Text, Tags.DivEnd);
            WriteLabel<T>(label);
            return true;
        }

        if (number is null)
        {
            return false;
        }

        if (_depth < Markup.IndentedLevels && KnownStrings.Fits(label) && KnownStrings.Fits(number))
        {
            Put<T>(LabelLines.Get(Tags.H3, number, label, Tags.H3End, _depth));
        }
        else
        {
            StartLine<T>(Tags.H3);
            PutEscaped<T>(number);
            Put<T>(Tags.Space);
            PutEscaped<T>(label);
            Put<T>(Tags.H3End);
        }

        HandOver<T>();
        return false;
    }

    private void WriteValue<T>(string label, ReadOnlySpan<char> value)
        where T : struct, IStaging
    {
        if (!_valuesOpen)
        {
            Open<T>(Tags.Dl, Tags.DlEnd);
            _valuesOpen = true;
        }

        LabelLine<T>(Tags.Dt, label, Tags.DtEnd);
        OneLine<T>(Tags.Dd, value, Tags.DdEnd);
    }

    private void BeginList<T>(string label)
        where T : struct, IStaging
    {
        CloseValues<T>();
        Open<T>(Tags.List, Tags.DivEnd);
        WriteLabel<T>(label);
        Open<T>(Tags.Ul, Tags.UlEnd);
    }

    private void BeginGroup<T>(string label, bool isListItem)
        where T : struct, IStaging
    {
        CloseValues<T>();
        Open<T>(isListItem ? Tags.LiOpen : Markup.Empty, isListItem ? Tags.LiClose : Markup.Empty);
        Open<T>(Tags.Group, Tags.DivEnd);
        WriteLabel<T>(label);
    }

    private void WriteLabel<T>(string label)
        where T : struct, IStaging
    {
        if (label.Length > 0)
        {
            LabelLine<T>(Tags.Label, label, Tags.LabelEnd);
        }
    }

    private void CloseValues<T>()
        where T : struct, IStaging
    {
        if (_valuesOpen)
        {
            _valuesOpen = false;
            Close<T>();
        }
    }

    // Not generic: for the table and the document frame.
    private void WriteLabel(string label)
    {
        if (_bytes is not null)
        {
            WriteLabel<Utf8>(label);
        }
        else
        {
            WriteLabel<Utf16>(label);
        }
    }

    private void CloseValues()
    {
        if (_bytes is not null)
        {
            CloseValues<Utf8>();
        }
        else
        {
            CloseValues<Utf16>();
        }
    }
}
