namespace DanVan.Reporting;

/// <summary>
/// The two systems of official documents in Vietnam, which write the document number, the date line and the headings
/// by different rules.
/// </summary>
public enum DocumentSystem
{
    /// <summary>
    /// Documents of the Communist Party and of organisations that follow its style (Party committees, Ban Dân vận,
    /// Đoàn, Hội Nông dân…), formatted per Hướng dẫn 36-HD/VPTW (2018) of Văn phòng Trung ương Đảng.
    /// Numbers look like "Số 45-BC/BDVTU": no colon after "Số", a hyphen between number and kind.
    /// </summary>
    Party,

    /// <summary>
    /// Documents of state bodies (ministries, people's committees…), formatted per Nghị định 30/2020/NĐ-CP on công tác
    /// văn thư. Numbers look like "Số: 15/QĐ-BNV": a colon after "Số", a slash between number and symbol.
    /// </summary>
    State,
}
