namespace DanVan.Reporting;

/// <summary>The blocks of a report that a writer opens and closes: what <see cref="ReportWriterState"/> tracks.</summary>
internal enum ReportBlock
{
    /// <summary>A numbered section ("mục").</summary>
    Section,

    /// <summary>A list of texts or of groups.</summary>
    List,

    /// <summary>A group of values: a nested record, or one item of a list of records.</summary>
    Group,

    /// <summary>A table: rows only.</summary>
    Table,

    /// <summary>A row of a table: cells only.</summary>
    TableRow,
}
