namespace DanVan.Reporting;

/// <summary>
/// Receives a report as a stream of structured calls, in reading order, and owns all layout: a new output format is one
/// new writer. Generated <c>WriteTo</c> methods drive it; values arrive already formatted the Vietnamese way.
/// </summary>
/// <remarks>
/// The calls nest: <see cref="BeginReport"/> … <see cref="EndReport"/>; inside, sections
/// (<see cref="BeginSection"/>/<see cref="EndSection"/>), lists (<see cref="BeginList"/>/<see cref="EndList"/>) and
/// groups (<see cref="BeginGroup"/>/<see cref="EndGroup"/>, a nested record or one item of a list of records), which
/// may nest in each other, and tables (<see cref="BeginTable"/> … <see cref="EndTable"/>), which hold rows
/// (<see cref="BeginTableRow"/> … <see cref="EndTableRow"/>) of cells (<see cref="WriteCell"/>) and nothing else.
/// Members before the first section are written outside any section.
/// </remarks>
public interface IReportWriter
{
    /// <summary>Opens the report.</summary>
    /// <param name="heading">Its title and period.</param>
    void BeginReport(ReportHeading heading);

    /// <summary>Opens a numbered section ("mục"), e.g. "I" and "KẾT QUẢ THỰC HIỆN".</summary>
    /// <param name="number">The number as written.</param>
    /// <param name="title">The title, placeholders already resolved.</param>
    void BeginSection(string number, string title);

    /// <summary>Writes a passage of text under its label, e.g. the "Công tác lãnh đạo, chỉ đạo" paragraph.</summary>
    /// <param name="label">The label (the member's display name).</param>
    /// <param name="text">The text; may contain line breaks between paragraphs.</param>
    void WriteText(string label, string text);

    /// <summary>Writes a labelled value, e.g. "Tỷ lệ hộ nghèo" and "36,24%".</summary>
    /// <param name="label">The label.</param>
    /// <param name="value">The formatted value.</param>
    void WriteValue(string label, string value);

    /// <summary>Opens a list under its label.</summary>
    /// <param name="label">The label.</param>
    void BeginList(string label);

    /// <summary>Writes one item of a list of texts.</summary>
    /// <param name="text">The item.</param>
    void WriteListItem(string text);

    /// <summary>Closes the list opened last.</summary>
    void EndList();

    /// <summary>Opens a group of values: a nested record, or one item of a list of records.</summary>
    /// <param name="label">The group's label (the member's name, or the item's number in its list).</param>
    void BeginGroup(string label);

    /// <summary>Closes the group opened last.</summary>
    void EndGroup();

    /// <summary>
    /// Opens a table under its label, e.g. the figures of a period ("STT", "Chỉ tiêu", "Kết quả") or one row per item of
    /// a list of records. Rows follow; cells arrive already formatted, one per column, in column order.
    /// </summary>
    /// <param name="label">The label written above the table; empty for none.</param>
    /// <param name="columns">The columns, at least one.</param>
    void BeginTable(string label, IReadOnlyList<TableColumn> columns);

    /// <summary>Opens a row of the table opened last.</summary>
    void BeginTableRow();

    /// <summary>Writes the next cell of the row opened last; a row has at most one cell per column.</summary>
    /// <param name="text">The cell's text, already formatted; empty for an empty cell.</param>
    void WriteCell(string text);

    /// <summary>Closes the row opened last; missing cells at its end are empty.</summary>
    void EndTableRow();

    /// <summary>Closes the table opened last; a table without rows is left out, label and all.</summary>
    void EndTable();

    /// <summary>Closes the section opened last.</summary>
    void EndSection();

    /// <summary>Closes the report.</summary>
    void EndReport();
}
