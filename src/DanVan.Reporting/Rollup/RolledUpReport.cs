using System.Text.Json;
using DanVan.Reporting.Internal;
using DanVan.Reporting.Json;

namespace DanVan.Reporting;

/// <summary>
/// A rolled-up report as a document: renders (in every format) as the report itself, opened by the "Tình hình báo
/// cáo" paragraph and, when asked for, the per-unit table; its JSON, period and Validate() are the report's own.
/// Made by <see cref="RoundResult{T}.ToDocument"/>.
/// </summary>
public sealed class RolledUpReport : IJsonReport
{
    private readonly RollUpTable? _table;

    internal RolledUpReport(IReport report, string statusText, RollUpTable? table)
    {
        Report = report;
        StatusText = statusText;
        _table = table;
    }

    /// <summary>The label of the status paragraph.</summary>
    public const string StatusLabel = "Tình hình báo cáo";

    /// <summary>The rolled-up report.</summary>
    public IReport Report { get; }

    /// <summary>The "tình hình báo cáo" paragraph.</summary>
    public string StatusText { get; }

    /// <inheritdoc/>
    public ReportPeriod Period => Report.Period;

    /// <inheritdoc/>
    public ReportValidationResult Validate() => Report.Validate();

    /// <inheritdoc/>
    public void WriteTo(IReportWriter writer)
    {
        Preconditions.CheckNotNull(writer, nameof(writer));
        Report.WriteTo(new StatusWriter(writer, this));
    }

    /// <summary>Writes the rolled-up report's own JSON (the status is not part of it).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="kind">The kind id to write first, or null.</param>
    /// <exception cref="InvalidOperationException">The report type writes no JSON.</exception>
    public void WriteJson(Utf8JsonWriter writer, string? kind = null)
    {
        if (Report is not IJsonReport json)
        {
            throw new InvalidOperationException(Messages.Pick("Báo cáo tổng hợp không ghi được JSON.", "The rolled-up report writes no JSON."));
        }

        json.WriteJson(writer, kind);
    }

    // Passes every call through, and right after the report opens writes the status paragraph and the table, before
    // the report's first member: where a superior body's report says whom it was built from.
    private sealed class StatusWriter(IReportWriter inner, RolledUpReport owner) : ForwardingReportWriter(inner)
    {
        public override void BeginReport(ReportHeading heading)
        {
            Inner.BeginReport(heading);
            Inner.WriteText(StatusLabel, owner.StatusText);
            if (owner._table is { } table)
            {
                Inner.BeginTable(RollUpTable.Label, table.Columns);
                foreach (string[] row in table.Rows)
                {
                    Inner.BeginTableRow();
                    foreach (string cell in row)
                    {
                        Inner.WriteCell(cell);
                    }

                    Inner.EndTableRow();
                }

                Inner.EndTable();
            }
        }
    }
}
