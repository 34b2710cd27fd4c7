namespace DanVan.Reporting;

/// <summary>How a member of a report is rolled up ("tổng hợp") from the subordinate units' reports: see <see cref="RollUpAttribute"/>.</summary>
public enum RollUpRule
{
    /// <summary>
    /// The sum of the units' values, exact: integers and decimals are added in <see cref="decimal"/>, and a total that
    /// does not fit the member's type is an error naming the member, never a wrapped value. Units without a value
    /// (null) add nothing.
    /// </summary>
    Sum,

    /// <summary>The smallest of the units' values.</summary>
    Min,

    /// <summary>The largest of the units' values.</summary>
    Max,

    /// <summary>
    /// A percentage recomputed from the summed <see cref="RollUpAttribute.Numerator"/> and
    /// <see cref="RollUpAttribute.Denominator"/> members (both rolled up with <see cref="Sum"/>), never averaged:
    /// 100 × numerator ÷ denominator, rounded half away from zero to the member's [Percent] decimals.
    /// </summary>
    Percent,

    /// <summary>
    /// The average of the units' values weighted by the <see cref="RollUpAttribute.Weight"/> member (rolled up with
    /// <see cref="Sum"/>): Σ(value × weight) ÷ Σ weight.
    /// </summary>
    Weighted,

    /// <summary>
    /// Text, lists of texts and lists of records gathered per unit, in the round's unit order: a text becomes one line
    /// "Unit: text" per unit that wrote one; each item of a list of texts is prefixed with its unit's name; the items
    /// of a list of records are concatenated (and <see cref="RollUpAttribute.UnitMember"/>, when named, is filled with
    /// the unit's name where the item leaves it empty).
    /// </summary>
    Gather,

    /// <summary>
    /// A list of records rolled up row by row: items with the same <see cref="RollUpAttribute.Key"/> (ordinal, after
    /// trimming) become one item whose members are rolled up by their own rules; rows keep the order in which their key
    /// first appears, unit by unit.
    /// </summary>
    ByKey,

    /// <summary>The value every unit gives (units without one are skipped); units that disagree are an error.</summary>
    Same,

    /// <summary>Not rolled up: the member keeps its default, for the superior body to write itself.</summary>
    Skip,
}
