using CsCheck;
using DanVan.Reporting;

namespace DanVan.Reporting.Tests.DocumentNumbers;

public class DocumentNumberPropertyTests
{
    private const string CodeChars = "ABCDĐEGHIKLMNOPQRSTUVXYabcđrty0123456789";

    private static readonly string[] s_stateCodes =
        DocumentKind.All.Select(k => k.StateCode).OfType<string>().ToArray();

    private static readonly Gen<string> s_code = Gen.Char[CodeChars].Array[1, 6].Select(chars => new string(chars));

    private static readonly Gen<string> s_issuer = s_code.Array[1, 3].Select(groups => string.Join('-', groups));

    private static readonly Gen<int> s_number = Gen.Int[1, DocumentNumber.MaxNumber];

    private static readonly Gen<DocumentNumber> s_party =
        Gen.Select(s_number, s_code, s_issuer, (n, kind, issuer) => DocumentNumber.Party(n, kind, issuer));

    private static readonly Gen<DocumentNumber> s_stateWithKind =
        Gen.Select(s_number, Gen.Int[0, s_stateCodes.Length - 1], s_issuer, (n, i, issuer) => DocumentNumber.State(n, s_stateCodes[i], issuer));

    private static readonly Gen<DocumentNumber> s_stateCongVan =
        Gen.Select(s_number, s_issuer.Where(issuer => !DocumentKind.TryFindByCode(issuer.Split('-')[0], DocumentSystem.State, out _)))
            .Select((n, issuer) => DocumentNumber.State(n, null, issuer));

    private static readonly Gen<DocumentNumber> s_stateLegal =
        Gen.Select(s_number, s_code, s_issuer, Gen.Int[1000, 9999], (n, kind, issuer, year) => DocumentNumber.State(n, kind, issuer, year));

    private static readonly Gen<DocumentNumber> s_stateLaw =
        Gen.Select(s_number, s_code, Gen.Int[1000, 9999], (n, issuer, year) => DocumentNumber.State(n, null, issuer, year));

    [Fact]
    public void Parse_ToStringOfPartyNumber_RoundTrips()
    {
        s_party.Sample(RoundTrips);
    }

    [Fact]
    public void Parse_ToStringOfStateNumberWithKind_RoundTrips()
    {
        s_stateWithKind.Sample(RoundTrips);
    }

    [Fact]
    public void Parse_ToStringOfStateCongVan_RoundTrips()
    {
        s_stateCongVan.Sample(RoundTrips);
    }

    [Fact]
    public void Parse_ToStringOfStateLegalDocument_RoundTrips()
    {
        s_stateLegal.Sample(RoundTrips);
        s_stateLaw.Sample(RoundTrips);
    }

    [Fact]
    public void TryParse_RandomStrings_NeverThrows()
    {
        Gen.String.Sample(
            text =>
            {
                bool parsed = DocumentNumber.TryParse(text, out DocumentNumber? number);
                Assert.Equal(parsed, number is not null);
                if (parsed)
                {
                    Assert.Equal(number, DocumentNumber.Parse(number!.ToString()));
                }
                else
                {
                    // What TryParse refuses, Parse refuses too, with a FormatException rather than any other failure.
                    Assert.Throws<FormatException>(() => DocumentNumber.Parse(text));
                }
            },
            iter: 5_000);
    }

    [Fact]
    public void TryParse_NearMissStrings_NeverThrowsAndAcceptedTextIsStable()
    {
        Gen<string> nearMiss = Gen.Char["Số:SốsoO 0123456789-/–ĐQBCđTUVrPy\u0302\u0301\t"].Array[0, 24].Select(chars => new string(chars));
        nearMiss.Sample(
            text =>
            {
                if (DocumentNumber.TryParse(text, out DocumentNumber? parsed))
                {
                    Assert.Equal(parsed, DocumentNumber.Parse(text));
                    Assert.Equal(parsed, DocumentNumber.Parse(parsed.ToString()));
                }
                else
                {
                    Assert.Throws<FormatException>(() => DocumentNumber.Parse(text));
                }
            },
            iter: 20_000);
    }

    private static void RoundTrips(DocumentNumber number)
    {
        Assert.Equal(number, DocumentNumber.Parse(number.ToString()));
        Assert.Equal(number, DocumentNumber.Parse(number.ToString(padSingleDigit: false)));
        Assert.Equal(number, DocumentNumber.Parse(number.ToCitationString()));
        Assert.Equal(number.GetHashCode(), DocumentNumber.Parse(number.ToString()).GetHashCode());
    }
}
