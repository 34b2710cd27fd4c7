using DanVan.Reporting;
using DanVan.Reporting.Internal;

namespace DanVan.Reporting.Tests.DocumentNumbers;

public class DocumentNumberParsingTests
{
    [Theory]
    [InlineData("Số 36-HD/VPTW")] // B1
    [InlineData("Số 127-QĐ/TW")] // B2
    [InlineData("Số 24-BS/UBKTTU")] // B3
    [InlineData("Số 45-BC/BDVTU")] // B4
    [InlineData("Số 05-BC/BDVTU")] // B5
    [InlineData("Số: 15/QĐ-BNV")] // B6
    [InlineData("Số: 05/BNV-VP")] // B7
    [InlineData("Số: 12/UBND-VX")] // B8
    [InlineData("Số: 03/BC-UBND")] // B9
    [InlineData("Số: 09/2019/NĐ-CP")]
    [InlineData("Số: 45/2019/QH14")]
    public void Parse_CanonicalVector_RoundTripsToSameText(string text)
    {
        Assert.Equal(text, DocumentNumber.Parse(text).ToString());
    }

    [Fact]
    public void Parse_PartyVector_GivesPartyNumber()
    {
        Assert.Equal(DocumentNumber.Party(45, "BC", "BDVTU"), DocumentNumber.Parse("Số 45-BC/BDVTU"));
        Assert.Equal(DocumentNumber.Party(5, "BC", "BDVTU"), DocumentNumber.Parse("Số 05-BC/BDVTU"));
    }

    [Fact]
    public void Parse_StateVectors_GiveStateNumbers()
    {
        Assert.Equal(DocumentNumber.State(15, "QĐ", "BNV"), DocumentNumber.Parse("Số: 15/QĐ-BNV"));
        Assert.Equal(DocumentNumber.State(3, "BC", "UBND"), DocumentNumber.Parse("Số: 03/BC-UBND"));
        Assert.Equal(DocumentNumber.State(9, "NĐ", "CP", 2019), DocumentNumber.Parse("Số: 09/2019/NĐ-CP"));
    }

    [Fact]
    public void Parse_StateCongVan_HasNoKindCode()
    {
        DocumentNumber number = DocumentNumber.Parse("Số: 05/BNV-VP");
        Assert.Equal(DocumentSystem.State, number.System);
        Assert.Null(number.KindCode);
        Assert.Null(number.Year);
        Assert.Equal("BNV-VP", number.IssuerCode);
        Assert.Equal(DocumentNumber.State(5, null, "BNV-VP"), number);
    }

    [Fact]
    public void Parse_PartyShapeWithColon_IsPartyAndPrintsWithoutColon()
    {
        DocumentNumber number = DocumentNumber.Parse("Số: 66-QĐ/TW");
        Assert.Equal(DocumentSystem.Party, number.System);
        Assert.Equal("Số 66-QĐ/TW", number.ToString());
    }

    [Theory]
    [InlineData("367 - QĐ/TWĐTN-VP", "Số 367-QĐ/TWĐTN-VP")] // spaces around the hyphen, no "Số"
    [InlineData("Số 367 - QĐ / TWĐTN - VP", "Số 367-QĐ/TWĐTN-VP")]
    [InlineData("số 45-BC/BDVTU", "Số 45-BC/BDVTU")]
    [InlineData("SỐ 45-BC/BDVTU", "Số 45-BC/BDVTU")]
    [InlineData("So 45-BC/BDVTU", "Số 45-BC/BDVTU")] // typed without accents
    [InlineData("So\u0302\u0301 45-BC/BDVTU", "Số 45-BC/BDVTU")] // NFD "Số"
    [InlineData("So\u0302\u0301: 15/QĐ-BNV", "Số: 15/QĐ-BNV")] // NFD "Số:"
    [InlineData("Số45-BC/BDVTU", "Số 45-BC/BDVTU")]
    [InlineData("Số 5-BC/BDVTU", "Số 05-BC/BDVTU")] // unpadded Party number
    [InlineData("Số 007-BC/BDVTU", "Số 07-BC/BDVTU")] // extra zeros
    [InlineData("Số 45–BC/BDVTU", "Số 45-BC/BDVTU")] // en dash
    [InlineData("\u00a0 Số 45-BC/BDVTU \t", "Số 45-BC/BDVTU")] // surrounding white space
    [InlineData("Số 45-ctr/BDVTU", "Số 45-CTr/BDVTU")] // known code in another case
    [InlineData("Số:15/QĐ-BNV", "Số: 15/QĐ-BNV")]
    [InlineData("Số 15/QĐ-BNV", "Số: 15/QĐ-BNV")] // state shape without colon
    [InlineData("15/QĐ-BNV", "Số: 15/QĐ-BNV")]
    [InlineData("Số : 15 / QĐ - BNV", "Số: 15/QĐ-BNV")]
    [InlineData("Số: 5/BNV-VP", "Số: 05/BNV-VP")]
    [InlineData("Số: 9 / 2019 / NĐ - CP", "Số: 09/2019/NĐ-CP")]
    [InlineData("Số: 12/qyđ-UBND", "Số: 12/QyĐ-UBND")]
    public void Parse_TolerantInput_GivesCanonicalForm(string text, string expected)
    {
        Assert.Equal(expected, DocumentNumber.Parse(text).ToString());
        Assert.True(DocumentNumber.TryParse(text, out DocumentNumber? parsed));
        Assert.Equal(expected, parsed.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Số")]
    [InlineData("Số:")]
    [InlineData("Số 0-BC/X")]
    [InlineData("Số: 00/BNV-VP")]
    [InlineData("abc")]
    [InlineData("Số 1000000-BC/X")]
    [InlineData("Số 99999999999999999999-BC/X")]
    [InlineData("Số 45")]
    [InlineData("Số 45 BC/X")]
    [InlineData("Số 45-BC")]
    [InlineData("Số 45-BC/")]
    [InlineData("Số 45-/BDVTU")]
    [InlineData("Số 45-B C/BDVTU")]
    [InlineData("Số 45-BC/BDVTU/X")]
    [InlineData("Số 45-BC/BDV--TU")]
    [InlineData("Số: 15/")]
    [InlineData("Số: 15/QĐ-")]
    [InlineData("Số: 15/QĐ-BNV, ngày 05/01/2020")]
    [InlineData("Số: 09/0999/NĐ-CP")]
    [InlineData("Sốp 45-BC/BDVTU")]
    [InlineData("-45-BC/BDVTU")]
    [InlineData("٤٥-BC/BDVTU")] // Arabic-Indic digits are not document numbers
    public void Parse_BadInput_ThrowsFormatExceptionQuotingInputAndListingForms(string text)
    {
        var ex = Assert.Throws<FormatException>(() => DocumentNumber.Parse(text));
        Assert.Contains(Messages.Quote(text), ex.Message, StringComparison.Ordinal);
        AssertListsAcceptedForms(ex.Message);
        Assert.False(DocumentNumber.TryParse(text, out DocumentNumber? result));
        Assert.Null(result);
    }

    [Fact]
    public void Parse_TenKilobytesOfGarbage_QuotesOnlyFirstHundredCharacters()
    {
        var random = new Random(20240315);
        char[] chars = new char[10 * 1024];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(0x20, 0x3000);
        }

        string garbage = new(chars);
        var ex = Assert.Throws<FormatException>(() => DocumentNumber.Parse(garbage));
        Assert.Contains("\"" + garbage[..100] + "…\"", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(garbage[..101], ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Length < 1000, "the message stays short");
        AssertListsAcceptedForms(ex.Message);
        Assert.False(DocumentNumber.TryParse(garbage, out _));
    }

    [Fact]
    public void Parse_GarbageAfterValidPrefix_QuotesInputCut()
    {
        string text = "Số 45-BC/BDVTU " + new string('x', 200);
        var ex = Assert.Throws<FormatException>(() => DocumentNumber.Parse(text));
        Assert.Contains(Messages.Quote(text), ex.Message, StringComparison.Ordinal);
        Assert.Contains("…", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => DocumentNumber.Parse(null!)).ParamName);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(DocumentNumber.TryParse(null, out DocumentNumber? result));
        Assert.Null(result);
    }

    [Fact]
    public void Parse_StateFirstGroupNotAKindCode_IsCongVanIssuer()
    {
        DocumentNumber number = DocumentNumber.Parse("Số: 12/UBND-VX");
        Assert.Null(number.KindCode);
        Assert.Equal("UBND-VX", number.IssuerCode);
    }

    [Fact]
    public void Parse_StateWithYear_FirstGroupIsKindEvenIfNotInTable()
    {
        DocumentNumber number = DocumentNumber.Parse("Số: 01/2020/TT-BNV");
        Assert.Equal(2020, number.Year);
        Assert.Equal("TT", number.KindCode);
        Assert.Equal("BNV", number.IssuerCode);
    }

    private static void AssertListsAcceptedForms(string message)
    {
        Assert.Contains("Số 45-BC/BDVTU", message, StringComparison.Ordinal);
        Assert.Contains("Số: 15/QĐ-BNV", message, StringComparison.Ordinal);
        Assert.Contains("Số: 05/BNV-VP", message, StringComparison.Ordinal);
        Assert.Contains("Số: 09/2019/NĐ-CP", message, StringComparison.Ordinal);
    }
}
