using System.Globalization;
using System.Text;
using CsCheck;

namespace DanVan.Reporting.Tests.Reliability;

/// <summary>
/// The public parsers stay linear and bounded on hostile input, quote it briefly without splitting characters, read NFC
/// and NFD alike, and never throw from Try* methods.
/// </summary>
public class ParserReliabilityTests
{
    [Fact]
    public void FindIn_HalfAMegabyteOfPeriodsWithOneYear_IsLinear()
    {
        // Work is measured as allocated bytes, which machine load does not distort: four times the text must cost
        // about four times as much (the quadratic version took 13 s on the large text).
        (IReadOnlyList<ReportPeriod> small, long smallBytes) = FindInRepeated(16_384);
        (IReadOnlyList<ReportPeriod> large, long largeBytes) = FindInRepeated(65_536);

        Assert.Equal(16_385, small.Count);
        Assert.Equal(65_537, large.Count); // and "năm 2024" itself
        Assert.All(large.Take(65_536), p => Assert.Equal(ReportPeriod.Quarter(2024, 2), p));
        double ratio = (double)largeBytes / smallBytes;
        Assert.True(ratio < 6, $"4× the text allocated {ratio:0.0}× ({smallBytes} → {largeBytes} bytes)");
    }

    private static (IReadOnlyList<ReportPeriod> Periods, long Bytes) FindInRepeated(int count)
    {
        string text = string.Concat(Enumerable.Repeat("quý II, ", count)) + "năm 2024";
        long before = GC.GetAllocatedBytesForCurrentThread();
        IReadOnlyList<ReportPeriod> periods = ReportPeriod.FindIn(text);
        return (periods, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void FindIn_YearsBeforeAndAfter_TheNextOneWinsThenThePrevious()
    {
        Assert.Equal(
            [ReportPeriod.Quarter(2023, 1), ReportPeriod.Quarter(2024, 2), ReportPeriod.Quarter(2024, 3), ReportPeriod.Quarter(2024, 4)],
            ReportPeriod.FindIn("quý I năm 2023, quý II, quý III năm 2024 và quý IV"));
    }

    [Fact]
    public void TryParse_TenMegabytes_FailsAtOnceAndParseQuotesBriefly()
    {
        string text = "quý II năm 2024 " + new string('x', 10_000_000);

        // "At once" is measured as allocation, which load does not distort: tokenizing the whole input would allocate
        // far more than the 10 MB it holds; refusing it by its length allocates almost nothing.
        long before = GC.GetAllocatedBytesForCurrentThread();
        bool parsed = ReportPeriod.TryParse(text, out _);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        FormatException error = Assert.Throws<FormatException>(() => ReportPeriod.Parse(text));

        Assert.False(parsed);
        Assert.True(allocated < 64 * 1024, allocated.ToString(CultureInfo.InvariantCulture) + " bytes allocated");
        Assert.True(error.Message.Length < 1_000, error.Message.Length.ToString(CultureInfo.InvariantCulture));
        Assert.Contains("quá dài", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("quý {0}/2024")]
    [InlineData("tháng {0} năm 2024")]
    [InlineData("nhiệm kỳ 2024 - {0}")]
    public void Parse_HugeToken_MessageStaysShort(string form)
    {
        string token = form.StartsWith("quý", StringComparison.Ordinal) ? new string('I', 150) : new string('9', 150);

        FormatException error = Assert.Throws<FormatException>(() => ReportPeriod.Parse(string.Format(CultureInfo.InvariantCulture, form, token)));

        Assert.True(error.Message.Length < 700, error.Message);
    }

    [Fact]
    public void Quote_CutAtOneHundred_NeverSplitsASurrogatePairOrACombiningMark()
    {
        string emoji = new string('a', 99) + "😀 năm 2024";
        string combining = new string('a', 99) + "e\u0302\u0301 năm 2024"; // "ế" in NFD straddles the cut

        string first = Assert.Throws<FormatException>(() => ReportPeriod.Parse(emoji)).Message;
        string second = Assert.Throws<FormatException>(() => SignaturePrefix.Parse(combining)).Message;

        Assert.All(new[] { first, second }, message => Assert.True(IsWellFormed(message), message));
        Assert.Contains(new string('a', 99) + "…", first, StringComparison.Ordinal);
        Assert.Contains(new string('a', 99) + "…", second, StringComparison.Ordinal);
    }

    [Fact]
    public void NfcAndNfd_ParseTheSame_ForEveryPeriodAndDocumentNumber()
    {
        Gen<ReportPeriod> periods = Gen.Int[ReportPeriod.MinYear, ReportPeriod.MaxYear - 10].SelectMany(year => Gen.OneOf(
            Gen.Int[1, 12].Select(m => ReportPeriod.Month(year, m)),
            Gen.Int[1, 4].Select(q => ReportPeriod.Quarter(year, q)),
            Gen.Const(ReportPeriod.FirstHalf(year)),
            Gen.Const(ReportPeriod.SecondHalf(year)),
            Gen.Const(ReportPeriod.NineMonths(year)),
            Gen.Const(ReportPeriod.Year(year)),
            Gen.Int[1, 10].Select(n => ReportPeriod.Term(year, year + n))));

        periods.Sample(period =>
        {
            string nfc = period.ToString().Normalize(NormalizationForm.FormC);
            string nfd = nfc.Normalize(NormalizationForm.FormD);
            Assert.Equal(ReportPeriod.Parse(nfc), ReportPeriod.Parse(nfd));
            Assert.Equal(ReportPeriod.FindIn("kế hoạch " + nfc), ReportPeriod.FindIn("kế hoạch " + nfd));
        });

        foreach (string number in new[] { "Số 45-BC/BDVTU", "Số: 15/QĐ-BNV", "số: 05/BNV-VP", "Số: 09/2019/NĐ-CP", "SỐ 367 - QĐ/TWĐTN-VP" })
        {
            Assert.Equal(DocumentNumber.Parse(number.Normalize(NormalizationForm.FormC)), DocumentNumber.Parse(number.Normalize(NormalizationForm.FormD)));
        }
    }

    /// <summary>
    /// Bounded fuzzing of every public parser with hostile text: Try* never throws, Parse throws only FormatException
    /// with a short message. 2 000 samples by default; DANVAN_FUZZ_ITERATIONS for a long run.
    /// </summary>
    [Fact]
    public void Fuzz_EveryPublicParser_HostileText()
    {
        Gen<string> hostile = Gen.OneOf(
            Gen.String[Gen.Char["quýIVXthángnămđầucuốinhiệmkỳ0123456789 /-.,–—\0\uD800\uDC00\u0301\u0302ſıİ😀<>&\"'"], 0, 80],
            Gen.String[Gen.Char.AlphaNumeric, 0, 400],
            Gen.Const(new string('9', 5000)),
            Gen.Const(string.Concat(Enumerable.Repeat("quý II, ", 2000))));

        hostile.Sample(
            text =>
            {
                _ = ReportPeriod.TryParse(text, out _);
                _ = ReportPeriod.FindIn(text);
                _ = DocumentNumber.TryParse(text, out _);
                _ = SignaturePrefix.TryParse(text, out _);
                foreach (Action parse in new Action[] { () => ReportPeriod.Parse(text), () => DocumentNumber.Parse(text), () => SignaturePrefix.Parse(text) })
                {
                    try
                    {
                        parse();
                    }
                    catch (FormatException error)
                    {
                        Assert.True(error.Message.Length < 1_000, error.Message);
                        Assert.True(!IsWellFormed(text) || IsWellFormed(error.Message), error.Message); // the cut splits nothing
                    }
                }
            },
            iter: Iterations(2_000));
    }

    internal static long Iterations(long ciDefault) =>
        long.TryParse(Environment.GetEnvironmentVariable("DANVAN_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out long n) && n > 0 ? n : ciDefault;

    // No lone surrogate.
    private static bool IsWellFormed(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && !(i + 1 < text.Length && char.IsLowSurrogate(text[++i])))
            {
                return false;
            }

            if (char.IsLowSurrogate(text[i]) && !(i > 0 && char.IsHighSurrogate(text[i - 1])))
            {
                return false;
            }
        }

        return true;
    }
}
