namespace DanVan.Reporting;

/// <summary>
/// A report type that a superior body builds from its units' reports of the same type ("tổng hợp"): the generator
/// implements it, reflection-free, on every [Report] type one of whose members carries [RollUp].
/// </summary>
/// <typeparam name="TSelf">The report type.</typeparam>
/// <example>
/// <code>
/// RollUpResult&lt;GiaoBanQuy&gt; result = GiaoBanQuy.RollUp(new RollUpInput&lt;GiaoBanQuy&gt;(period, parts));
/// if (!result.IsSuccess) { foreach (RollUpError error in result.Errors) Console.Error.WriteLine(error); }
/// </code>
/// </example>
public interface IRollUpReport<TSelf> : IReport
    where TSelf : IRollUpReport<TSelf>
{
    /// <summary>
    /// Rolls the units' reports up into one, member by member as their [RollUp] rules say: exact sums, recomputed
    /// percentages, min/max, texts and lists gathered per unit in the input's unit order, nested records member by
    /// member, lists of records row by row. The result's period is the input's; its document block is left empty for
    /// the superior body to fill. A total that does not fit its member, or units that disagree on a
    /// <see cref="RollUpRule.Same"/> member, is an error naming the member. Never throws for bad data.
    /// </summary>
    /// <param name="input">The period and the units' reports, in unit order.</param>
    /// <returns>The rolled-up report, and the errors met.</returns>
    static abstract RollUpResult<TSelf> RollUp(RollUpInput<TSelf> input);
}
