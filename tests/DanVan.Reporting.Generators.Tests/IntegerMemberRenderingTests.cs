using System.Reflection;

namespace DanVan.Reporting.Generators.Tests;

/// <summary>
/// Integer members render through the runtime's long overloads (ulong through the decimal ones): every integer type, at
/// its extremes, gives the text the decimal path gives, through a writer that draws spans and through one that takes strings.
/// </summary>
public class IntegerMemberRenderingTests
{
    private const string Source = """
        using System.ComponentModel.DataAnnotations;
        using DanVan.Reporting;

        namespace Reports;

        [Report(Title = "giao ban công tác dân vận", Period = PeriodKind.Quarter)]
        public partial record SoLieu
        {
            public ReportPeriod Period { get; init; }

            [Display(Name = "SByte")] public sbyte A { get; init; }
            [Quantity("hộ"), Display(Name = "Byte")] public byte B { get; init; }
            [Percent(Decimals = 1), Display(Name = "Int16")] public short C { get; init; }
            [Money, Display(Name = "UInt16")] public ushort D { get; init; }
            [Quantity("ngày công"), Display(Name = "Int32")] public int? E { get; init; }
            [Display(Name = "UInt32")] public uint F { get; init; }
            [Money, Display(Name = "Int64")] public long? G { get; init; }
            [Quantity("đồng"), Display(Name = "UInt64")] public ulong H { get; init; }
            [Percent, Display(Name = "Int64 %")] public long I { get; init; }
        }

        public static class Factory
        {
            public static IReport Low() => new SoLieu
            {
                Period = ReportPeriod.Quarter(2024, 2),
                A = sbyte.MinValue, B = byte.MinValue, C = short.MinValue, D = ushort.MinValue, E = int.MinValue,
                F = uint.MinValue, G = long.MinValue, H = ulong.MinValue, I = long.MinValue,
            };

            public static IReport High() => new SoLieu
            {
                Period = ReportPeriod.Quarter(2024, 2),
                A = sbyte.MaxValue, B = byte.MaxValue, C = short.MaxValue, D = ushort.MaxValue, E = int.MaxValue,
                F = uint.MaxValue, G = long.MaxValue, H = ulong.MaxValue, I = -1250,
            };
        }
        """;

    private static readonly Lazy<Assembly> s_reports = new(() => GeneratorHarness.CompileAndLoad(Source));

    [Theory]
    [InlineData("Low")]
    [InlineData("High")]
    public void IntegerMembers_EveryTypeAtItsExtremes_RenderAsTheDecimalPathDoes(string factory)
    {
        IReport report = GeneratorHarness.Call<IReport>(s_reports.Value, "Reports.Factory", factory);
        bool low = factory == "Low";
        string[] expected =
        [
            "- SByte: " + VietnameseNumbers.FormatExact(low ? sbyte.MinValue : sbyte.MaxValue),
            "- Byte: " + VietnameseNumbers.FormatExact(low ? byte.MinValue : byte.MaxValue) + " hộ",
            "- Int16: " + VietnameseNumbers.FormatPercent(low ? short.MinValue : short.MaxValue, 1),
            "- UInt16: " + VietnameseNumbers.FormatMoney(low ? ushort.MinValue : ushort.MaxValue),
            "- Int32: " + VietnameseNumbers.FormatExact(low ? int.MinValue : int.MaxValue) + " ngày công",
            "- UInt32: " + VietnameseNumbers.FormatExact(low ? uint.MinValue : uint.MaxValue),
            "- Int64: " + VietnameseNumbers.FormatMoney(low ? long.MinValue : long.MaxValue),
            "- UInt64: " + VietnameseNumbers.FormatExact(low ? ulong.MinValue : ulong.MaxValue) + " đồng",
            "- Int64 %: " + VietnameseNumbers.FormatPercent(low ? long.MinValue : -1250),
        ];

        string text = report.RenderText();
        foreach (string line in expected)
        {
            Assert.Contains(line + "\n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        }

        // A writer that is not a ReportWriterBase gets every value as a string: the same values.
        var strings = new RecordingWriter();
        report.WriteTo(strings);
        Assert.Equal(
            expected.Select(line => "WriteValue(" + line[2..].Replace(": ", ", ", StringComparison.Ordinal) + ")"),
            strings.Calls.Where(call => call.StartsWith("WriteValue(", StringComparison.Ordinal)));
    }

    [Fact]
    public void IntegerMembers_EmitTheLongOverloads_AndUlongTheDecimalOnes()
    {
        string source = string.Concat(GeneratorHarness.Generate(GeneratorHarness.Compile(Source)).Result.GeneratedTrees.Select(tree => tree.ToString()));
        Assert.Contains("WriteQuantity(writer, \"Int32\", (long)v_E, \"ngày công\")", source, StringComparison.Ordinal);
        Assert.Contains("WritePercent(writer, \"Int16\", (long)v_C, 1)", source, StringComparison.Ordinal);
        Assert.Contains("WriteMoney(writer, \"Int64\", (long)v_G)", source, StringComparison.Ordinal);
        Assert.Contains("WriteNumber(writer, \"SByte\", (long)v_A)", source, StringComparison.Ordinal);
        Assert.Contains("WriteQuantity(writer, \"UInt64\", (decimal)v_H, \"đồng\")", source, StringComparison.Ordinal);
    }
}
