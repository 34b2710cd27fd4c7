using System.Text;
using DanVan.Reporting.Docx.Tests;
using DanVan.Reporting.Testing;
using DanVan.Reporting.Tests.Documents;

namespace DanVan.Reporting.Pdf.Tests;

/// <summary>The PDF writer on a report: the frame, the body, metadata, determinism and bad input.</summary>
public class PdfReportWriterTests
{
    [Fact]
    public void Party_MatchesSnapshot() => Snapshot.VerifyPdf(new SampleReport(SampleDocuments.Party).RenderPdf());

    [Fact]
    public void State_MatchesSnapshot() => Snapshot.VerifyPdf(new SampleReport(SampleDocuments.State).RenderPdf());

    [Fact]
    public void WithoutDocument_MatchesSnapshot() => Snapshot.VerifyPdf(new SampleReport().RenderPdf());

    [Fact]
    public void PartyDraft_NoteInABox_MatchesSnapshot() =>
        Snapshot.VerifyPdf(new SampleReport(SampleDocuments.Party with { DraftNote = "Dự thảo" }).RenderPdf());

    [Fact]
    public void ExtractedText_HoldsEveryPartOfTheDocument_AsWritten()
    {
        string text = PdfInspection.Text(new SampleReport(SampleDocuments.Party).RenderPdf());

        foreach (string part in new[]
        {
            "TỈNH ỦY KON TUM", "BAN DÂN VẬN", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 45-BC/BDVTU", "Kon Tum, ngày 02 tháng 7 năm 2024",
            "BÁO CÁO", "sơ kết công tác dân vận 6 tháng đầu năm 2024", "I- KẾT QUẢ THỰC HIỆN", "1- Công tác lãnh đạo, chỉ đạo",
            "Ban Thường vụ Thành ủy đã lãnh đạo thực hiện có hiệu quả công tác dân vận.", "- Tỷ lệ hộ nghèo: 36,24%",
            "a) Tên mô hình: Dân vận khéo trong xây dựng nông thôn mới", "- Nhân rộng các mô hình \"Dân vận khéo\".",
            "Nơi nhận:", "- Ban Dân vận Trung ương;", "Nguyễn Văn A",
        })
        {
            Assert.Contains(part, text, StringComparison.Ordinal);
        }

        Assert.True(text.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Metadata_TitleAuthorSubjectAndLanguage()
    {
        byte[] pdf = new SampleReport(SampleDocuments.Party).RenderPdf();
        string projection = PdfProjection.ToText(pdf);

        Assert.StartsWith("title: BÁO CÁO sơ kết công tác dân vận 6 tháng đầu năm 2024\nauthor: BAN DÂN VẬN\nsubject: sơ kết công tác dân vận 6 tháng đầu năm 2024\n", projection, StringComparison.Ordinal);
        Assert.Contains("/Lang(vi-VN)", Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void SameReport_SameBytes_WhateverTheCulture()
    {
        byte[] first = new SampleReport(SampleDocuments.State).RenderPdf();
        System.Globalization.CultureInfo saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            Assert.Equal(first, new SampleReport(SampleDocuments.State).RenderPdf());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void PageOne_IsUnnumbered_LaterPagesAreNumberedAtTheTop()
    {
        string longText = string.Join("\n", Enumerable.Repeat("Ban Thường vụ Thành ủy đã lãnh đạo thực hiện có hiệu quả công tác dân vận, nhân rộng các mô hình, vận động nhân dân tham gia xây dựng nông thôn mới.", 40));
        List<List<string>> pages = PdfInspection.Lines(new SampleReport(SampleDocuments.State, longText).RenderPdf());

        Assert.True(pages.Count >= 3);
        Assert.DoesNotContain("1", pages[0]);
        for (int p = 1; p < pages.Count; p++)
        {
            Assert.Equal((p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), pages[p][0]);
        }
    }

    [Fact]
    public void CharactersTheFontLacks_AreReplacedVisibly_AndListedInAWarning()
    {
        var warnings = new List<string>();
        var output = new MemoryStream();
        var report = new SampleReport(SampleDocuments.Party, "Mô hình 😀 điển hình 中 tốt.");
        report.RenderPdf(output, new PdfReportWriterOptions { OnWarning = warnings.Add });

        string text = PdfInspection.Text(output.ToArray());
        Assert.Contains("Mô hình ? điển hình ? tốt.", text, StringComparison.Ordinal);
        Assert.Equal(2, warnings.Count);
        Assert.Contains("U+1F600", warnings[0], StringComparison.Ordinal);
        Assert.Contains("U+4E2D", warnings[1], StringComparison.Ordinal);
        Assert.Contains("Liberation Serif", warnings[0], StringComparison.Ordinal);
    }

    [Fact]
    public void ControlCharacters_AreRemoved_AsInDocx()
    {
        string text = PdfInspection.Text(new SampleReport(SampleDocuments.Party, "Dân\u0001 vận\u0007 khéo\tđiển hình.").RenderPdf());

        Assert.Contains("Dân vận khéo điển hình.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void OwnFonts_FromFiles_AreEmbedded()
    {
        string folder = Directory.CreateTempSubdirectory("danvan-fonts").FullName;
        try
        {
            string[] paths = new string[4];
            for (int i = 0; i < 4; i++)
            {
                paths[i] = Path.Combine(folder, "face" + i + ".ttf");
                File.WriteAllBytes(paths[i], PdfFonts.LiberationSerif.File(i));
            }

            PdfFonts own = PdfFonts.FromFiles(paths[0], paths[1], paths[2], paths[3]);
            byte[] pdf = new SampleReport(SampleDocuments.State).RenderPdf(new PdfReportWriterOptions { Fonts = own });

            Assert.Contains("BÁO CÁO", PdfInspection.Text(pdf), StringComparison.Ordinal);
            Assert.Equal(paths[0], own.Name);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void FontFile_ThatIsNotAFont_IsRejected_NamingTheFile()
    {
        string path = Path.Combine(Path.GetTempPath(), "danvan-not-a-font.ttf");
        File.WriteAllText(path, "not a font at all, just text");
        try
        {
            ArgumentException e = Assert.Throws<ArgumentException>(() => PdfFonts.FromFiles(path, path, path, path));
            Assert.Contains("danvan-not-a-font.ttf", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MissingFontFile_IsRejected_NamingTheArgument()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => PdfFonts.FromFiles("/nope/a.ttf", "/nope/b.ttf", "/nope/c.ttf", "/nope/d.ttf"));
        Assert.Equal("regular", e.ParamName);
        Assert.Contains("/nope/a.ttf", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CallsOutOfOrder_ThrowTheBasesMessage()
    {
        var writer = new PdfReportWriter(new MemoryStream());
        Assert.Throws<InvalidOperationException>(() => writer.EndReport());
    }

    [Fact]
    public void Output_MustBeWritable()
    {
        var readOnly = new MemoryStream([], writable: false);
        Assert.Throws<ArgumentException>(() => new PdfReportWriter(readOnly));
        Assert.Throws<ArgumentNullException>(() => new PdfReportWriter(null!));
    }
}
