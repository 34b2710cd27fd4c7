using System.Text;
using System.Text.Json;

namespace DanVan.Cli.Tests;

/// <summary>
/// A folder of damaged reports (bytes cut, replaced, inserted: what a broken upload or a hand edit gives) through the
/// built tool: every file gets a verdict naming it, no error is the tool's own failure ("internal"), the good files
/// still render, and the summary counts them all.
/// </summary>
public sealed class HostileFileTests
{
    private const int Files = 60;

    // What hand edits and broken transfers put into JSON.
    private static readonly string[] Inserts =
    [
        "null", "[", "]", "{", "}", "\"", ",", ":", "\\", "\\u0000", "\\uD800", "1e999", "-", "0x10", "NaN", "tru", "\u00A0",
        "\"kind\": \"giao-ban-quy\",", "\"period\": \"2024-Q3\",", "\"extra\": 1,", "\uFEFF", "\u0301", "\U0001F600",
    ];

    [Fact]
    public void DamagedFiles_EachGetsAVerdictNamingIt_NoneIsAnInternalError_TheGoodOnesRender()
    {
        byte[] example = File.ReadAllBytes(Path.Combine(Danvan.SampleData, "giao-ban-quy.json"));
        var random = new Random(20_240_628); // fixed: the same files on every run
        using var temp = new TempDirectory();
        for (int i = 0; i < Files; i++)
        {
            temp.File(Path.Combine("in", "f" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + ".json"), Damage(example, random));
        }

        Danvan.Result result = Danvan.Run(["render", "in", "--format", "txt", "--out", "out", "--json"], null, temp.Path);

        Assert.Equal(2, result.ExitCode); // some files are no longer JSON at all
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement[] outcomes = [.. json.RootElement.EnumerateArray()];
        Assert.Equal(Files, outcomes.Length);
        int valid = 0;
        foreach (JsonElement outcome in outcomes)
        {
            string file = outcome.GetProperty("file").GetString()!;
            JsonElement[] errors = [.. outcome.GetProperty("errors").EnumerateArray()];
            if (outcome.GetProperty("valid").GetBoolean())
            {
                valid++;
                Assert.True(File.Exists(Path.Combine(temp.Path, "out", Path.ChangeExtension(Path.GetFileName(file), ".txt"))), file);
                continue;
            }

            Assert.NotEmpty(errors);
            Assert.False(File.Exists(Path.Combine(temp.Path, "out", Path.ChangeExtension(Path.GetFileName(file), ".txt"))), file);
            foreach (JsonElement error in errors)
            {
                Assert.True(error.GetProperty("code").GetString() != "internal", file + ": " + error.GetRawText() + "\n" + File.ReadAllText(Path.Combine(temp.Path, file)));
                Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()), file);
                Assert.Contains(file + ": ", result.Error, StringComparison.Ordinal);
            }
        }

        // Most damage breaks the file; a change inside a text can leave it valid, and then it renders.
        Assert.InRange(valid, 1, Files / 2);
        Assert.Matches(@"danvan render: 60 tệp, " + valid + @" hợp lệ \(đã kết xuất\), " + (Files - valid) + @" không hợp lệ, \d+,\d\d giây\n$", result.Error);
    }

    // One to three damages: cut the file short, replace a byte, insert a token, or delete a run of bytes.
    private static byte[] Damage(byte[] original, Random random)
    {
        List<byte> bytes = [.. original];
        int damages = random.Next(1, 4);
        for (int d = 0; d < damages && bytes.Count > 1; d++)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(4))
            {
                case 0:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 1:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 2:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Inserts[random.Next(Inserts.Length)]));
                    break;
                default:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 40), bytes.Count - at));
                    break;
            }
        }

        return [.. bytes];
    }
}
