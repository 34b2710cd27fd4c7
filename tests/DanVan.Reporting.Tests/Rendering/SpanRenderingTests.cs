using System.Globalization;
using CsCheck;
using DanVan.Reporting.Rendering;
using DanVan.Reporting.Tests.Numbers;

namespace DanVan.Reporting.Tests.Rendering;

/// <summary>
/// The render paths that write without a string per value (numbers formatted into spans, text escaped as it is
/// written, paragraphs walked as slices) give exactly what the string paths give.
/// </summary>
public class SpanRenderingTests
{
    // Characters that exercise every rule: escapes, runs of spaces, line breaks, pairs and unpaired surrogates.
    private static readonly Gen<string> s_text =
        Gen.OneOf(Gen.Char[" &<>\"'aĐ\u00A0\r\n\u2028\t\uD83D\uDE00\uD800\uDC00x"], Gen.Char).Array[0, 80].Select(chars => new string(chars));

    [Fact]
    public void NumberWriter_AnyDecimal_SameAsInvariantDigitsWithVietnameseSeparators() =>
        Gen.Select(Gen.Decimal, Gen.Int[0, 10]).Sample((value, decimals) =>
        {
            decimal rounded = decimal.Round(value, decimals, MidpointRounding.AwayFromZero);
            Assert.Equal(NumberOracle.Format(rounded, decimals), VietnameseNumbers.Format(value, decimals));
            int exact = VietnameseNumberWriter.SignificantDecimals(value);
            Assert.Equal(NumberOracle.Format(value, exact), VietnameseNumbers.FormatExact(value));
        }, iter: 5000);

    [Theory]
    [InlineData("0", 0, "0")]
    [InlineData("-0.001", 2, "0,00")]
    [InlineData("0.05", 2, "0,05")]
    [InlineData("-1250000.5", 2, "-1.250.000,50")]
    [InlineData("79228162514264337593543950335", 0, "79.228.162.514.264.337.593.543.950.335")]
    public void NumberWriter_Edges(string value, int decimals, string expected) =>
        Assert.Equal(expected, VietnameseNumbers.Format(decimal.Parse(value, CultureInfo.InvariantCulture), decimals));

    [Fact]
    public void HtmlTextWrite_AnyText_SameAsEncode() =>
        s_text.Sample(text =>
        {
            using var output = new PooledStringWriter();
            HtmlText.Write(output, text);
            Assert.Equal(HtmlText.Encode(text), output.ToString());
        }, iter: 5000);

    [Fact]
    public void FirstToChange_LongText_VectorScanSameAsCharacterScan() =>
        Gen.OneOf(Gen.Char[" &<>\"'aĐ\u00A0\uD83D\uDE00\uD800\uDC00x"], Gen.Char['a', 'z']).Array[0, 300].Select(chars => new string(chars)).Sample(text =>
            Assert.Equal(HtmlText.FirstToChangeShort(text), HtmlText.FirstToChange(text)), iter: 5000);

    [Fact]
    public void FirstToChangeShort_AnyText_TheRuleCharacterByCharacter() =>
        Gen.Select(
            Gen.OneOf(Gen.Char[" &<>\"'aĐ\u00A0\t\r\n\u0085\u2028\u2029\u202A\u007F\u0080\uD83D\uDE00\uD800\uDC00x"], Gen.Char).Array[0, 60],
            Gen.Bool).Sample((chars, lineBreaks) =>
            Assert.Equal(FirstToChangeByRule(chars, lineBreaks), HtmlText.FirstToChangeShort(new string(chars), lineBreaks)), iter: 20000);

    // The rule, one character at a time: an escaped character, a line break (when asked), the second space of a run,
    // or a surrogate that is not part of a pair.
    private static int FirstToChangeByRule(char[] text, bool lineBreaks)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if ("&<>\"'".Contains(c, StringComparison.Ordinal)
                || (lineBreaks && "\n\r\u0085\u2028\u2029".Contains(c, StringComparison.Ordinal))
                || (c == ' ' && i > 0 && text[i - 1] == ' ')
                || char.IsLowSurrogate(c))
            {
                return i;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return -1;
    }

    [Fact]
    public void EnumerateParagraphs_AnyText_SameAsParagraphs() =>
        s_text.Sample(text =>
        {
            var slices = new List<string>();
            foreach (ReadOnlySpan<char> paragraph in ReportText.EnumerateParagraphs(text))
            {
                slices.Add(paragraph.ToString());
            }

            Assert.Equal(ReportText.Paragraphs(text), slices);
        }, iter: 5000);

    [Fact]
    public void WriteValueMethods_AnyValueAndUnit_SameOutputAsTheStringPath() =>
        Gen.Select(Gen.Decimal, Gen.Int[-2, 12], Gen.OneOf(s_text, Gen.Const("ha"), Gen.Const(new string('x', 70)))).Sample((value, decimals, unit) =>
        {
            foreach (WriterKind kind in Enum.GetValues<WriterKind>())
            {
                string direct = Render(kind, writer => Values(writer, value, decimals, unit));
                string viaStrings = Render(kind, writer => Values(new StringsOnly(writer), value, decimals, unit));
                Assert.Equal(viaStrings, direct);
            }
        }, iter: 300);

    [Fact]
    public void WriteValueMethods_OutOfOrder_SameErrorAsWriteValue()
    {
        var writer = new HtmlReportWriter(TextWriter.Null);
        var expected = Assert.Throws<InvalidOperationException>(() => writer.WriteValue("Số hộ", "3"));
        var actual = Assert.Throws<InvalidOperationException>(() => FieldFormatting.WriteNumber(writer, "Số hộ", 3m));
        Assert.Equal(expected.Message, actual.Message);
        Assert.Throws<ArgumentNullException>(() => FieldFormatting.WritePercent(Begun(), null!, 3m, 2));
    }

    [Theory]
    [InlineData(DanVan.Reporting.Schema.FieldKind.Integer, TableAlignment.Right)]
    [InlineData(DanVan.Reporting.Schema.FieldKind.Number, TableAlignment.Right)]
    [InlineData(DanVan.Reporting.Schema.FieldKind.FloatingPoint, TableAlignment.Right)]
    [InlineData(DanVan.Reporting.Schema.FieldKind.Percent, TableAlignment.Right)]
    [InlineData(DanVan.Reporting.Schema.FieldKind.Money, TableAlignment.Right)]
    [InlineData(DanVan.Reporting.Schema.FieldKind.Quantity, TableAlignment.Right)]
    [InlineData(DanVan.Reporting.Schema.FieldKind.Text, TableAlignment.Left)]
    [InlineData(DanVan.Reporting.Schema.FieldKind.Date, TableAlignment.Left)]
    [InlineData(DanVan.Reporting.Schema.FieldKind.Boolean, TableAlignment.Left)]
    [InlineData(DanVan.Reporting.Schema.FieldKind.Period, TableAlignment.Left)]
    public void TableColumnFor_NumbersRight_OthersLeft(DanVan.Reporting.Schema.FieldKind kind, TableAlignment expected)
    {
        Assert.Equal(expected, TableColumn.AlignmentFor(kind));
        Assert.Equal(new TableColumn("Cột", expected), TableColumn.For("Cột", kind));
    }

    private static HtmlReportWriter Begun()
    {
        var writer = new HtmlReportWriter(TextWriter.Null);
        writer.BeginReport(new ReportHeading("giao ban", ReportPeriod.Quarter(2024, 2)));
        return writer;
    }

    private static void Values(IReportWriter writer, decimal value, int decimals, string unit)
    {
        writer.BeginReport(new ReportHeading("giao ban công tác dân vận", ReportPeriod.Quarter(2024, 2)));
        FieldFormatting.WriteNumber(writer, "Số", value);
        FieldFormatting.WritePercent(writer, "Tỷ lệ", value, decimals);
        FieldFormatting.WriteMoney(writer, "Kinh phí", value);
        FieldFormatting.WriteQuantity(writer, "Diện tích", value, unit);
        writer.EndReport();
    }

    private static string Render(WriterKind kind, Action<IReportWriter> script)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        script(kind switch
        {
            WriterKind.Text => new TextReportWriter(output),
            WriterKind.Markdown => new MarkdownReportWriter(output),
            _ => new HtmlReportWriter(output),
        });
        return output.ToString();
    }

    /// <summary>Hides the writer's base class, so that FieldFormatting takes the string path.</summary>
    private sealed class StringsOnly(IReportWriter inner) : ForwardingReportWriter(inner);
}
