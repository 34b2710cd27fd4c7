namespace DanVan.Reporting;

/// <summary>
/// A table as <see cref="ReportWriterBase"/> hands it to a writer once it is closed: its label, its columns and its
/// rows, every row with one cell per column (missing cells at a row's end are empty). Labels and cells are on one line
/// (line breaks become spaces), trimmed, not yet escaped. A table without rows never reaches a writer.
/// </summary>
/// <remarks>
/// Tables are kept whole until <see cref="IReportWriter.EndTable"/> because text and DOCX need every row to size their
/// columns; the other writers keep the same single path.
/// </remarks>
public sealed class ReportTable
{
    private readonly List<string[]> _rows = [];
    private string[]? _row;
    private int _cell;

    internal ReportTable(string label, IReadOnlyList<TableColumn> columns)
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

    /// <summary>The rows; each has one cell per column.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows => _rows;

    /// <summary>Whether the open row has a cell in every column.</summary>
    internal bool RowIsFull => _cell == Columns.Count;

    internal void BeginRow()
    {
        _row = new string[Columns.Count];
        Array.Fill(_row, string.Empty);
        _cell = 0;
    }

    internal void Cell(string text) => _row![_cell++] = ReportText.OneLine(text);

    internal void EndRow()
    {
        _rows.Add(_row!);
        _row = null;
    }
}
