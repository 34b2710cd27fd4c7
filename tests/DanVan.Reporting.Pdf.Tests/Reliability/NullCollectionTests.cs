using System.ComponentModel.DataAnnotations;
using DanVan.Reporting.Docx.Tests;
using DanVan.Reporting.Tests.Documents;

namespace DanVan.Reporting.Pdf.Tests.Reliability;

/// <summary>
/// Null collections as JSON gives them (<c>"lines": null</c>) render to PDF as empty ones do: no exception, and the same
/// file, byte for byte, as the report or document with empty lists (issue 16, item 5; the other writers have the same
/// tests in DanVan.Reporting.Docx.Tests).
/// </summary>
public class NullCollectionTests
{
    public static TheoryData<string> DocumentCases => ["RecipientsListsNull", "RecipientsNull", "RecipientsItemsNull", "ProfileListsNull"];

    [Theory]
    [MemberData(nameof(DocumentCases))]
    public void NullListsInTheDocument_RenderAsEmptyLists(string name)
    {
        (DocumentInfo nulls, DocumentInfo empty) = Case(name);

        byte[] pdf = new SampleReport(nulls).RenderPdf();

        Assert.Equal(new SampleReport(empty).RenderPdf(), pdf);
        Assert.Contains("KẾT QUẢ THỰC HIỆN", PdfInspection.Text(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void NullListsInTheReportData_RenderAsEmptyLists()
    {
        var nulls = new ListReport { Period = ReportPeriod.FirstHalf(2024), Document = SampleDocuments.Party, Models = null!, Rows = null!, Tasks = null! };
        var empty = nulls with { Models = [], Rows = [], Tasks = [] };

        byte[] pdf = nulls.RenderPdf();

        Assert.Equal(empty.RenderPdf(), pdf);
        string text = PdfInspection.Text(pdf);
        Assert.Contains("KẾT QUẢ THỰC HIỆN", text, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Văn A", text, StringComparison.Ordinal); // the signature block after the empty lists
    }

    [Fact]
    public void NullItemsInTheReportData_AreLeftOut_TheRestIsRendered()
    {
        var report = new ListReport
        {
            Period = ReportPeriod.FirstHalf(2024),
            Document = SampleDocuments.State,
            Models = [null!, new Model { Name = "Dân vận khéo", Households = 12 }],
            Rows = [null!, new Row { Commune = "Xã Đắk Cấm", Households = 40 }],
            Tasks = [null!, "Nhân rộng mô hình."],
        };

        string text = PdfInspection.Text(report.RenderPdf());

        Assert.Contains("Dân vận khéo", text, StringComparison.Ordinal);
        Assert.Contains("Xã Đắk Cấm", text, StringComparison.Ordinal);
        Assert.Contains("Nhân rộng mô hình.", text, StringComparison.Ordinal);
    }

    private static (DocumentInfo Nulls, DocumentInfo Empty) Case(string name) => name switch
    {
        "RecipientsListsNull" => (
            SampleDocuments.Party with { Recipients = new Recipients { Lines = null!, Addressees = null!, Archive = null } },
            SampleDocuments.Party with { Recipients = new Recipients { Lines = [], Addressees = [], Archive = null } }),
        "RecipientsNull" => (SampleDocuments.Party with { Recipients = null! }, SampleDocuments.Party with { Recipients = new Recipients() }),
        "RecipientsItemsNull" => (
            SampleDocuments.State with { Recipients = new Recipients { Lines = [null!, "Như trên"], Addressees = [null!, null!, "UBND tỉnh"], Archive = "VT" } },
            SampleDocuments.State with { Recipients = new Recipients { Lines = ["Như trên"], Addressees = ["UBND tỉnh"], Archive = "VT" } }),
        _ => (
            SampleDocuments.Party with { Layout = LayoutProfile.Party2018 with { HeaderLines = null!, SignaturePrefixes = null! } },
            SampleDocuments.Party with { Layout = LayoutProfile.Party2018 with { HeaderLines = [], SignaturePrefixes = [] } }),
    };
}

/// <summary>A report with a list of records, a table and a list of texts, each of which JSON may give as null.</summary>
[Report(Title = "sơ kết công tác dân vận", Period = PeriodKind.FirstHalf)]
public partial record ListReport
{
    public required ReportPeriod Period { get; init; }

    public DocumentInfo? Document { get; init; }

    [Section("I", "KẾT QUẢ THỰC HIỆN")]
    [Display(Name = "Mô hình \"Dân vận khéo\"")]
    public IReadOnlyList<Model>? Models { get; init; }

    [Table, Display(Name = "Kết quả theo xã")]
    public IReadOnlyList<Row>? Rows { get; init; }

    [Section("II", "PHƯƠNG HƯỚNG, NHIỆM VỤ")]
    [Display(Name = "Nhiệm vụ")]
    public IReadOnlyList<string>? Tasks { get; init; }
}

public sealed record Model
{
    [Display(Name = "Tên mô hình")]
    public string? Name { get; init; }

    [Display(Name = "Số hộ tham gia")]
    public int Households { get; init; }
}

public sealed record Row
{
    [Display(Name = "Xã")]
    public string? Commune { get; init; }

    [Display(Name = "Số hộ")]
    public int Households { get; init; }
}
