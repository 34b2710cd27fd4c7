using System.Diagnostics;

namespace DanVan.Reporting;

/// <summary>
/// Renders the member as a table ("biểu số liệu", the figures table of a report) instead of a list of labelled values.
/// </summary>
/// <remarks>
/// <para>On a list of records, each item is a row and each member of the record a column, under its display name:</para>
/// <code>
/// | STT | Tên mô hình              | Số hộ tham gia |
/// | 1   | Dân vận khéo ở thôn Đăk  |         120 hộ |
/// </code>
/// <para>
/// On a single record, each member is a row of a "Chỉ tiêu | Kết quả" (indicator, result) table: the usual form for
/// the main figures of a period. Either way the writer adds the "STT" (row number) column, numbers are aligned right,
/// and null values leave an empty cell (a list) or drop their row (a record). The record's members must be single
/// values or texts (not lists or nested records): the generator reports DV0016 otherwise.
/// </para>
/// </remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
[Conditional("DANVAN_KEEP_ATTRIBUTES")]
public sealed class TableAttribute : Attribute
{
}
