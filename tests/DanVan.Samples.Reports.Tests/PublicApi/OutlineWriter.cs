using System.Text;
using DanVan.Reporting;

namespace DanVan.Samples.Reports.Tests.PublicApi;

/// <summary>
/// A small third-party writer, written against the public API of DanVan.Reporting alone (this project sees no
/// internals): it collects the calls it receives as an outline, one line each, the frame's texts included.
/// </summary>
internal sealed class OutlineWriter : ReportWriterBase
{
    private readonly StringBuilder _outline = new();

    public IReadOnlyList<string> Lines => _outline.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public bool Ended { get; private set; }

    protected override void OnBeginReport(DocumentFrame frame)
    {
        Add("frame", frame.IsDocument ? "document " + frame.Layout.Name : "bare");
        Add("parent", frame.Parent);
        Add("issuer", frame.Issuer);
        Add("mark", frame.MarkUnderIssuerText);
        foreach (HeaderLine line in frame.HeaderLines)
        {
            Add("header", line.Text);
        }

        Add("number", frame.NumberLine);
        Add("date", frame.DateLine);
        Add("kind", frame.KindName);
        Add("subject", frame.Subject);
        foreach (string addressee in frame.Addressees)
        {
            Add(frame.AddresseesLabel, addressee);
        }
    }

    protected override void OnBeginSection(string heading) => Add("section", heading);

    protected override void OnWriteText(string? number, string label, IReadOnlyList<string> paragraphs) =>
        Add("text@" + Depth, (number is null ? "" : number + " ") + label + " (" + paragraphs.Count + " paragraphs)");

    protected override void OnWriteValue(string label, string value) => Add("value@" + Depth, label + " = " + value);

    protected override void OnBeginList(string label) => Add("list@" + Depth, label);

    protected override void OnWriteListItem(string text) => Add("item@" + Depth, text);

    protected override void OnEndList() => Add("end list@" + Depth, null);

    protected override void OnBeginGroup(string label, bool isListItem) => Add((isListItem ? "item group@" : "group@") + Depth, label);

    protected override void OnEndGroup() => Add("end group@" + Depth, null);

    protected override void OnTable(ReportTable table) =>
        Add("table@" + Depth, table.Label + " " + table.Columns.Count + "x" + table.Rows.Count);

    protected override void OnEndReport()
    {
        DocumentFrame frame = Frame;
        Add("ending", frame.BodyEnding);
        foreach (string line in frame.AuthorityLines)
        {
            Add("authority", line);
        }

        Add("signer", frame.SignerName);
        foreach (string line in frame.RecipientLines)
        {
            Add(frame.RecipientsLabel, line);
        }

        Ended = true;
    }

    private void Add(string what, string? text)
    {
        if (text is null && !what.StartsWith("end", StringComparison.Ordinal))
        {
            return;
        }

        _outline.Append(what).Append(": ").Append(text).Append('\n');
    }
}
