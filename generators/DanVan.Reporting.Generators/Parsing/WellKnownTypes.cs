using Microsoft.CodeAnalysis;

namespace DanVan.Reporting.Generators.Parsing;

/// <summary>The types the parser recognises, looked up once per compilation by metadata name.</summary>
internal sealed class WellKnownTypes
{
    // One lookup per compilation, not one per report: the generator's transform runs for every report on every edit.
    // Weak keys: an old compilation and its symbols go when Roslyn drops it.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, WellKnownTypes> s_byCompilation = new();

    /// <summary>The types of <paramref name="compilation"/>, looked up once and shared by its reports.</summary>
    public static WellKnownTypes For(Compilation compilation) => s_byCompilation.GetValue(compilation, static c => new WellKnownTypes(c));

    public WellKnownTypes(Compilation compilation)
    {
        Compilation = compilation;
        ReportPeriod = compilation.GetTypeByMetadataName("DanVan.Reporting.ReportPeriod");
        LocalDate = compilation.GetTypeByMetadataName("NodaTime.LocalDate");
        IReadOnlyList = compilation.GetTypeByMetadataName("System.Collections.Generic.IReadOnlyList`1");
        IList = compilation.GetTypeByMetadataName("System.Collections.Generic.IList`1");
        List = compilation.GetTypeByMetadataName("System.Collections.Generic.List`1");
    }

    /// <summary>The compilation, for accessibility checks (never stored in a spec).</summary>
    public Compilation Compilation { get; }

    public INamedTypeSymbol? ReportPeriod { get; }

    public INamedTypeSymbol? LocalDate { get; }

    public INamedTypeSymbol? IReadOnlyList { get; }

    public INamedTypeSymbol? IList { get; }

    public INamedTypeSymbol? List { get; }

    /// <summary>
    /// Whether <paramref name="type"/> is the non-generic type of that full name ("System.ComponentModel.DataAnnotations.DisplayAttribute"):
    /// the same answer as comparing its <c>ToDisplayString()</c>, without building that string for every attribute of
    /// every member on every run.
    /// </summary>
    public static bool Is(ITypeSymbol? type, string fullName)
    {
        if (type is not INamedTypeSymbol { IsGenericType: false } named)
        {
            return false;
        }

        int end = fullName.Length;
        for (ISymbol current = named; ; current = current.ContainingSymbol)
        {
            string name = current.Name;
            int start = end - name.Length;
            if (start < 0 || string.CompareOrdinal(fullName, start, name, 0, name.Length) != 0)
            {
                return false;
            }

            ISymbol? parent = current.ContainingSymbol;
            if (parent is null or INamespaceSymbol { IsGlobalNamespace: true })
            {
                return start == 0;
            }

            if (start == 0 || fullName[start - 1] != '.' || parent is INamedTypeSymbol { IsGenericType: true })
            {
                return false;
            }

            end = start - 1;
        }
    }

    /// <summary>Attribute metadata names.</summary>
    public static class Attributes
    {
        public const string Report = "DanVan.Reporting.ReportAttribute";
        public const string Section = "DanVan.Reporting.SectionAttribute";
        public const string Percent = "DanVan.Reporting.PercentAttribute";
        public const string Money = "DanVan.Reporting.MoneyAttribute";
        public const string Quantity = "DanVan.Reporting.QuantityAttribute";
        public const string InPeriod = "DanVan.Reporting.InPeriodAttribute";
        public const string Table = "DanVan.Reporting.TableAttribute";
        public const string RollUp = "DanVan.Reporting.RollUpAttribute";
        public const string Required = "System.ComponentModel.DataAnnotations.RequiredAttribute";
        public const string Range = "System.ComponentModel.DataAnnotations.RangeAttribute";
        public const string StringLength = "System.ComponentModel.DataAnnotations.StringLengthAttribute";
        public const string MinLength = "System.ComponentModel.DataAnnotations.MinLengthAttribute";
        public const string MaxLength = "System.ComponentModel.DataAnnotations.MaxLengthAttribute";
        public const string MinCount = "DanVan.Reporting.MinCountAttribute";
        public const string MaxCount = "DanVan.Reporting.MaxCountAttribute";
        public const string RegularExpression = "System.ComponentModel.DataAnnotations.RegularExpressionAttribute";
        public const string Display = "System.ComponentModel.DataAnnotations.DisplayAttribute";
        public const string DocumentInfo = "DanVan.Reporting.DocumentInfo";
    }
}
