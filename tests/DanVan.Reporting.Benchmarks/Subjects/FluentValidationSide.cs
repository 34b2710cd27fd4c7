using FluentValidation;

namespace DanVan.Reporting.Benchmarks.Subjects;

/// <summary>FluentValidation 12 with rules equivalent to the report's attributes, validators built once and reused.</summary>
public static class FluentValidationSide
{
    /// <summary>The report's validator (thread-safe, built once, as FluentValidation recommends).</summary>
    public static SoKetValidator Validator { get; } = new();

    /// <summary>The failing members, as paths ("MoHinh[1].SoHo").</summary>
    public static IReadOnlyList<string> FailingMembers(SoKetCongTacDanVan report) =>
        [.. Validator.Validate(report).Errors.Select(e => e.PropertyName)];

    /// <summary>The rules of <see cref="SoKetCongTacDanVan"/>.</summary>
    public sealed class SoKetValidator : AbstractValidator<SoKetCongTacDanVan>
    {
        /// <summary>Declares the rules.</summary>
        public SoKetValidator()
        {
            RuleFor(x => x.Period).Must(p => p.Kind is PeriodKind.FirstHalf or PeriodKind.SecondHalf);
            RuleFor(x => x.DonVi).NotEmpty();
            RuleFor(x => x.LanhDaoChiDao).NotEmpty().Length(20, 20_000);
            RuleFor(x => x.TyLeHoNgheo).InclusiveBetween(0m, 100m);
            RuleFor(x => x.DienTichChuyenDoi).InclusiveBetween(0m, 1_000_000m);
            RuleFor(x => x.SoXaGiamNgheo).InclusiveBetween(0, 10_000);
            RuleForEach(x => x.MoHinh).SetValidator(new MoHinhValidator());
            RuleFor(x => x.NhiemVu).NotNull().Must(list => list.Count >= 1);
        }
    }

    /// <summary>The rules of one "Dân vận khéo" model.</summary>
    public sealed class MoHinhValidator : AbstractValidator<MoHinhDanVanKheo>
    {
        /// <summary>Declares the rules.</summary>
        public MoHinhValidator()
        {
            RuleFor(x => x.Ten).NotEmpty().MaximumLength(300);
            RuleFor(x => x.SoHo).InclusiveBetween(0, 100_000);
        }
    }
}
