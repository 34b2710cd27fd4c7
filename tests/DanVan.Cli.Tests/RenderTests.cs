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
    public void Pdf_IsNotAvailableYet_Exit2_NothingWritten()
    {
        using var temp = new TempDirectory();
        temp.File("q2.json", Example("giao-ban-quy"));
        Danvan.Result result = Danvan.Run(["render", "q2.json", "--format", "html,pdf", "--out", "out"], null, temp.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("danvan render: --format: format-unavailable: ", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")) && Directory.EnumerateFiles(Path.Combine(temp.Path, "out")).Any());
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
}
