namespace DanVan.Reporting.Schema;

/// <summary>What a report field holds and how it is rendered.</summary>
/// <remarks>Compiled into the source generator too (linked source), so the two always agree.</remarks>
#if DANVAN_GENERATOR
internal
#else
public
#endif
enum FieldKind
{
    /// <summary>A passage of text.</summary>
    Text,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A decimal number.</summary>
    Number,

    /// <summary>A floating-point number.</summary>
    FloatingPoint,

    /// <summary>A percentage ("36,24%").</summary>
    Percent,

    /// <summary>Money in đồng ("212.000.000 đồng").</summary>
    Money,

    /// <summary>A quantity with a unit ("3.000 ha").</summary>
    Quantity,

    /// <summary>Yes or no.</summary>
    Boolean,

    /// <summary>A date (NodaTime LocalDate).</summary>
    Date,

    /// <summary>A reporting period.</summary>
    Period,

    /// <summary>A list of texts.</summary>
    TextList,

    /// <summary>A nested record (see <see cref="FieldSchema.GroupKey"/>).</summary>
    Group,

    /// <summary>A list of nested records (see <see cref="FieldSchema.GroupKey"/>).</summary>
    GroupList,
}
