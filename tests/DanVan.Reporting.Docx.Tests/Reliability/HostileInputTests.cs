using System.Globalization;
using CsCheck;
using DanVan.Reporting.Tests.Documents;

namespace DanVan.Reporting.Docx.Tests.Reliability;

/// <summary>
/// Untrusted input in every writer: null collections as JSON gives them, and hostile layout profiles (applications store
/// one per organisation). Nothing throws, HTML gains no markup, Markdown no structure, and the DOCX stays valid.
/// </summary>
public class HostileInputTests
{
    private const string Script = "</style><script>alert(1)</script>";

    public static TheoryData<string> NullCollectionCases => ["RecipientsListsNull", "RecipientsItemsNull", "RecipientsNull", "ProfileListsNull", "HeaderLineTextNull"];

    [Theory]
    [MemberData(nameof(NullCollectionCases))]
    public void NullCollections_ValidateAndEveryWriter_DoNotThrow(string name)
    {
        DocumentInfo document = NullCase(name);

        DocumentCheck check = document.Validate();
        var report = new SampleReport(document);
        ReportValidationResult result = report.Validate();
        string[] texts = [report.RenderText(), report.RenderMarkdown(), report.RenderHtml()];
        byte[] docx = report.RenderDocx();

        Assert.All(texts, text => Assert.Contains("KẾT QUẢ THỰC HIỆN", text, StringComparison.Ordinal));
        Assert.Empty(DocxReader.ValidationErrors(docx));

        // A null list is an empty one, and null items are left out: the check, the validation and every writer give
        // what the same document with empty lists gives.
        DocumentInfo equivalent = WithoutNulls(name);
        var same = new SampleReport(equivalent);
        Assert.Equal(Describe(equivalent.Validate()), Describe(check));
        Assert.Equal(same.Validate().ToString(), result.ToString());
        Assert.Equal(new[] { same.RenderText(), same.RenderMarkdown(), same.RenderHtml() }, texts);
        Assert.Equal(DocxReader.Paragraphs(same.RenderDocx()), DocxReader.Paragraphs(docx));
    }

    private static string Describe(DocumentCheck check) =>
        string.Join("\n", check.Errors.Concat(check.Warnings).Select(e => e.Path + " " + e.Code + " " + e.Message));

    [Fact]
    public void HostileProfile_HtmlHasNoScript_MarkdownNoNewBlock_DocxValid_AndCheckNamesEachField()
    {
        LayoutProfile profile = LayoutProfile.Party2018 with
        {
            Name = Script,
            Source = "*/ body { display: none } /*" + Script,
            FontFamily = "Times\"; } </style><script>alert(2)</script>",
            BodyEnding = "./.\n\n# Chèn tiêu đề\n",
            LetterSubjectPrefix = "V/v\r\n- ",
            HeaderLines = [new HeaderLine("ĐẢNG CỘNG SẢN\u0000VIỆT NAM\n# x", new TextStyle(15, Bold: true))],
        };
        var report = new SampleReport(SampleDocuments.Party with { Layout = profile });

        string html = report.RenderHtml();
        string markdown = report.RenderMarkdown();
        byte[] docx = report.RenderDocx();

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("*/ body", html, StringComparison.Ordinal);
        Assert.Contains("font-family: \"Times New Roman\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\n# Chèn tiêu đề", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("\n# x", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain('\0', markdown);
        Assert.Empty(DocxReader.ValidationErrors(docx));
        Assert.Equal(
            ["BodyEnding", "FontFamily", "HeaderLines[0].Text", "LetterSubjectPrefix"],
            profile.Check().Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.All(profile.Check(), e => Assert.Equal(ValidationCodes.ProfileText, e.Code));
    }

    [Theory]
    [InlineData("Times\0New Roman")]
    [InlineData("Một phông chữ có tên dài hơn ba mươi mốt ký tự")]
    [InlineData("")]
    public void UnusableFontFamily_GivesAValidDocx(string font)
    {
        var report = new SampleReport(SampleDocuments.State with { Layout = LayoutProfile.State2020 with { FontFamily = font } });

        byte[] docx = report.RenderDocx();

        Assert.Empty(DocxReader.ValidationErrors(docx));
        Assert.Single(LayoutProfile.State2020.With(font).Check(), e => e.Path == "FontFamily");
    }

    [Fact]
    public void ShippedProfiles_PassTheCheck()
    {
        Assert.Empty(LayoutProfile.Party2018.Check());
        Assert.Empty(LayoutProfile.State2020.Check());
    }

    /// <summary>
    /// Bounded fuzzing: hostile texts in the profile and the document, rendered by every writer. Iterations: 40 by
    /// default (seconds in CI); set DANVAN_FUZZ_ITERATIONS (e.g. 100000) for a long run.
    /// </summary>
    [Fact]
    public void Fuzz_HostileProfilesAndDocuments_EveryWriter_NeverThrows()
    {
        HostileDocuments.Texts.Sample(
            t =>
            {
                DocumentInfo document = HostileDocuments.Document(SampleDocuments.Party, t, new TextStyle(13));
                LayoutProfile profile = document.Layout;
                var report = new SampleReport(document, firstText: t.Line);

                _ = profile.Check();
                _ = document.Validate();
                _ = report.RenderText();
                _ = report.RenderMarkdown();
                string html = report.RenderHtml();
                byte[] docx = report.RenderDocx();
                Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(DocxReader.Paragraphs(docx), p => p.Contains('\0', StringComparison.Ordinal));
            },
            iter: Iterations(40));
    }

    internal static long Iterations(long ciDefault) =>
        long.TryParse(Environment.GetEnvironmentVariable("DANVAN_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out long n) && n > 0 ? n : ciDefault;

    // NullCase's documents as they read once nulls are taken for what they mean.
    private static DocumentInfo WithoutNulls(string name) => name switch
    {
        "RecipientsListsNull" => SampleDocuments.Party with { Recipients = new Recipients { Lines = [], Addressees = [], Archive = null } },
        "RecipientsItemsNull" => SampleDocuments.State with { Recipients = new Recipients { Lines = ["Như trên"], Addressees = ["UBND tỉnh"], Archive = "VT" } },
        "RecipientsNull" => SampleDocuments.Party with { Recipients = Recipients.None },
        "ProfileListsNull" => SampleDocuments.Party with { Layout = LayoutProfile.Party2018 with { HeaderLines = [], SignaturePrefixes = [] } },
        _ => SampleDocuments.State with { Layout = LayoutProfile.State2020 with { HeaderLines = [new HeaderLine("", new TextStyle(13))] } },
    };

    private static DocumentInfo NullCase(string name) => name switch
    {
        "RecipientsListsNull" => SampleDocuments.Party with { Recipients = new Recipients { Lines = null!, Addressees = null!, Archive = null } },
        "RecipientsItemsNull" => SampleDocuments.State with { Recipients = new Recipients { Lines = [null!, "Như trên"], Addressees = [null!, null!, "UBND tỉnh"], Archive = "VT" } },
        "RecipientsNull" => SampleDocuments.Party with { Recipients = null! },
        "ProfileListsNull" => SampleDocuments.Party with { Layout = LayoutProfile.Party2018 with { HeaderLines = null!, SignaturePrefixes = null! } },
        _ => SampleDocuments.State with { Layout = LayoutProfile.State2020 with { HeaderLines = [new HeaderLine(null!, new TextStyle(13)), null!] } },
    };
}

internal static class ProfileExtensions
{
    public static LayoutProfile With(this LayoutProfile profile, string font) => profile with { FontFamily = font };
}
