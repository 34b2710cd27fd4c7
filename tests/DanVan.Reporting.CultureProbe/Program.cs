using System.Globalization;
using System.Text;
using DanVan.Reporting.CultureProbe;

// "--globalization" reports whether culture data is absent, so the test can prove the process is truly invariant.
string output = args is ["--globalization"] ? GlobalizationMode() : FormattingCorpus.Build();

// Raw UTF-8 bytes: the console's own encoding may depend on the environment.
byte[] bytes = Encoding.UTF8.GetBytes(output);
using Stream stdout = Console.OpenStandardOutput();
stdout.Write(bytes);

static string GlobalizationMode()
{
    try
    {
        _ = new CultureInfo("vi-VN");
        return "culture-data";
    }
    catch (CultureNotFoundException)
    {
        return "invariant";
    }
}
