using DanVan.Reporting.Rendering;

namespace DanVan.Reporting;

/// <summary>The per-unit table of a rolled-up document: one row per unit, its standing, then its main figures.</summary>
internal sealed class RollUpTable
{
    private RollUpTable(IReadOnlyList<TableColumn> columns, IReadOnlyList<string[]> rows)
    {
        Columns = columns;
        Rows = rows;
    }

    public const string Label = "Tình hình gửi báo cáo và số liệu chủ yếu của các đơn vị";

    public IReadOnlyList<TableColumn> Columns { get; }

    public IReadOnlyList<string[]> Rows { get; }

    // Figure columns in the order their header first appears, unit by unit; a unit without a figure has an empty cell.
    public static RollUpTable Build(IReadOnlyList<(UnitStatus Status, IReadOnlyList<KeyValuePair<string, string>> Figures)> units)
    {
        var headers = new List<string>();
        foreach ((_, IReadOnlyList<KeyValuePair<string, string>> figures) in units)
        {
            foreach (KeyValuePair<string, string> figure in figures)
            {
                if (!headers.Contains(figure.Key, StringComparer.Ordinal))
                {
                    headers.Add(figure.Key);
                }
            }
        }

        var columns = new List<TableColumn> { TableColumn.RowNumber, new("Đơn vị"), new("Tình hình gửi báo cáo") };
        columns.AddRange(headers.Select(h => new TableColumn(h, TableAlignment.Right)));
        var rows = new List<string[]>();
        for (int i = 0; i < units.Count; i++)
        {
            var row = new string[columns.Count];
            row[0] = FieldFormatting.ItemLabel(i);
            row[1] = units[i].Status.Unit.Name;
            row[2] = RoundResult.StatusWords(units[i].Status);
            for (int h = 0; h < headers.Count; h++)
            {
                row[3 + h] = units[i].Figures.FirstOrDefault(f => string.Equals(f.Key, headers[h], StringComparison.Ordinal)).Value ?? string.Empty;
            }

            rows.Add(row);
        }

        return new RollUpTable(columns, rows);
    }
}
