namespace DanVan.Reporting;

/// <summary>How the cells of a table column are aligned.</summary>
public enum TableAlignment
{
    /// <summary>Flush left: texts.</summary>
    Left,

    /// <summary>Centred: row numbers ("STT").</summary>
    Center,

    /// <summary>Flush right: numbers, amounts, percentages.</summary>
    Right,
}
