namespace DanVan.Reporting;

/// <summary>The outcome of validating a report: valid, or the list of broken rules.</summary>
/// <remarks>
/// Named so as not to clash with <c>System.ComponentModel.DataAnnotations.ValidationResult</c>, which report files
/// import too. A valid result is a shared instance: validating a valid report allocates nothing. Immutable.
/// </remarks>
public sealed class ReportValidationResult
{
    private ReportValidationResult(IReadOnlyList<ValidationError> errors) => Errors = errors;

    /// <summary>The result of a report that breaks no rule.</summary>
    public static ReportValidationResult Valid { get; } = new(Array.Empty<ValidationError>());

    /// <summary>Whether the report breaks no rule.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>The broken rules, in the order of the report's members; empty when valid.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    /// <summary>A result with the given errors (<see cref="Valid"/> when there are none).</summary>
    /// <param name="errors">The errors.</param>
    /// <returns>The result.</returns>
    public static ReportValidationResult FromErrors(IEnumerable<ValidationError> errors)
    {
        ValidationError[] list = [.. errors];
        return list.Length == 0 ? Valid : new ReportValidationResult(Array.AsReadOnly(list));
    }

    // The context's own list, copied once into the result's array (the context may still be added to).
    internal static ReportValidationResult FromList(List<ValidationError> errors) =>
        errors.Count == 0 ? Valid : new ReportValidationResult(Array.AsReadOnly(errors.ToArray()));

    /// <summary>One line per error, or "hợp lệ" / "valid".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        IsValid ? Internal.Messages.Pick("Báo cáo hợp lệ.", "The report is valid.") : string.Join("\n", Errors);
}
