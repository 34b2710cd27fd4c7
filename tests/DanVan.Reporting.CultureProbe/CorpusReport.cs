using System.Text;
using DanVan.Reporting;
using NodaTime;

namespace DanVan.Reporting.CultureProbe;

/// <summary>
/// A document whose issuer and texts hold every letter of the Basic Multilingual Plane, rendered by the text, Markdown,
/// HTML, DOCX and PDF writers: capitalising ("in hoa") must give the same bytes with ICU and with invariant globalization.
/// </summary>
internal sealed class CorpusReport(DocumentInfo document) : IReport
{
    public ReportPeriod Period => ReportPeriod.NineMonths(2025);

    public ReportValidationResult Validate() => ReportValidationResult.Valid;

    public void WriteTo(IReportWriter writer)
    {
        writer.BeginReport(new ReportHeading("báo cáo công tác dân vận", Period) { Document = document });
        writer.BeginSection("I", "PHƯƠNG HƯỚNG, NHIỆM VỤ " + Internal(Period));
        writer.WriteText("Chữ cái", AllLetters());
        writer.EndSection();
        writer.EndReport();
    }

    public static IEnumerable<DocumentInfo> Documents()
    {
        string letters = AllLetters();
        foreach (LayoutProfile profile in new[] { LayoutProfile.Party2018, LayoutProfile.State2020 })
        {
            yield return new DocumentInfo
            {
                Issuer = new IssuingBody { Parent = "tỉnh ủy ſ ı i̇ ß ǅ " + letters, Name = "ban dân vận " + letters },
                Number = profile.System == DocumentSystem.Party ? DocumentNumber.Party(45, "BC", "BDVTU") : DocumentNumber.State(3, "BC", "UBND"),
                Place = "Kon Tum",
                Date = new LocalDate(2025, 10, 2),
                KindName = "báo cáo",
                Subject = "sơ kết 9 tháng ſ",
                Signature = new Signature { Position = "trưởng ban ſ", SignerName = "Nguyễn Văn ſ" },
                Recipients = new Recipients { Lines = ["Như trên", null!], Addressees = null!, Archive = "VT" },
                Layout = profile,
            };
        }
    }

    // Every letter from U+0080 to U+FFFF (no surrogates, controls or unassigned code points), in one string.
    private static string AllLetters()
    {
        var letters = new StringBuilder();
        for (int c = 0x80; c <= 0xFFFF; c++)
        {
            if (char.IsLetter((char)c))
            {
                letters.Append((char)c);
            }
        }

        return letters.ToString();
    }

    private static string Internal(ReportPeriod period) => period.PlanningPeriod().ToString();
}
