using Microsoft.CodeAnalysis;

namespace DanVan.Reporting.Generators.Diagnostics;

/// <summary>
/// Every diagnostic of DanVan SDK. Ids are stable and never reused (see AnalyzerReleases.Shipped.md); each has a page
/// under docs/diagnostics/. Errors are mistakes that stop a report from being generated; warnings are declarations the
/// generator must ignore; info marks a rule that can never fail.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Usage = "DanVan.Usage";
    private const string Validation = "DanVan.Validation";
    private const string Rendering = "DanVan.Rendering";

    public static readonly DiagnosticDescriptor ReportMustBePartial = Create(
        "DV0001", "Report type must be partial", "Report type '{0}' must be declared partial (and so must every type that contains it) so that its Validate, WriteTo and IReport members can be generated", Usage, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MissingPeriodProperty = Create(
        "DV0002", "Report has no public ReportPeriod Period property", "Report type '{0}' must have a public readable property 'ReportPeriod Period' (the period the report covers)", Usage, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnsupportedMemberType = Create(
        "DV0003", "Member type is not supported", "Member '{0}' of type '{1}' is neither validated nor rendered: supported are text, numbers, bool, LocalDate, ReportPeriod, records and lists (IReadOnlyList<T>, IList<T>, List<T>, T[]) of these", Usage, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ContradictoryConstraints = Create(
        "DV0004", "Contradictory constraints", "Member '{0}': [{1}] has a minimum ({2}) greater than its maximum ({3}), so no value can pass", Validation, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor FormatOnNonNumeric = Create(
        "DV0005", "Number format on a member that is not a number", "Member '{0}' of type '{1}' cannot be [{2}]: only numeric members (int, long, decimal, double …) can be rendered as a percentage, money or a quantity", Rendering, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InPeriodOnNonDate = Create(
        "DV0006", "[InPeriod] on a member that is not a date", "Member '{0}' of type '{1}' cannot be [InPeriod]: only NodaTime.LocalDate members can be checked against the report's period", Validation, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownTitlePlaceholder = Create(
        "DV0007", "Unknown placeholder in a title", "Title \"{0}\" uses the unknown placeholder '{{{1}}}': use {{period}}, {{next}} or {{year}}", Rendering, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidPattern = Create(
        "DV0008", "Invalid regular expression", "Member '{0}': the pattern \"{1}\" of [RegularExpression] is not a valid regular expression: {2}", Validation, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor GenericReport = Create(
        "DV0009", "Report type cannot be generic", "Report type '{0}' cannot be generic: a report's members and rules must be known at compile time", Usage, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ConflictingMember = Create(
        "DV0010", "Member conflicts with a generated member", "Report type '{0}' already declares '{1}', which the generator writes; remove or rename it", Usage, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ConflictingFormats = Create(
        "DV0011", "More than one number format", "Member '{0}' has more than one of [Percent], [Money] and [Quantity]; keep one", Rendering, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor RuleNeverFails = Create(
        "DV0012", "Rule can never fail", "Member '{0}': [{1}] on a '{2}' can never fail and is ignored", Validation, DiagnosticSeverity.Info, WellKnownDiagnosticTags.Unnecessary);

    public static readonly DiagnosticDescriptor EmptySection = Create(
        "DV0013", "Section without number or title", "Member '{0}': [Section] needs a number and a title, e.g. [Section(\"I\", \"KẾT QUẢ THỰC HIỆN\")]", Rendering, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor RuleOnWrongType = Create(
        "DV0014", "Rule does not apply to the member's type", "Member '{0}' of type '{1}' cannot have [{2}]: it applies to {3}", Validation, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidRuleArgument = Create(
        "DV0015", "Invalid rule argument", "Member '{0}': [{1}] has an invalid argument: {2}", Validation, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidTable = Create(
        "DV0016", "Member cannot be rendered as a table", "Member '{0}' cannot be [Table]: {1}", Rendering, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidLength = Create(
        "DV0017", "Length that DataAnnotations refuses", "Member '{0}': [{1}({2})] cannot be used: {3}", Validation, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidRangeBounds = Create(
        "DV0018", "Range bounds that cannot be used", "Member '{0}': the bounds of [Range] cannot be used: {1}", Validation, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidMatchTimeout = Create(
        "DV0019", "Invalid regular expression timeout", "Member '{0}': MatchTimeoutInMilliseconds = {1} is not a timeout Regex accepts: use -1 (no timeout) or 1 to 2147483646 milliseconds", Validation, DiagnosticSeverity.Error);

    /// <summary>Where each id's page lives: docs/diagnostics/DVxxxx.md in the repository, also shipped with the package.</summary>
    public const string HelpLinkBase = "https://github.com/danvan-sdk/DanVanSdk/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor NotReadableFromJson = Create(
        "DV0030", "Report cannot be read from JSON", "Report type '{0}' gets no ReadJson, WriteJson or GetJsonSchema: {1}", Usage, DiagnosticSeverity.Warning);
    // Reliability (DV0020–DV0029): declarations the generator cannot turn into code that compiles or keeps every value.

    public static readonly DiagnosticDescriptor InaccessibleGetter = Create(
        "DV0020", "Member cannot be read by the generated code", "Member '{0}' is neither validated nor rendered: its getter is not accessible from the report '{1}'; make the getter public (or internal)", Usage, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor FileLocalReport = Create(
        "DV0021", "Report type cannot be file-local", "Report type '{0}' cannot be declared 'file': its generated members live in another file, which cannot see a file-local type", Usage, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor RefStructReport = Create(
        "DV0022", "Report type cannot be a ref struct", "Report type '{0}' cannot be a ref struct: a report is used through the IReport interface, which a ref struct cannot be converted to", Usage, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UndefinedEnumValue = Create(
        "DV0023", "Undefined enum value", "'{0}' = {1} is not a defined {2} value: use one of {3}", Usage, DiagnosticSeverity.Error);

    // Roll-up (DV0035–DV0044): [RollUp] rules that the generated RollUp could not honour.

    public static readonly DiagnosticDescriptor RollUpRuleMissing = Create(
        "DV0035", "Required member has no roll-up rule", "Member '{0}' is required but has no [RollUp] rule, so the rolled-up report would leave it empty: add one (Sum, Gather, Same …) or [RollUp(RollUpRule.Skip)] to leave it to the superior body", Usage, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor RollUpRuleOnWrongType = Create(
        "DV0036", "Roll-up rule does not apply to the member's type", "Member '{0}' of type '{1}' cannot be rolled up with {2}: it applies to {3}", Usage, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor RollUpArgumentMissing = Create(
        "DV0037", "Roll-up rule lacks a member it needs", "Member '{0}': [RollUp(RollUpRule.{1})] needs {2} = nameof(…)", Usage, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor RollUpUnknownMember = Create(
        "DV0038", "Roll-up rule names a member it cannot use", "Member '{0}': [RollUp(RollUpRule.{1})] has {2} = \"{3}\", which cannot be used: {4}", Usage, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor RollUpNotBuildable = Create(
        "DV0039", "Report cannot be rolled up", "Report type '{0}' has [RollUp] rules but gets no RollUp: {1}", Usage, DiagnosticSeverity.Warning);

    // The help text points to the page of the id in the repository's docs/diagnostics folder, shipped with the package.
    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, params string[] tags) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, description: title + ". See docs/diagnostics/" + id + ".md for examples of the mistake and its fix.", helpLinkUri: HelpLinkBase + id + ".md", customTags: tags);
}
