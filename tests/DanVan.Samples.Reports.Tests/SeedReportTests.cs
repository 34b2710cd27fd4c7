using DanVan.Reporting;
using DanVan.Reporting.Docx;
using DanVan.Reporting.Pdf;
using DanVan.Reporting.Testing;
using DanVan.Samples.Reports;
using DanVan.Samples.Reports.Reports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace DanVan.Samples.Reports.Tests;

/// <summary>
/// The seed reports of the main job in every format; those issued as documents also in the other layout profile, so
/// that both the Party (36-HD/VPTW) and the State (Nghị định 30/2020) layouts are covered by real reports.
/// </summary>
public class SeedReportTests
{
    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach ((string file, IReport report) in SeedReports.All)
        {
            cases.Add(file, "default");
            if (DocumentOf(report) is not null)
            {
                cases.Add(file, "state2020");
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_TextMarkdownHtml_MatchSnapshots(string file, string layout)
    {
        IReport report = Report(file, layout);

        Assert.True(report.Validate().IsValid, report.Validate().ToString());
        Snapshot.Verify(report.RenderText(), "txt", file + "_" + layout);
        Snapshot.Verify(report.RenderMarkdown(), "md", file + "_" + layout);
        Snapshot.Verify(report.RenderHtml(), "html", file + "_" + layout);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RenderDocx_IsValidAndItsTextMatchesTheSnapshot(string file, string layout)
    {
        byte[] docx = Report(file, layout).RenderDocx();

        using (var stream = new MemoryStream(docx))
        using (WordprocessingDocument document = WordprocessingDocument.Open(stream, isEditable: false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(document));
        }

        // Compared by text and structure (page, margins, fonts, alignment, bold, tables and their borders, headers), not zip bytes.
        Snapshot.VerifyDocx(docx, file + "_" + layout);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RenderPdf_MatchesTheSnapshot_AndGivesBackTheReportsText(string file, string layout)
    {
        IReport report = Report(file, layout);
        var warnings = new List<string>();
        byte[] pdf = report.RenderPdf(new PdfReportWriterOptions { OnWarning = warnings.Add });

        Assert.Empty(warnings); // every character of the seeds is in Liberation Serif
        Assert.Equal(pdf, report.RenderPdf());

        // Page size, text area, fonts, and each line's text, position and style, read back by an independent reader.
        Snapshot.VerifyPdf(pdf, file + "_" + layout);
    }

    internal static IReport Report(string file, string layout)
    {
        IReport report = SeedReports.All.Single(seed => seed.File == file).Report;
        if (layout != "state2020")
        {
            return report;
        }

        DocumentInfo state = AsStateDocument(DocumentOf(report)!);
        return report switch
        {
            SoKetCongTacDanVan soKet => soKet with { Document = state },
            GiaoBanQuy giaoBan => giaoBan with { Document = state },
            SoKetPhoiHop phoiHop => phoiHop with { Document = state },
            DanVan.Reporting.Catalog.CatalogReport kind => (IReport)(kind with { Document = state }),
            _ => report,
        };
    }

    // The same document in the State form of Nghị định 30/2020: "Số:      /BC-TU", the State signature prefixes
    // (K/T → KT., T/M → TM.), and, as a báo cáo sent upward, its superior (the first recipient of every seed) after
    // "Kính gửi:" with "- Như trên;" under "Nơi nhận:" (Phụ lục I). The issuer stays the Party body the article names:
    // making it an Ủy ban nhân dân would invent a fact, so the check warns instead (document-party-issuer-state).
    internal static DocumentInfo AsStateDocument(DocumentInfo party) => party with
    {
        Layout = LayoutProfile.State2020,
        Number = DocumentNumber.State(party.Number.Number, party.Number.KindCode, party.Number.IssuerCode),
        Signature = party.Signature with
        {
            Prefix = party.Signature.Prefix is { } prefix ? SignaturePrefix.For(prefix.Authority, DocumentSystem.State) : null,
        },
        Recipients = party.Recipients with
        {
            Addressees = [party.Recipients.Lines[0]],
            Lines = ["Như trên", .. party.Recipients.Lines.Skip(1)],
        },
    };

    public static TheoryData<string, string> DocumentCases()
    {
        var cases = new TheoryData<string, string>();
        foreach ((string file, IReport report) in SeedReports.All.Where(seed => DocumentOf(seed.Report) is not null))
        {
            cases.Add(file, "default");
            cases.Add(file, "state2020");
        }

        return cases;
    }

    // The Party layout is clean; the State variant keeps the Party issuer the article names, so its one warning is that
    // a Party body issues under Nghị định 30 (and it has its "Kính gửi", so no addressee warning).
    [Theory]
    [MemberData(nameof(DocumentCases))]
    public void Document_OfEverySeed_HasNoErrorsAndOnlyTheExpectedWarnings(string file, string layout)
    {
        DocumentCheck check = DocumentOf(Report(file, layout))!.Validate();

        Assert.True(check.Errors.Count == 0, check.ToString());
        if (layout == "default")
        {
            Assert.True(check.Warnings.Count == 0, check.ToString());
        }
        else
        {
            ValidationError warning = Assert.Single(check.Warnings);
            Assert.Equal(ValidationCodes.DocumentPartyIssuerState, warning.Code);
        }
    }

    internal static DocumentInfo? DocumentOf(IReport report) => report switch
    {
        SoKetCongTacDanVan soKet => soKet.Document,
        GiaoBanQuy giaoBan => giaoBan.Document,
        SoKetPhoiHop phoiHop => phoiHop.Document,
        DanVan.Reporting.Catalog.CatalogReport kind => kind.Document,
        _ => null,
    };
}
