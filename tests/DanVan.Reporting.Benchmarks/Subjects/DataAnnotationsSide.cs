using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace DanVan.Reporting.Benchmarks.Subjects;

/// <summary>
/// The DataAnnotations way, as a user writes it: <see cref="Validator.TryValidateObject(object, ValidationContext, ICollection{ValidationResult}?, bool)"/>
/// on the report (the same attributes the generator reads) and on each nested model, since DataAnnotations does not
/// walk into lists by itself.
/// </summary>
/// <remarks>
/// DataAnnotations has no rule for the report's period kind, which the generated <c>Validate()</c> checks as well; it
/// therefore does slightly less work than ours.
/// </remarks>
public static class DataAnnotationsSide
{
    /// <summary>Validates the report; returns its errors (empty when valid).</summary>
    public static List<ValidationResult> Validate(SoKetCongTacDanVan report)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(report, new ValidationContext(report), results, validateAllProperties: true);
        if (report.MoHinh is { } models)
        {
            for (int i = 0; i < models.Count; i++)
            {
                var itemResults = new List<ValidationResult>();
                if (!Validator.TryValidateObject(models[i], new ValidationContext(models[i]), itemResults, validateAllProperties: true))
                {
                    string prefix = "MoHinh[" + i.ToString(CultureInfo.InvariantCulture) + "].";
                    foreach (ValidationResult result in itemResults)
                    {
                        results.Add(new ValidationResult(result.ErrorMessage, result.MemberNames.Select(m => prefix + m)));
                    }
                }
            }
        }

        return results;
    }

    /// <summary>The failing members, as paths.</summary>
    public static IReadOnlyList<string> FailingMembers(SoKetCongTacDanVan report) =>
        [.. Validate(report).SelectMany(r => r.MemberNames)];
}
