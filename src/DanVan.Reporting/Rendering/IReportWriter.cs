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
/// <para>
/// Every writer rejects a call out of this order with <see cref="InvalidOperationException"/>, naming the call, the
/// rule and where the writer is, and a null argument with <see cref="ArgumentNullException"/>, before writing anything;
/// <see cref="ReportWriterBase"/> does this for a writer derived from it, with the same messages in every writer.
/// A writer writes one report.
/// </para>
/// </remarks>
public interface IReportWriter
{
    /// <summary>Opens the report.</summary>
    /// <param name="heading">Its title and period.</param>
    /// <exception cref="ArgumentNullException">The heading's title is null.</exception>
    /// <exception cref="InvalidOperationException">The report was already begun.</exception>
    void BeginReport(ReportHeading heading);

    /// <summary>Opens a numbered section ("mục"), e.g. "I" and "KẾT QUẢ THỰC HIỆN".</summary>
    /// <param name="number">The number as written.</param>
    /// <param name="title">The title, placeholders already resolved.</param>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> or <paramref name="title"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The report is not open, or a section, list, group or table is still open.</exception>
    void BeginSection(string number, string title);

    /// <summary>Writes a passage of text under its label, e.g. the "Công tác lãnh đạo, chỉ đạo" paragraph.</summary>
    /// <param name="label">The label (the member's display name).</param>
    /// <param name="text">The text; may contain line breaks between paragraphs.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The report is not open, or a list or table is the innermost open block.</exception>
    void WriteText(string label, string text);

    /// <summary>Writes a labelled value, e.g. "Tỷ lệ hộ nghèo" and "36,24%".</summary>
    /// <param name="label">The label.</param>
    /// <param name="value">The formatted value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> or <paramref name="value"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The report is not open, or a list or table is the innermost open block.</exception>
    void WriteValue(string label, string value);

    /// <summary>Opens a list under its label.</summary>
    /// <param name="label">The label.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The report is not open, or a list or table is the innermost open block.</exception>
    void BeginList(string label);

    /// <summary>Writes one item of a list of texts.</summary>
    /// <param name="text">The item.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No list is the innermost open block.</exception>
    void WriteListItem(string text);

    /// <summary>Closes the list opened last.</summary>
    /// <exception cref="InvalidOperationException">No list is the innermost open block.</exception>
    void EndList();

    /// <summary>Opens a group of values: a nested record, or one item of a list of records.</summary>
    /// <param name="label">The group's label (the member's name, or the item's number in its list).</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The report is not open, or a table is open.</exception>
    void BeginGroup(string label);

    /// <summary>Closes the group opened last.</summary>
    /// <exception cref="InvalidOperationException">No group is the innermost open block.</exception>
    void EndGroup();

    /// <summary>
    /// Opens a table under its label, e.g. the figures of a period ("STT", "Chỉ tiêu", "Kết quả") or one row per item of
    /// a list of records. Rows follow; cells arrive already formatted, one per column, in column order.
    /// </summary>
    /// <param name="label">The label written above the table; empty for none.</param>
    /// <param name="columns">The columns, at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> or <paramref name="columns"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="columns"/> is empty or holds null.</exception>
    /// <exception cref="InvalidOperationException">The report is not open, or a list or table is the innermost open block.</exception>
    void BeginTable(string label, IReadOnlyList<TableColumn> columns);

    /// <summary>Opens a row of the table opened last.</summary>
    /// <exception cref="InvalidOperationException">No table is the innermost open block.</exception>
    void BeginTableRow();

    /// <summary>Writes the next cell of the row opened last; a row has at most one cell per column.</summary>
    /// <param name="text">The cell's text, already formatted; empty for an empty cell.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No row is open, or the row already has a cell in every column.</exception>
    void WriteCell(string text);

    /// <summary>Closes the row opened last; missing cells at its end are empty.</summary>
    /// <exception cref="InvalidOperationException">No row is the innermost open block.</exception>
    void EndTableRow();

    /// <summary>Closes the table opened last; a table without rows is left out, label and all.</summary>
    /// <exception cref="InvalidOperationException">No table is the innermost open block.</exception>
    void EndTable();

    /// <summary>Closes the section opened last.</summary>
    /// <exception cref="InvalidOperationException">No section is the innermost open block.</exception>
    void EndSection();

    /// <summary>Closes the report.</summary>
    /// <exception cref="InvalidOperationException">The report is not open, or a section, list, group or table is still open.</exception>
    void EndReport();
}
