namespace DanVan.Reporting;

/// <summary>The outcome of <see cref="DocumentInfo.Validate"/>: errors, which make the document non-compliant, and warnings, which ask a person to look.</summary>
/// <remarks>
/// <para>
/// A type of its own rather than a severity on <see cref="ValidationError"/>: code that reads
/// <see cref="ReportValidationResult.Errors"/> keeps meaning "broken rules" and never has to filter out advice. Every
/// code is always an error or always a warning (see <see cref="ValidationCodes"/>). <see cref="ToResult"/> gives the
/// errors as a <see cref="ReportValidationResult"/>, for merging into a report's result.
/// </para>
/// <para>Paths are relative to the <see cref="DocumentInfo"/>: "Signature.SignerName", "Issuer.Name". Immutable.</para>
/// </remarks>
public sealed class DocumentCheck
{
    internal DocumentCheck(IReadOnlyList<ValidationError> errors, IReadOnlyList<ValidationError> warnings)
    {
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>Broken rules, in the order of the document's parts; empty when compliant.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    /// <summary>Things that are probably wrong and need a person's judgement (a form of the other system, a body that no longer exists on the document's date).</summary>
    public IReadOnlyList<ValidationError> Warnings { get; }

    /// <summary>Whether no rule is broken (warnings do not count).</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>The errors as a report validation result (<see cref="ReportValidationResult.Valid"/> when there are none).</summary>
    /// <returns>The result.</returns>
    public ReportValidationResult ToResult() => ReportValidationResult.FromErrors(Errors);

    /// <summary>One line per error, then one per warning marked as such; or "hợp lệ" / "valid".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        if (Errors.Count == 0 && Warnings.Count == 0)
        {
            return Internal.Messages.Pick("Văn bản hợp lệ.", "The document is valid.");
        }

        string warning = Internal.Messages.Pick("Cảnh báo", "Warning");
        return string.Join("\n", Errors.Select(e => e.ToString()).Concat(Warnings.Select(w => warning + " — " + w)));
    }
}
