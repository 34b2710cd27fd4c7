using DanVan.Reporting.Rendering;

namespace DanVan.Reporting.Benchmarks.Subjects;

/// <summary>
/// What a template engine needs to render <see cref="SoKetCongTacDanVan"/>: the values formatted the Vietnamese way
/// (with the same formatting helpers the generated code calls) and texts split into paragraphs. Built on every
/// render: that work is part of the template side's cost, as it is part of ours.
/// </summary>
public sealed class HtmlView
{
    /// <summary>The subject line.</summary>
    public required string Subject { get; init; }

    /// <summary>The paragraphs of "Đơn vị báo cáo".</summary>
    public required List<string> DonVi { get; init; }

    /// <summary>"I. KẾT QUẢ …".</summary>
    public required string Section1 { get; init; }

    /// <summary>The paragraphs of "Công tác lãnh đạo, chỉ đạo".</summary>
    public required List<string> LanhDaoChiDao { get; init; }

    /// <summary>The values present, in order.</summary>
    public required List<LabelledValue> Values { get; init; }

    /// <summary>The models, or null.</summary>
    public required List<ModelView>? MoHinh { get; init; }

    /// <summary>"II. PHƯƠNG HƯỚNG, NHIỆM VỤ …".</summary>
    public required string Section2 { get; init; }

    /// <summary>The tasks, or null.</summary>
    public required IReadOnlyList<string>? NhiemVu { get; init; }

    /// <summary>Builds the view of a report.</summary>
    public static HtmlView Of(SoKetCongTacDanVan report)
    {
        ReportPeriod period = report.Period;
        var values = new List<LabelledValue>(3);
        if (report.TyLeHoNgheo is { } tyLe)
        {
            values.Add(new("Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số", FieldFormatting.Percent(tyLe, 2)));
        }

        if (report.DienTichChuyenDoi is { } dienTich)
        {
            values.Add(new("Diện tích chuyển đổi cây trồng", FieldFormatting.Quantity(dienTich, "ha")));
        }

        if (report.SoXaGiamNgheo is { } soXa)
        {
            values.Add(new("Số xã thực hiện Chương trình giảm nghèo bền vững", FieldFormatting.Quantity((decimal)soXa, "xã")));
        }

        List<ModelView>? models = null;
        if (report.MoHinh is { } list)
        {
            models = new List<ModelView>(list.Count);
            for (int i = 0; i < list.Count; i++)
            {
                models.Add(new ModelView(FieldFormatting.ItemLabel(i), Paragraphs(list[i].Ten), FieldFormatting.Quantity((decimal)list[i].SoHo, "hộ")));
            }
        }

        string subject = new ReportHeading("sơ kết công tác dân vận", period).Subject;
        return new HtmlView
        {
            Subject = char.ToUpperInvariant(subject[0]) + subject[1..],
            DonVi = Paragraphs(report.DonVi),
            Section1 = "I. KẾT QUẢ CÔNG TÁC DÂN VẬN " + FieldFormatting.Period(period, true),
            LanhDaoChiDao = Paragraphs(report.LanhDaoChiDao),
            Values = values,
            MoHinh = models,
            Section2 = "II. PHƯƠNG HƯỚNG, NHIỆM VỤ " + FieldFormatting.NextPeriod(period, true),
            NhiemVu = report.NhiemVu,
        };
    }

    private static List<string> Paragraphs(string text)
    {
        var paragraphs = new List<string>();
        foreach (string line in text.Split('\n'))
        {
            string trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                paragraphs.Add(trimmed);
            }
        }

        return paragraphs;
    }
}

/// <summary>A label and its formatted value.</summary>
public sealed record LabelledValue(string Label, string Value);

/// <summary>One model of the list, formatted.</summary>
public sealed record ModelView(string Number, List<string> Ten, string SoHo);
