using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;

namespace DanVan.Cli.Tests;

/// <summary>render through the built tool: every format, directories, parallel runs, bad files among good ones.</summary>
public sealed class RenderTests
{
    private static string Example(string kind) => File.ReadAllText(Path.Combine(Danvan.SampleData, kind + ".json"));

    [Fact]
    public void EveryFormat_WritesTheDocuments()
    {
        using var temp = new TempDirectory();
        temp.File("q2.json", Example("giao-ban-quy"));
        Danvan.Result result = Danvan.Run(["render", "q2.json", "--format", "txt,md,html,docx", "--out", "out", "--json"], null, temp.Path);
        Assert.True(result.ExitCode == 0, result.ToString());

        using var json = JsonDocument.Parse(result.Output);
        JsonElement item = json.RootElement[0];
        Assert.True(item.GetProperty("valid").GetBoolean());
        Assert.Equal(new[] { "out/q2.txt", "out/q2.md", "out/q2.html", "out/q2.docx" }, item.GetProperty("outputs").EnumerateArray().Select(e => e.GetString()!).ToArray());

        string text = File.ReadAllText(Path.Combine(temp.Path, "out", "q2.txt"));
        Assert.Contains("BAN DÂN VẬN", text, StringComparison.Ordinal);
        Assert.Contains("KẾT QUẢ CÔNG TÁC DÂN VẬN QUÝ II NĂM 2024", text, StringComparison.Ordinal);
        Assert.Contains("NHIỆM VỤ QUÝ III NĂM 2024", text, StringComparison.Ordinal);
        Assert.Contains("<table", File.ReadAllText(Path.Combine(temp.Path, "out", "q2.html")), StringComparison.Ordinal);
        Assert.Contains("| STT |", File.ReadAllText(Path.Combine(temp.Path, "out", "q2.md")), StringComparison.Ordinal);
        using WordprocessingDocument docx = WordprocessingDocument.Open(Path.Combine(temp.Path, "out", "q2.docx"), false);
        Assert.Contains("Lê Sỹ Tuân", docx.MainDocumentPart!.Document!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_IsWritten_ItsTextExtracts_SameBytesOnEveryRun()
    {
        using var temp = new TempDirectory();
        temp.File("q2.json", Example("giao-ban-quy"));
        Danvan.Result result = Danvan.Run(["render", "q2.json", "--format", "pdf", "--out", "a", "--json"], null, temp.Path);
        Assert.True(result.ExitCode == 0, result.ToString());
        using (var json = JsonDocument.Parse(result.Output))
        {
            Assert.Equal(new[] { "a/q2.pdf" }, json.RootElement[0].GetProperty("outputs").EnumerateArray().Select(e => e.GetString()!).ToArray());
        }

        byte[] pdf = File.ReadAllBytes(Path.Combine(temp.Path, "a", "q2.pdf"));
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        List<string> lines = PdfLines(pdf);
        Assert.Contains("BAN DÂN VẬN", lines);
        Assert.Contains("BÁO CÁO", lines);
        Assert.Contains("I- KẾT QUẢ CÔNG TÁC DÂN VẬN QUÝ II NĂM 2024", lines);
        Assert.Contains("Lê Sỹ Tuân", lines);
        Assert.All(lines, line => Assert.True(line.IsNormalized(NormalizationForm.FormC), line));
        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            Assert.Equal("BÁO CÁO giao ban công tác dân vận quý II năm 2024", document.Information.Title);
            Assert.Equal(595, document.GetPage(1).Width, 0);
        }

        // Again, in another process, under another culture, together with another format: the same bytes.
        Danvan.Run(["render", "q2.json", "--format", "docx,pdf", "--out", "b"], null, temp.Path, new Dictionary<string, string> { ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8" });
        Assert.Equal(pdf, File.ReadAllBytes(Path.Combine(temp.Path, "b", "q2.pdf")));
    }

    [Fact]
    public void Pdf_EveryKindRenders_InParallel()
    {
        using var temp = new TempDirectory();
        foreach (string kind in Catalog.Ids)
        {
            temp.File(Path.Combine("in", kind + ".json"), Example(kind));
        }

        Danvan.Result result = Danvan.Run(["render", "in", "--format", "pdf", "--out", "out", "--jobs", "4"], null, temp.Path);
        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (string kind in Catalog.Ids)
        {
            List<string> lines = PdfLines(File.ReadAllBytes(Path.Combine(temp.Path, "out", kind + ".pdf")));
            Assert.Contains("BÁO CÁO", lines);
        }
    }

    [Fact]
    public void UnknownFormat_Exit2()
    {
        using var temp = new TempDirectory();
        temp.File("q2.json", Example("giao-ban-quy"));
        Danvan.Result result = Danvan.Run(["render", "q2.json", "--format", "odt", "--out", "out"], null, temp.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("\"odt\"", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Directory_OneBadFileAmongGood_TheGoodOnesRender_TheSummaryCountsBoth()
    {
        using var temp = new TempDirectory();
        foreach (string kind in Catalog.Ids)
        {
            temp.File(Path.Combine("in", kind + ".json"), Example(kind));
        }

        temp.File(Path.Combine("in", "sub", "bad.json"), Example("giao-ban-quy").Replace("\"nhiemVu\"", "\"nhiemvu\"", StringComparison.Ordinal));
        Danvan.Result result = Danvan.Run(["render", "in", "--format", "html", "--out", "out", "--jobs", "2"], null, temp.Path);
        Assert.Equal(1, result.ExitCode);
        foreach (string kind in Catalog.Ids)
        {
            Assert.True(File.Exists(Path.Combine(temp.Path, "out", kind + ".html")), kind);
        }

        Assert.False(File.Exists(Path.Combine(temp.Path, "out", "sub", "bad.html")));
        Assert.StartsWith("in/sub/bad.json: ", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.Matches(@"danvan render: 9 tệp, 8 hợp lệ \(đã kết xuất\), 1 không hợp lệ, \d+,\d\d giây\n$", result.Error);
    }

    [Fact]
    public void UnreadableAmongGood_Exit2_TheGoodOnesStillRender()
    {
        using var temp = new TempDirectory();
        temp.File(Path.Combine("in", "a.json"), Example("tong-ket-nam"));
        temp.File(Path.Combine("in", "b.json"), "{\"kind\": ");
        Danvan.Result result = Danvan.Run(["render", "in", "--format", "docx", "--out", "out"], null, temp.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(temp.Path, "out", "a.docx")));
    }

    [Fact]
    public void ManyFiles_InParallel_AllRendered_InInputOrder()
    {
        using var temp = new TempDirectory();
        for (int i = 0; i < 40; i++)
        {
            temp.File(Path.Combine("in", i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + ".json"), Example(Catalog.Ids[i % Catalog.Ids.Length]));
        }

        Danvan.Result result = Danvan.Run(["render", "in", "--format", "txt,docx", "--out", "out", "--json"], null, temp.Path);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(80, Directory.GetFiles(Path.Combine(temp.Path, "out")).Length);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(
            Enumerable.Range(0, 40).Select(i => "in/" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + ".json"),
            json.RootElement.EnumerateArray().Select(e => e.GetProperty("file").GetString()!));
    }

    [Fact]
    public void StandardInput_RendersAsStdin()
    {
        using var temp = new TempDirectory();
        Danvan.Result result = Danvan.Run(["render", "-", "--format", "md", "--out", "out"], Encoding.UTF8.GetBytes(Example("dan-van-kheo")), temp.Path);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Dân vận khéo", File.ReadAllText(Path.Combine(temp.Path, "out", "stdin.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void NfdText_IsAccepted_AndWrittenAsNfc()
    {
        using var temp = new TempDirectory();
        string nfd = Example("giao-ban-quy").Normalize(NormalizationForm.FormD);
        Assert.NotEqual(Example("giao-ban-quy"), nfd);
        temp.File("nfd.json", nfd);
        Danvan.Result result = Danvan.Run(["render", "nfd.json", "--format", "txt", "--out", "out"], null, temp.Path);
        Assert.True(result.ExitCode == 0, result.ToString());
        string text = File.ReadAllText(Path.Combine(temp.Path, "out", "nfd.txt"));
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
        Assert.Contains("Tăng cường công tác tuyên truyền", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SameFileNameInTwoFolders_Refused_NamingBoth_NothingWritten()
    {
        using var temp = new TempDirectory();
        temp.File(Path.Combine("a", "x.json"), Example("giao-ban-quy"));
        temp.File(Path.Combine("b", "x.json"), Example("tong-ket-nam"));
        temp.File(Path.Combine("b", "y.json"), Example("tong-ket-nam"));
        Danvan.Result result = Danvan.Run(["render", "a/x.json", "b", "--format", "html", "--out", "out"], null, temp.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "b/x.json: -: output-collision: cùng tên văn bản với \"a/x.json\": cả hai sẽ ghi out/x.*, tệp sau đè tệp trước; "
            + "hãy đổi tên một tệp, đưa thư mục chung của chúng (thư mục con được giữ nguyên trong --out), hoặc kết xuất từng tệp vào một --out riêng.",
            Assert.Single(result.ErrorLines));
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")) && Directory.EnumerateFileSystemEntries(Path.Combine(temp.Path, "out")).Any());

        Danvan.Result english = Danvan.Run(["render", "a", "b", "--format", "html", "--out", "out", "--lang", "en"], null, temp.Path);
        Assert.Equal(2, english.ExitCode);
        Assert.StartsWith("b/x.json: -: output-collision: the same document name as \"a/x.json\": both would write out/x.*", english.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SameFileNameInTwoFolders_TheirCommonFolder_KeepsTheSubFolders()
    {
        using var temp = new TempDirectory();
        temp.File(Path.Combine("in", "a", "x.json"), Example("giao-ban-quy"));
        temp.File(Path.Combine("in", "b", "x.json"), Example("tong-ket-nam"));
        Danvan.Result result = Danvan.Run(["render", "in", "--format", "txt", "--out", "out"], null, temp.Path);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("QUÝ II NĂM 2024", File.ReadAllText(Path.Combine(temp.Path, "out", "a", "x.txt")), StringComparison.Ordinal);
        Assert.Contains("NĂM 2024", File.ReadAllText(Path.Combine(temp.Path, "out", "b", "x.txt")), StringComparison.Ordinal);
        Assert.NotEqual(File.ReadAllText(Path.Combine(temp.Path, "out", "a", "x.txt")), File.ReadAllText(Path.Combine(temp.Path, "out", "b", "x.txt")));
    }

    [Fact]
    public void NamesThatDifferOnlyInCase_OrStdinBesideStdinJson_AreRefused()
    {
        using var temp = new TempDirectory();
        temp.File(Path.Combine("in", "x.json"), Example("giao-ban-quy"));
        temp.File(Path.Combine("in", "X.JSON"), Example("giao-ban-quy"));
        temp.File("stdin.json", Example("giao-ban-quy"));
        Danvan.Result cased = Danvan.Run(["render", "in", "--format", "txt", "--out", "out"], null, temp.Path);
        Assert.Equal(2, cased.ExitCode);
        Assert.StartsWith("in/x.json: -: output-collision: ", cased.Error, StringComparison.Ordinal);
        Assert.Contains("\"in/X.JSON\"", cased.Error, StringComparison.Ordinal);

        Danvan.Result stdin = Danvan.Run(["render", "-", "stdin.json", "--format", "txt", "--out", "out"], Encoding.UTF8.GetBytes(Example("giao-ban-quy")), temp.Path);
        Assert.Equal(2, stdin.ExitCode);
        Assert.StartsWith("stdin.json: -: output-collision: ", stdin.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void OneFileReachedTwice_IsOneInput_Rendered_Once()
    {
        using var temp = new TempDirectory();
        temp.File(Path.Combine("in", "q2.json"), Example("giao-ban-quy"));
        Danvan.Result result = Danvan.Run(["render", "in", "in/q2.json", "./in", "--format", "txt", "--out", "out", "--json"], null, temp.Path);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("in/q2.json", Assert.Single(json.RootElement.EnumerateArray()).GetProperty("file").GetString());
    }

    [Fact]
    public void Validate_SameFileNameInTwoFolders_IsFine()
    {
        using var temp = new TempDirectory();
        temp.File(Path.Combine("a", "x.json"), Example("giao-ban-quy"));
        temp.File(Path.Combine("b", "x.json"), Example("tong-ket-nam"));
        Danvan.Result result = Danvan.Run(["validate", "a/x.json", "b/x.json"], null, temp.Path);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public void SameInput_SameBytes_WhateverTheCulture()
    {
        using var temp = new TempDirectory();
        temp.File("q2.json", Example("so-ket-6-thang"));
        Danvan.Run(["render", "q2.json", "--format", "txt,md,html,docx", "--out", "a"], null, temp.Path);
        Danvan.Run(["render", "q2.json", "--format", "txt,md,html,docx", "--out", "b"], null, temp.Path, new Dictionary<string, string> { ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8" });
        foreach (string ext in new[] { "txt", "md", "html", "docx" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(temp.Path, "a", "q2." + ext)), File.ReadAllBytes(Path.Combine(temp.Path, "b", "q2." + ext)));
        }
    }

    // Each page's lines as PdfPig reads them: letters grouped by baseline, in drawing order.
    private static List<string> PdfLines(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var lines = new List<string>();
        foreach (UglyToad.PdfPig.Content.Page page in document.GetPages())
        {
            double? baseline = null;
            var line = new StringBuilder();
            foreach (UglyToad.PdfPig.Content.Letter letter in page.Letters)
            {
                if (baseline is double y && Math.Abs(y - letter.StartBaseLine.Y) > 0.5)
                {
                    lines.Add(line.ToString().Trim());
                    line.Clear();
                }

                baseline = letter.StartBaseLine.Y;
                line.Append(letter.Value);
            }

            lines.Add(line.ToString().Trim());
        }

        return lines;
    }
}
