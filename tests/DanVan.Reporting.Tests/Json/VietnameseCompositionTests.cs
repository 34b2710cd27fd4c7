using System.Text;
using CsCheck;
using DanVan.Reporting.Internal;

namespace DanVan.Reporting.Tests.Json;

/// <summary>NFD Vietnamese read from JSON comes out NFC, without relying on ICU (string.Normalize is the oracle here).</summary>
public class VietnameseCompositionTests
{
    private const string Letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";

    [Fact]
    public void EveryVietnameseLetter_Decomposed_ComposesBack()
    {
        foreach (char letter in Letters + Letters.ToUpperInvariant())
        {
            string nfd = letter.ToString().Normalize(NormalizationForm.FormD);
            Assert.Equal(letter.ToString(), VietnameseComposition.Compose(nfd));
        }
    }

    [Fact]
    public void RandomVietnameseText_ComposesLikeNormalize() =>
        Gen.String[Gen.Char[Letters + Letters.ToUpperInvariant() + " .,0123456789bcdghklmnpqrstvx"], 0, 60].Sample(text =>
        {
            string nfc = text.Normalize(NormalizationForm.FormC);
            return VietnameseComposition.Compose(nfc.Normalize(NormalizationForm.FormD)) == nfc;
        }, iter: 5_000);

    [Fact]
    public void TextWithoutMarks_IsReturnedAsIs()
    {
        string text = "Ban Dân vận";

        Assert.Same(text, VietnameseComposition.Compose(text));
    }
}
