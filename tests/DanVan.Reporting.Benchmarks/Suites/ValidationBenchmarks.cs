using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DanVan.Reporting.Benchmarks.Subjects;

namespace DanVan.Reporting.Benchmarks.Suites;

/// <summary>
/// Validating a seed-sized report, valid and invalid: the generated <c>Validate()</c> against
/// <c>Validator.TryValidateObject</c> with the same attributes and against FluentValidation 12 with equivalent rules.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ValidationBenchmarks
{
    private readonly SoKetCongTacDanVan _valid = Inputs.Valid;
    private readonly SoKetCongTacDanVan _invalid = Inputs.Invalid;

    /// <summary>Ours, valid report.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("valid")]
    public ReportValidationResult Generated_Valid() => _valid.Validate();

    /// <summary>DataAnnotations, valid report.</summary>
    [Benchmark, BenchmarkCategory("valid")]
    public int DataAnnotations_Valid() => DataAnnotationsSide.Validate(_valid).Count;

    /// <summary>FluentValidation, valid report.</summary>
    [Benchmark, BenchmarkCategory("valid")]
    public bool FluentValidation_Valid() => FluentValidationSide.Validator.Validate(_valid).IsValid;

    /// <summary>Ours, invalid report (four errors with Vietnamese messages).</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("invalid")]
    public ReportValidationResult Generated_Invalid() => _invalid.Validate();

    /// <summary>DataAnnotations, invalid report.</summary>
    [Benchmark, BenchmarkCategory("invalid")]
    public int DataAnnotations_Invalid() => DataAnnotationsSide.Validate(_invalid).Count;

    /// <summary>FluentValidation, invalid report.</summary>
    [Benchmark, BenchmarkCategory("invalid")]
    public bool FluentValidation_Invalid() => FluentValidationSide.Validator.Validate(_invalid).IsValid;

    /// <summary>Ours, invalid report, every error's message read (as a user who shows them does).</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("invalid-messages")]
    public int Generated_InvalidMessages()
    {
        int length = 0;
        foreach (ValidationError error in _invalid.Validate().Errors)
        {
            length += error.Message.Length;
        }

        return length;
    }

    /// <summary>DataAnnotations, invalid report, every error's message read.</summary>
    [Benchmark, BenchmarkCategory("invalid-messages")]
    public int DataAnnotations_InvalidMessages()
    {
        int length = 0;
        foreach (System.ComponentModel.DataAnnotations.ValidationResult error in DataAnnotationsSide.Validate(_invalid))
        {
            length += error.ErrorMessage!.Length;
        }

        return length;
    }

    /// <summary>FluentValidation, invalid report, every error's message read.</summary>
    [Benchmark, BenchmarkCategory("invalid-messages")]
    public int FluentValidation_InvalidMessages()
    {
        int length = 0;
        foreach (FluentValidation.Results.ValidationFailure error in FluentValidationSide.Validator.Validate(_invalid).Errors)
        {
            length += error.ErrorMessage.Length;
        }

        return length;
    }
}
