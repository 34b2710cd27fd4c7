namespace DanVan.Reporting;

/// <summary>
/// A table as the writers receive it, row by row, kept until <see cref="IReportWriter.EndTable"/>: text needs every
/// row to size its columns, and the other writers keep one code path. Cells are cleaned to one line.
/// </summary>
internal sealed class TableBuffer
{
    private readonly List<string[]> _rows = [];
    private string[]? _row;
    private int _cell;

    public TableBuffer(string label, IReadOnlyList<TableColumn> columns)
    {
        Label = ReportText.OneLine(label);
        var copy = new TableColumn[columns.Count];
        for (int i = 0; i < copy.Length; i++)
        {
            copy[i] = columns[i];
        }

        Columns = copy;
    }

    /// <summary>The label above the table, on one line; empty for none.</summary>
    public string Label { get; }

    /// <summary>The columns, copied when the table opened.</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>The rows closed so far; each has one cell per column.</summary>
    public IReadOnlyList<string[]> Rows => _rows;

    public void BeginRow()
    {
        _row = new string[Columns.Count];
        Array.Fill(_row, string.Empty);
        _cell = 0;
    }

    /// <summary>Whether the open row has a cell in every column.</summary>
    public bool RowIsFull => _cell == Columns.Count;

    public void Cell(string text) => _row![_cell++] = ReportText.OneLine(text);

    public void EndRow()
    {
        _rows.Add(_row!);
        _row = null;
    }
}
