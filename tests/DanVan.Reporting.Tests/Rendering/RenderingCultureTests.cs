using System.Globalization;

namespace DanVan.Reporting.Tests.Rendering;

/// <summary>Rendered reports are the same bytes under every current culture.</summary>
public class RenderingCultureTests
{
    private static readonly SoKetDanVanFixture s_report = new();
    private static readonly DocumentReportFixture s_party = new(DocumentReportFixture.Party);
    private static readonly DocumentReportFixture s_state = new(DocumentReportFixture.State);

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("vi-VN")]
    public void Render_UnderCulture_SameAsInvariant(string cultureName)
    {
        string[] reference = RenderAll(CultureInfo.InvariantCulture);

        string[] underCulture = RenderAll(new CultureInfo(cultureName));

        Assert.Equal(reference, underCulture);
    }

    [Fact]
    public void Render_LinesEndWithLineFeedOnly()
    {
        foreach (string output in RenderAll(CultureInfo.InvariantCulture))
        {
            Assert.DoesNotContain('\r', output);
            Assert.EndsWith("\n", output, StringComparison.Ordinal);
        }
    }

    private static string[] RenderAll(CultureInfo culture)
    {
        CultureInfo before = CultureInfo.CurrentCulture;
        CultureInfo beforeUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return
            [
                s_report.RenderText(), s_report.RenderMarkdown(), s_report.RenderHtml(),
                s_party.RenderText(), s_party.RenderMarkdown(), s_party.RenderHtml(),
                s_state.RenderText(), s_state.RenderMarkdown(), s_state.RenderHtml(),
            ];
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }
}
