namespace DanVan.Reporting;

/// <summary>The document frame of the text layout: the two header columns, tên loại, trích yếu and "Kính gửi:", and the closing.</summary>
public sealed partial class TextReportWriter
{
    private const int ColumnGap = 4;

    private int _rightColumn;

    /// <summary>Lines centred in a column of <paramref name="width"/> characters, starting at <paramref name="start"/>.</summary>
    private static string Centred(string text, int start, int width) =>
        text.Length == 0 ? "" : new string(' ', start + Math.Max(0, (width - text.Length) / 2)) + text;

    private static int Widest(IReadOnlyList<string> lines)
    {
        int width = 0;
        foreach (string line in lines)
        {
            width = Math.Max(width, line.Length);
        }

        return width;
    }

    private static string Rule(int length) => new('-', Math.Max(3, length));

    private static List<string> PadRight(List<string> lines, int width)
    {
        var padded = new List<string>(lines.Count);
        foreach (string line in lines)
        {
            padded.Add(line.PadRight(width));
        }

        return padded;
    }

    /// <summary>Two blocks side by side, each line centred in its column; the right column starts at <paramref name="rightStart"/>.</summary>
    private void Columns(List<string> left, List<string> right, int leftWidth, int rightStart, int rightWidth)
    {
        for (int i = 0; i < Math.Max(left.Count, right.Count); i++)
        {
            string leftText = i < left.Count ? Centred(left[i], 0, leftWidth) : "";
            string rightText = i < right.Count ? right[i] : "";
            string line = rightText.Length == 0
                ? leftText
                : leftText + new string(' ', Math.Max(0, rightStart + Math.Max(0, (rightWidth - rightText.Length) / 2) - leftText.Length)) + rightText;
            Line(0, line.TrimEnd());
        }
    }

    private void WriteDocumentHeader(DocumentFrame frame)
    {
        var left = new List<string>();
        if (frame.Parent is string parent)
        {
            left.Add(parent);
        }

        if (frame.Issuer is string issuer)
        {
            left.Add(issuer);
            if (frame.MarkUnderIssuerText is string mark)
            {
                left.Add(mark);
            }
            else if (frame.MarkUnderIssuer == MarkUnderIssuer.ShortLine)
            {
                left.Add(Rule(issuer.Length / 3));
            }
        }

        var right = new List<string>();
        foreach (HeaderLine headerLine in frame.HeaderLines)
        {
            right.Add(headerLine.Text);
            if (headerLine.RuleBelow)
            {
                right.Add(Rule(headerLine.Text.Length));
            }
        }

        // The number and the date line share the row under the taller column.
        int rows = Math.Max(left.Count, right.Count);
        while (left.Count < rows)
        {
            left.Add("");
        }

        while (right.Count < rows)
        {
            right.Add("");
        }

        left.Add(frame.NumberLine ?? "");
        right.Add(frame.DateLine ?? "");
        if (frame.LetterSubject is string letterSubject)
        {
            // A công văn's trích yếu, under its number.
            left.Add(letterSubject);
            right.Add("");
        }

        int leftWidth = Widest(left);
        _rightColumn = leftWidth + ColumnGap;
        int rightWidth = Widest(right);
        int width = _rightColumn + rightWidth;
        if (frame.DraftNote is string draft)
        {
            // The draft note, boxed by brackets at the top right.
            string boxed = "[" + draft + "]";
            Line(0, new string(' ', Math.Max(0, width - boxed.Length)) + boxed);
        }

        Columns(left, right, leftWidth, _rightColumn, rightWidth);

        _lines.BlankPending = true;
        if (frame.KindName is string kind)
        {
            Line(0, Centred(kind, 0, width));
        }

        if (frame.Subject is string subject)
        {
            Line(0, Centred(subject, 0, width));
            if (frame.SubjectRuleBelow)
            {
                Line(0, Centred(Rule(subject.Length / 3), 0, width));
            }
        }

        if (frame.Addressees.Count > 0)
        {
            _lines.BlankPending = true;
            if (frame.AddresseeOnLabelLine)
            {
                Line(0, Centred(frame.AddresseesLabel + " " + frame.Addressees[0], 0, width));
            }
            else
            {
                int blockWidth = frame.AddresseesLabel.Length + 1 + Widest(frame.Addressees);
                string indent = new(' ', Math.Max(0, (width - blockWidth) / 2));
                for (int i = 0; i < frame.Addressees.Count; i++)
                {
                    string label = i == 0 ? frame.AddresseesLabel : new string(' ', frame.AddresseesLabel.Length);
                    Line(0, indent + label + " " + frame.Addressees[i]);
                }
            }
        }
    }

    /// <summary>"Nơi nhận:" and its lines flush left, level with the signature block on the right.</summary>
    private void WriteClosing(DocumentFrame frame)
    {
        var left = new List<string>();
        if (frame.RecipientLines.Count > 0)
        {
            left.Add(frame.RecipientsLabel);
            left.AddRange(frame.RecipientLines);
        }

        var right = new List<string>(frame.AuthorityLines);
        if (frame.SignerName is string signer)
        {
            // Room for the signature and the seal.
            right.AddRange(["", "", ""]);
            right.Add(signer);
        }

        int leftWidth = Widest(left);
        int rightStart = Math.Max(_rightColumn, leftWidth + ColumnGap);

        // "Nơi nhận" is flush left, not centred.
        Columns(PadRight(left, leftWidth), right, leftWidth, rightStart, Widest(right));
    }
}
