using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using DanVan.Reporting.Internal;

namespace DanVan.Reporting;

/// <summary>
/// Checks the order of <see cref="IReportWriter"/> calls for a writer, so that every writer rejects the same mistakes
/// with the same message: each method is called before the writer writes anything, and throws
/// <see cref="InvalidOperationException"/> (naming the call, what it needs and where the writer is) without changing
/// the state when the call is out of place.
/// </summary>
/// <remarks>
/// <para>
/// The rules: <c>BeginReport</c> once, first; sections only at report level (not nested, not inside a list or group);
/// texts, values and lists anywhere inside the report except directly inside a list; list items only directly
/// inside a list; groups anywhere inside the report (inside a list, a group is one item of a list of records); tables
/// where texts may go, holding only rows, which hold only cells, at most one per column; every
/// <c>End…</c> closes the innermost open block of its kind; <c>EndReport</c> once everything is closed.
/// </para>
/// <para>
/// Every call of every render goes through here, so the happy path is kept to a compare or two: a mutable struct held in
/// its writer's field (never copied), the open blocks kept inline for the first <see cref="InlineDepth"/> levels (no list
/// to allocate and grow on each render), the innermost block's kind in a field of its own, and the messages built only
/// in the throwing methods.
/// </para>
/// </remarks>
internal struct ReportWriterState
{
    /// <summary>
    /// How many open blocks are kept without an array: a generated report's section, list, item and one nested record.
    /// Deeper ones (rare) spill to <see cref="_deeper"/>. Every writer carries these slots, so they are kept few: the
    /// writer made for each render is no bigger than the state object, list and array it replaces.
    /// </summary>
    private const int InlineDepth = 4;

    private OpenBlocks _blocks;
    private OpenBlock[]? _deeper;
    private int _count;
    private ReportBlock _innermost;
    private Phase _phase;
    private ReportTable? _table;

    private enum Phase
    {
        NotStarted,
        Open,
        Closed,
    }

    /// <summary>Whether the innermost open block is a list (a group opened now is a list item).</summary>
    public readonly bool InList => _count > 0 && _innermost == ReportBlock.List;

    private readonly bool InTable => _count > 0 && _innermost is ReportBlock.Table or ReportBlock.TableRow;

    /// <summary>Whether the innermost open block is <paramref name="kind"/>.</summary>
    private readonly bool Innermost(ReportBlock kind) => _count > 0 && _innermost == kind;

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
        if (_phase != Phase.Open || _count != 0)
        {
            throw Fail(nameof(IReportWriter.BeginSection), "mục chỉ mở được ở cấp báo cáo, sau BeginReport và khi mục, danh sách, nhóm trước đã đóng", "a section opens at report level only, after BeginReport, once the previous section, list or group is closed");
        }

        Push(ReportBlock.Section, number);
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

        _table = new ReportTable(label, columns);
        Push(ReportBlock.Table, label);
    }

    public void BeginTableRow()
    {
        if (_phase != Phase.Open || !Innermost(ReportBlock.Table))
        {
            throw Fail(nameof(IReportWriter.BeginTableRow), "phải nằm trực tiếp trong bảng (sau BeginTable)", "must come directly inside a table (after BeginTable)");
        }

        Push(ReportBlock.TableRow, string.Empty);
        _table!.BeginRow();
    }

    /// <summary>Checks a <c>WriteCell</c> call and keeps the cell.</summary>
    public void Cell(string text)
    {
        if (_phase != Phase.Open || !Innermost(ReportBlock.TableRow))
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
        Push(ReportBlock.List, label);
    }

    public void ListItem()
    {
        if (_phase != Phase.Open || !InList)
        {
            throw Fail(nameof(IReportWriter.WriteListItem), "phải nằm trực tiếp trong danh sách (sau BeginList)", "must come directly inside a list (after BeginList)");
        }
    }

    /// <summary>Checks a <c>BeginGroup</c> call and opens the group; returns whether it is one item of a list of records (a list was the innermost block).</summary>
    public bool BeginGroup(string label)
    {
        if (_phase != Phase.Open || InTable)
        {
            throw Fail(nameof(IReportWriter.BeginGroup), "phải nằm trong báo cáo đang mở, ngoài bảng", "must come inside an open report, outside a table");
        }

        bool listItem = InList;
        Push(ReportBlock.Group, label);
        return listItem;
    }

    public void End(ReportBlock kind)
    {
        if (_phase != Phase.Open || !Innermost(kind))
        {
            ThrowOutOfOrderEnd(kind);
        }

        Pop();
    }

    public void EndReport()
    {
        if (_phase != Phase.Open || _count != 0)
        {
            throw Fail(nameof(IReportWriter.EndReport), "đóng báo cáo đang mở, sau khi mọi mục, danh sách và nhóm đã đóng", "closes the open report, once every section, list and group is closed");
        }

        _phase = Phase.Closed;
    }

    private void Push(ReportBlock kind, string label)
    {
        if (_count < InlineDepth)
        {
            _blocks[_count] = new OpenBlock(kind, label);
        }
        else
        {
            PushDeeper(new OpenBlock(kind, label));
        }

        _count++;
        _innermost = kind;
    }

    private void PushDeeper(OpenBlock block)
    {
        int index = _count - InlineDepth;
        if (_deeper is null || index == _deeper.Length)
        {
            Array.Resize(ref _deeper, _deeper is null ? InlineDepth : _deeper.Length * 2);
        }

        _deeper[index] = block;
    }

    private void Pop()
    {
        _count--;
        if (_count >= InlineDepth)
        {
            _deeper![_count - InlineDepth] = default; // no label kept alive past its block
        }
        else
        {
            _blocks[_count] = default;
        }

        if (_count > 0)
        {
            _innermost = Block(_count - 1).Kind;
        }
    }

    private readonly OpenBlock Block(int index) => index < InlineDepth ? _blocks[index] : _deeper![index - InlineDepth];

    [DoesNotReturn]
    private readonly void ThrowOutOfOrderEnd(ReportBlock kind)
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

    private readonly InvalidOperationException Fail(string call, string vietnameseRule, string englishRule) =>
        new(Messages.Pick(
            Messages.Format("Lời gọi {0} không đúng chỗ: {1}. Trạng thái hiện tại: {2}.", call, vietnameseRule, Describe(vietnamese: true)),
            Messages.Format("{0} was called out of order: it {1}. Current state: {2}.", call, englishRule, Describe(vietnamese: false))));

    private readonly string Describe(bool vietnamese)
    {
        switch (_phase)
        {
            case Phase.NotStarted:
                return vietnamese ? "chưa gọi BeginReport" : "BeginReport has not been called";
            case Phase.Closed:
                return vietnamese ? "báo cáo đã đóng (EndReport)" : "the report is closed (EndReport)";
        }

        if (_count == 0)
        {
            return vietnamese ? "trong báo cáo, ngoài mọi mục" : "in the report, outside any section";
        }

        var path = new List<string>(_count);
        for (int i = 0; i < _count; i++)
        {
            (ReportBlock kind, string label) = Block(i);
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

    /// <summary>One open block: its kind and the label the messages name it by.</summary>
    private readonly record struct OpenBlock(ReportBlock Kind, string Label);

    /// <summary>The first <see cref="InlineDepth"/> open blocks, stored in the state itself.</summary>
    [InlineArray(InlineDepth)]
    private struct OpenBlocks
    {
        private OpenBlock _first;
    }
}
