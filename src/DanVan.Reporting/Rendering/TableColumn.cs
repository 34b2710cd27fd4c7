using DanVan.Reporting.Internal;

namespace DanVan.Reporting;

/// <summary>A column of a table passed to <see cref="IReportWriter.BeginTable"/>: its header and alignment.</summary>
public sealed record TableColumn
{
    /// <summary>Creates a column.</summary>
    /// <param name="header">The header, e.g. "Số hộ tham gia".</param>
    /// <param name="alignment">How its cells are aligned.</param>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> is null.</exception>
    public TableColumn(string header, TableAlignment alignment = TableAlignment.Left)
    {
        Header = Preconditions.CheckNotNull(header, nameof(header));
        Alignment = alignment;
    }

    /// <summary>
    /// A column for values of <paramref name="kind"/>, aligned by the one rule every writer and every generated table
    /// follows (<see cref="AlignmentFor"/>).
    /// </summary>
    /// <param name="header">The header.</param>
    /// <param name="kind">What the column holds.</param>
    /// <returns>The column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> is null.</exception>
    public static TableColumn For(string header, Schema.FieldKind kind) => new(header, AlignmentFor(kind));

    /// <summary>
    /// How a column of <paramref name="kind"/> is aligned: numbers (integers, decimals, percentages, money, quantities)
    /// flush right, so that their digits line up; everything else (texts, dates, yes/no, periods) flush left.
    /// </summary>
    /// <param name="kind">What the column holds.</param>
    /// <returns>The alignment.</returns>
    public static TableAlignment AlignmentFor(Schema.FieldKind kind) =>
        kind is Schema.FieldKind.Integer or Schema.FieldKind.Number or Schema.FieldKind.FloatingPoint
            or Schema.FieldKind.Percent or Schema.FieldKind.Money or Schema.FieldKind.Quantity
            ? TableAlignment.Right
            : TableAlignment.Left;

    /// <summary>The "STT" ("số thứ tự", row number) column that opens a report's tables, centred.</summary>
    public static TableColumn RowNumber { get; } = new("STT", TableAlignment.Center);

    /// <summary>The columns of a table of figures: "STT", "Chỉ tiêu" (the indicator) and "Kết quả" (the result, aligned right).</summary>
    public static IReadOnlyList<TableColumn> MetricColumns { get; } =
        Array.AsReadOnly(new[] { RowNumber, new TableColumn("Chỉ tiêu"), new TableColumn("Kết quả", TableAlignment.Right) });

    /// <summary>The header.</summary>
    public string Header { get; }

    /// <summary>How the cells are aligned.</summary>
    public TableAlignment Alignment { get; }
}
