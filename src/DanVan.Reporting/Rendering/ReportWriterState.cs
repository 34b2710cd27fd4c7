using DanVan.Reporting.Internal;

namespace DanVan.Reporting;

/// <summary>
/// Checks the order of <see cref="IReportWriter"/> calls for a writer, so that every writer rejects the same mistakes
/// with the same message: each method is called before the writer writes anything, and throws
/// <see cref="InvalidOperationException"/> (naming the call, what it needs and where the writer is) without changing
/// the state when the call is out of place.
/// </summary>
/// <remarks>
/// The rules: <c>BeginReport</c> once, first; sections only at report level (not nested, not inside a list or group);
/// texts, values and lists anywhere inside the report except directly inside a list; list items only directly
/// inside a list; groups anywhere inside the report (inside a list, a group is one item of a list of records); tables
/// where texts may go, holding only rows, which hold only cells, at most one per column; every
/// <c>End…</c> closes the innermost open block of its kind; <c>EndReport</c> once everything is closed.
/// </remarks>
internal sealed class ReportWriterState
{
    private readonly List<(ReportBlock Kind, string Label)> _open = [];
    private Phase _phase;
    private ReportTable? _table;

    private enum Phase
    {
        NotStarted,
        Open,
        Closed,
    }

    /// <summary>Whether the innermost open block is a list (a group opened now is a list item).</summary>
    public bool InList => _open.Count > 0 && _open[^1].Kind == ReportBlock.List;

    private bool InTable => _open.Count > 0 && _open[^1].Kind is ReportBlock.Table or ReportBlock.TableRow;

    public void BeginReport()
    {
        if (_phase != Phase.NotStarted)
        {
            throw Fail(nameof(IReportWriter.BeginReport), "chỉ được gọi một lần, trước mọi lời gọi khác", "must be the first call, and made only once");
        }

        _phase = Phase.Open;
    }

    public void BeginSection(string number)
    {
        if (_phase != Phase.Open || _open.Count != 0)
        {
            throw Fail(nameof(IReportWriter.BeginSection), "mục chỉ mở được ở cấp báo cáo, sau BeginReport và khi mục, danh sách, nhóm trước đã đóng", "a section opens at report level only, after BeginReport, once the previous section, list or group is closed");
        }

        _open.Add((ReportBlock.Section, number));
    }

    /// <summary>Checks a <c>WriteText</c>, <c>WriteValue</c> or <c>BeginList</c> call.</summary>
    public void Content(string call)
    {
        if (_phase != Phase.Open || InList || InTable)
        {
            throw Fail(call, "phải nằm trong báo cáo đang mở và không nằm trực tiếp trong danh sách (danh sách chỉ chứa WriteListItem và nhóm) hay trong bảng (bảng chỉ chứa dòng và ô)", "must come inside an open report, not directly inside a list (a list holds only WriteListItem calls and groups) or a table (a table holds only rows and cells)");
        }
    }

    /// <summary>Checks a <c>BeginTable</c> call and its columns.</summary>
    public void BeginTable(string label, IReadOnlyList<TableColumn> columns)
    {
        Content(nameof(IReportWriter.BeginTable));
        if (columns.Count == 0)
        {
            throw new ArgumentException(
                Messages.Pick("Bảng " + Messages.Quote(label, 40) + " phải có ít nhất một cột.", "Table " + Messages.Quote(label, 40) + " needs at least one column."),
                nameof(columns));
        }

        for (int i = 0; i < columns.Count; i++)
        {
            if (columns[i] is null)
            {
                throw new ArgumentException(
                    Messages.Pick(
                        Messages.Format("Cột thứ {0} của bảng {1} là null.", i + 1, Messages.Quote(label, 40)),
                        Messages.Format("Column {0} of table {1} is null.", i + 1, Messages.Quote(label, 40))),
                    nameof(columns));
            }
        }

        _open.Add((ReportBlock.Table, label));
        _table = new ReportTable(label, columns);
    }

    public void BeginTableRow()
    {
        if (_phase != Phase.Open || _open.Count == 0 || _open[^1].Kind != ReportBlock.Table)
        {
            throw Fail(nameof(IReportWriter.BeginTableRow), "phải nằm trực tiếp trong bảng (sau BeginTable)", "must come directly inside a table (after BeginTable)");
        }

        _open.Add((ReportBlock.TableRow, string.Empty));
        _table!.BeginRow();
    }

    /// <summary>Checks a <c>WriteCell</c> call and keeps the cell.</summary>
    public void Cell(string text)
    {
        if (_phase != Phase.Open || _open.Count == 0 || _open[^1].Kind != ReportBlock.TableRow)
        {
            throw Fail(nameof(IReportWriter.WriteCell), "phải nằm trong một dòng của bảng (sau BeginTableRow)", "must come inside a table row (after BeginTableRow)");
        }

        if (_table!.RowIsFull)
        {
            throw Fail(
                nameof(IReportWriter.WriteCell),
                Messages.Format("ghi quá số cột: bảng có {0} cột", _table.Columns.Count),
                Messages.Format("writes more cells than the table has columns ({0})", _table.Columns.Count));
        }

        _table.Cell(text);
    }

    public void EndTableRow()
    {
        End(ReportBlock.TableRow);
        _table!.EndRow();
    }

    /// <summary>Checks an <c>EndTable</c> call and hands over the table to write.</summary>
    public ReportTable EndTable()
    {
        End(ReportBlock.Table);
        ReportTable table = _table!;
        _table = null;
        return table;
    }

    public void BeginList(string label)
    {
        Content(nameof(IReportWriter.BeginList));
        _open.Add((ReportBlock.List, label));
    }

    public void ListItem()
    {
        if (_phase != Phase.Open || !InList)
        {
            throw Fail(nameof(IReportWriter.WriteListItem), "phải nằm trực tiếp trong danh sách (sau BeginList)", "must come directly inside a list (after BeginList)");
        }
    }

    public void BeginGroup(string label)
    {
        if (_phase != Phase.Open || InTable)
        {
            throw Fail(nameof(IReportWriter.BeginGroup), "phải nằm trong báo cáo đang mở, ngoài bảng", "must come inside an open report, outside a table");
        }

        _open.Add((ReportBlock.Group, label));
    }

    public void End(ReportBlock kind)
    {
        if (_phase != Phase.Open || _open.Count == 0 || _open[^1].Kind != kind)
        {
            (string call, string vietnamese, string english) = kind switch
            {
                ReportBlock.Section => (nameof(IReportWriter.EndSection), "mục", "section"),
                ReportBlock.List => (nameof(IReportWriter.EndList), "danh sách", "list"),
                ReportBlock.Table => (nameof(IReportWriter.EndTable), "bảng", "table"),
                ReportBlock.TableRow => (nameof(IReportWriter.EndTableRow), "dòng của bảng", "table row"),
                _ => (nameof(IReportWriter.EndGroup), "nhóm", "group"),
            };
            throw Fail(
                call,
                Messages.Format("đóng {0} mở sau cùng, nên {0} đó phải là khối trong cùng đang mở", vietnamese),
                Messages.Format("closes the innermost open block, which must be a {0}", english));
        }

        _open.RemoveAt(_open.Count - 1);
    }

    public void EndReport()
    {
        if (_phase != Phase.Open || _open.Count != 0)
        {
            throw Fail(nameof(IReportWriter.EndReport), "đóng báo cáo đang mở, sau khi mọi mục, danh sách và nhóm đã đóng", "closes the open report, once every section, list and group is closed");
        }

        _phase = Phase.Closed;
    }

    private InvalidOperationException Fail(string call, string vietnameseRule, string englishRule) =>
        new(Messages.Pick(
            Messages.Format("Lời gọi {0} không đúng chỗ: {1}. Trạng thái hiện tại: {2}.", call, vietnameseRule, Describe(vietnamese: true)),
            Messages.Format("{0} was called out of order: it {1}. Current state: {2}.", call, englishRule, Describe(vietnamese: false))));

    private string Describe(bool vietnamese)
    {
        switch (_phase)
        {
            case Phase.NotStarted:
                return vietnamese ? "chưa gọi BeginReport" : "BeginReport has not been called";
            case Phase.Closed:
                return vietnamese ? "báo cáo đã đóng (EndReport)" : "the report is closed (EndReport)";
        }

        if (_open.Count == 0)
        {
            return vietnamese ? "trong báo cáo, ngoài mọi mục" : "in the report, outside any section";
        }

        var path = new List<string>(_open.Count);
        foreach ((ReportBlock kind, string label) in _open)
        {
            string what = (kind, vietnamese) switch
            {
                (ReportBlock.Section, true) => "mục",
                (ReportBlock.Section, false) => "section",
                (ReportBlock.List, true) => "danh sách",
                (ReportBlock.List, false) => "list",
                (ReportBlock.Table, true) => "bảng",
                (ReportBlock.Table, false) => "table",
                (ReportBlock.TableRow, true) => "dòng",
                (ReportBlock.TableRow, false) => "row",
                (_, true) => "nhóm",
                _ => "group",
            };
            path.Add(what + " " + Messages.Quote(label, 40));
        }

        return (vietnamese ? "trong " : "inside ") + string.Join(" > ", path);
    }
}
