// A consumer of the DanVan.Reporting package, as a user writes one: the package test copies this file into a fresh
// project that references DanVan.Reporting from a local folder feed, builds it with warnings as errors and runs it.
// The report type below is one the repository's other tests have never seen.
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Consumer;
using DanVan.Reporting;

Console.OutputEncoding = System.Text.Encoding.UTF8;

var valid = new GiaoBanQuy
{
    Period = ReportPeriod.Quarter(2025, 3),
    TinhHinh = "Các cấp ủy đã lãnh đạo triển khai kịp thời nhiệm vụ công tác dân vận quý III.",
    TyLeHoVanHoa = 36.24m,
    KinhPhi = 212_000_000m,
    SoHoHoTro = 1_250,
    DotRaQuan =
    [
        new DotRaQuan { NoiDung = "Ra quân làm đường giao thông nông thôn", SoNgayCong = 320 },
        new DotRaQuan { NoiDung = "Hỗ trợ thu hoạch cà phê", SoNgayCong = 85 },
    ],
    TrangTin = new Uri("https://example.org/giao-ban"),
    NhiemVu = ["Tổ chức hội nghị giao ban quý IV.", "Nhân rộng mô hình \"Dân vận khéo\"."],
};

var invalid = valid with
{
    Period = ReportPeriod.FirstHalf(2025),
    TinhHinh = " ",
    TyLeHoVanHoa = 150m,
    DotRaQuan = [new DotRaQuan { NoiDung = "Tốt", SoNgayCong = 10 }, new DotRaQuan { NoiDung = null, SoNgayCong = 0 }],
    NhiemVu = [],
};

Console.WriteLine("valid: " + valid.Validate().IsValid);
ReportValidationResult result = invalid.Validate();
Console.WriteLine("invalid: " + result.IsValid + ", " + result.Errors.Count.ToString(CultureInfo.InvariantCulture) + " errors");
foreach (ValidationError error in result.Errors)
{
    Console.WriteLine("  " + error.Path + " " + error.Code);
}

Console.WriteLine("  " + result.Errors.First(e => e.Path == "TyLeHoVanHoa").Message);
Console.WriteLine("next: " + valid.NextPeriod);
Console.WriteLine("schema: " + GiaoBanQuy.Schema.Name + ", " + GiaoBanQuy.Schema.Period + ", "
    + string.Join(", ", GiaoBanQuy.Schema.Fields.Select(f => f.Name + ":" + f.Kind)));
// The project sets DanVanKeepAttributes (the package's buildTransitive opt-in): the attributes stay in metadata.
#if DANVAN_KEEP_ATTRIBUTES
Console.WriteLine("attributes: kept, in metadata: " + Attribute.IsDefined(typeof(GiaoBanQuy), typeof(ReportAttribute)));
#else
Console.WriteLine("attributes: erased, in metadata: " + Attribute.IsDefined(typeof(GiaoBanQuy), typeof(ReportAttribute)));
#endif

IReport report = valid;
report.WriteTo(new LineWriter());

// The package's own writers, through the RenderText/RenderMarkdown/RenderHtml extensions.
string[] text = report.RenderText().Split('\n');
Console.WriteLine("text: " + text[0] + " / " + text[1]);
string html = report.RenderHtml();
Console.WriteLine("html: " + (html.StartsWith("<!DOCTYPE html>", StringComparison.Ordinal) && html.Contains("<html lang=\"vi\">", StringComparison.Ordinal) && html.Contains("36,24%", StringComparison.Ordinal)));
Console.WriteLine("markdown: " + report.RenderMarkdown().Split('\n')[0]);

namespace Consumer
{
    [Report(Title = "giao ban công tác dân vận", Period = PeriodKind.Quarter)]
    public partial record GiaoBanQuy
    {
        public required ReportPeriod Period { get; init; }

        [Section("I", "KẾT QUẢ {period}")]
        [Required, StringLength(5_000), Display(Name = "Tình hình chung")]
        public required string TinhHinh { get; init; }

        [Percent, Range(0, 100), Display(Name = "Tỷ lệ hộ gia đình văn hóa")]
        public decimal TyLeHoVanHoa { get; init; }

        [Money, Display(Name = "Kinh phí vận động")]
        public decimal KinhPhi { get; init; }

        [Quantity("hộ"), Range(0, 1_000_000), Display(Name = "Số hộ được hỗ trợ")]
        public int SoHoHoTro { get; init; }

        [Display(Name = "Các đợt ra quân")]
        public IReadOnlyList<DotRaQuan>? DotRaQuan { get; init; }

        // Not a supported member type: DV0003, silenced for the project by .editorconfig.
        public Uri? TrangTin { get; init; }

#pragma warning disable DV0003 // Not a supported member type either: silenced here by #pragma.
        public Version? PhienBanBieuMau { get; init; }
#pragma warning restore DV0003

        [Section("II", "PHƯƠNG HƯỚNG, NHIỆM VỤ {next}")]
        [Required, MinLength(1), Display(Name = "Nhiệm vụ")]
        public required IReadOnlyList<string> NhiemVu { get; init; }
    }

    public sealed record DotRaQuan
    {
        [Required, Display(Name = "Nội dung")]
        public string? NoiDung { get; init; }

        [Quantity("ngày công"), Range(1, 10_000), Display(Name = "Số ngày công")]
        public int SoNgayCong { get; init; }
    }

    /// <summary>A writer of one line per call: the consumer needs no renderer of the package to see the report.</summary>
    internal sealed class LineWriter : IReportWriter
    {
        private readonly List<string> _row = [];
        private int _depth;

        public void BeginReport(ReportHeading heading) => Line("report: " + heading.Subject, +1);

        public void BeginSection(string number, string title) => Line("section " + number + ". " + title, +1);

        public void WriteText(string label, string text) => Line(label + ": " + text);

        public void WriteValue(string label, string value) => Line(label + ": " + value);

        public void BeginList(string label) => Line(label + ":", +1);

        public void WriteListItem(string text) => Line("- " + text);

        public void EndList() => _depth--;

        public void BeginGroup(string label) => Line(label + ".", +1);

        public void EndGroup() => _depth--;

        public void BeginTable(string label, IReadOnlyList<TableColumn> columns) =>
            Line(label + ": " + string.Join(" | ", columns.Select(c => c.Header)), +1);

        public void BeginTableRow() => _row.Clear();

        public void WriteCell(string text) => _row.Add(text);

        public void EndTableRow() => Line(string.Join(" | ", _row));

        public void EndTable() => _depth--;

        public void EndSection() => _depth--;

        public void EndReport() => _depth--;

        private void Line(string text, int indent = 0)
        {
            Console.WriteLine(new string(' ', 2 * _depth) + text);
            _depth += indent;
        }
    }
}
