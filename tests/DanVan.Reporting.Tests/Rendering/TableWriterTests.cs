using System.Globalization;
using System.Text;

namespace DanVan.Reporting.Tests.Rendering;

/// <summary>Tables in every writer: call order, column count, and cells that hold markup or line breaks.</summary>
public class TableWriterTests
{
    private static readonly TableColumn[] s_columns = [TableColumn.RowNumber, new("Tên mô hình"), new("Số hộ", TableAlignment.Right)];

    public static TheoryData<WriterKind> AllWriters => Writers.All;

    [Theory]
    [MemberData(nameof(AllWriters))]
    public void WriteCell_OutsideARow_Throws(WriterKind kind)
    {
        IReportWriter writer = Open(kind);
        writer.BeginTable("Mô hình", s_columns);

        var error = Assert.Throws<InvalidOperationException>(() => writer.WriteCell("1"));

        Assert.Contains("WriteCell", error.Message, StringComparison.Ordinal);
        Assert.Contains("BeginTableRow", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllWriters))]
    public void WriteCell_MoreCellsThanColumns_ThrowsNamingTheCount(WriterKind kind)
    {
        IReportWriter writer = Open(kind);
        writer.BeginTable("Mô hình", s_columns);
        writer.BeginTableRow();
        writer.WriteCell("1");
        writer.WriteCell("a");
        writer.WriteCell("3 hộ");

        var error = Assert.Throws<InvalidOperationException>(() => writer.WriteCell("thừa"));

        Assert.Contains("3 cột", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllWriters))]
    public void ValuesGroupsAndRows_InTheWrongPlace_Throw(WriterKind kind)
    {
        IReportWriter writer = Open(kind);
        Assert.Throws<InvalidOperationException>(writer.BeginTableRow);
        writer.BeginTable("Mô hình", s_columns);
        Assert.Throws<InvalidOperationException>(() => writer.WriteValue("Tỷ lệ", "1%"));
        Assert.Throws<InvalidOperationException>(() => writer.BeginGroup("1"));
        Assert.Throws<InvalidOperationException>(() => writer.BeginTable("Lồng", s_columns));
        writer.BeginTableRow();
        Assert.Throws<InvalidOperationException>(writer.BeginTableRow);
        Assert.Throws<InvalidOperationException>(writer.EndTable);
        Assert.Throws<InvalidOperationException>(writer.EndReport);
        writer.EndTableRow();
        writer.EndTable();
        Assert.Throws<InvalidOperationException>(writer.EndTable);
        writer.EndSection();
        writer.EndReport();
    }

    [Theory]
    [MemberData(nameof(AllWriters))]
    public void BeginTable_NoColumnsOrANullColumn_ThrowsArgumentException(WriterKind kind)
    {
        IReportWriter writer = Open(kind);

        Assert.Throws<ArgumentException>(() => writer.BeginTable("Mô hình", []));
        Assert.Throws<ArgumentException>(() => writer.BeginTable("Mô hình", [TableColumn.RowNumber, null!]));
        Assert.Throws<ArgumentNullException>(() => writer.BeginTable("Mô hình", null!));
        writer.BeginTable("Mô hình", s_columns);
    }

    [Theory]
    [MemberData(nameof(AllWriters))]
    public void Table_WithoutRows_IsLeftOutLabelAndAll(WriterKind kind)
    {
        string withTable = Render(kind, writer => writer.BeginTable("Mô hình trống", s_columns));
        string without = Render(kind, writer => writer.BeginTable("", [new TableColumn("x")]));

        Assert.DoesNotContain("Mô hình trống", withTable, StringComparison.Ordinal);
        Assert.Equal(without, withTable);
    }

    [Theory]
    [MemberData(nameof(AllWriters))]
    public void Table_OneMegabyteCell_Renders(WriterKind kind)
    {
        string cell = string.Concat(Enumerable.Repeat("Dân vận khéo ", 80_000));
        string output = Render(kind, writer =>
        {
            writer.BeginTable("Mô hình", s_columns);
            Row(writer, "1", cell, "5 hộ");
        });

        Assert.Contains("5 hộ", output, StringComparison.Ordinal);
        Assert.True(output.Length > 1_000_000);
    }

    [Fact]
    public void EnglishMessages_NameTheCallAndTheRule()
    {
        using (MessageSettings.Use(MessageLanguage.English))
        {
            IReportWriter writer = Open(WriterKind.Text);
            var error = Assert.Throws<InvalidOperationException>(() => writer.WriteCell("1"));
            Assert.StartsWith("WriteCell was called out of order: it must come inside a table row (after BeginTableRow).", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Text_ShortRow_FillsEmptyCellsAndAlignsColumns()
    {
        string text = Render(WriterKind.Text, writer =>
        {
            writer.BeginTable("Mô hình", s_columns);
            Row(writer, "1", "Dân vận khéo\nở thôn", "120 hộ");
            Row(writer, "2");
        });

        Assert.Contains(
            "Mô hình:\n| STT |     Tên mô hình     | Số hộ  |\n|-----|---------------------|--------|\n|  1  | Dân vận khéo ở thôn | 120 hộ |\n|  2  |                     |        |\n",
            text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Text_DecomposedVietnamese_IsMeasuredByWhatIsShown()
    {
        string text = Render(WriterKind.Text, writer =>
        {
            writer.BeginTable("", [new TableColumn("Tên")]);
            Row(writer, "Đăk".Normalize(NormalizationForm.FormD));
            Row(writer, "Lắk".Normalize(NormalizationForm.FormD));
        });

        string[] lines = text.Split('\n').Where(l => l.StartsWith('|')).ToArray();
        Assert.Equal(4, lines.Length);
        Assert.All(lines, line => Assert.Equal(lines[1].Length, line.Count(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)));
    }

    [Fact]
    public void Markdown_PipesAndMarkupInCells_AreEscaped()
    {
        string markdown = Render(WriterKind.Markdown, writer =>
        {
            writer.BeginTable("Mô hình", s_columns);
            Row(writer, "1", "a | b *c* <br>", "# 5");
        });

        Assert.Contains("| 1 | a \\| b \\*c\\* \\<br\\> | \\# 5 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_MarkupInCells_IsEncoded()
    {
        string html = Render(WriterKind.Html, writer =>
        {
            writer.BeginTable("<i>Mô hình</i>", s_columns);
            Row(writer, "1", "<script>alert(1)</script>", "5 & 6");
        });

        Assert.Contains("<p class=\"label\">&lt;i&gt;Mô hình&lt;/i&gt;:</p>", html, StringComparison.Ordinal);
        Assert.Contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"right\">5 &amp; 6</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_TableInsideAGroup_IsTheContentOfTheLabelsItem()
    {
        string markdown = Render(WriterKind.Markdown, writer =>
        {
            writer.BeginGroup("Xã Đăk Blà");
            writer.BeginTable("Mô hình", s_columns);
            Row(writer, "1", "a", "5 hộ");
            writer.EndTable();
            writer.EndGroup();
            writer.BeginTable("", [new TableColumn("Cột")]);
        });

        Assert.Contains("- Xã Đăk Blà:\n  - Mô hình:\n\n    | STT | Tên mô hình | Số hộ |\n    | :-: | --- | --: |\n    | 1 | a | 5 hộ |\n", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllWriters))]
    public void TableInsideAGroup_RendersItsCells(WriterKind kind)
    {
        string output = Render(kind, writer =>
        {
            writer.BeginGroup("Xã Đăk Blà");
            writer.BeginTable("Mô hình", s_columns);
            Row(writer, "1", "Dân vận khéo", "5 hộ");
            writer.EndTable();
            writer.WriteValue("Tỷ lệ", "1%");
            writer.EndGroup();
            writer.BeginTable("", [new TableColumn("Cột")]);
        });

        Assert.Contains("Dân vận khéo", output, StringComparison.Ordinal);
        Assert.Contains("1%", output, StringComparison.Ordinal);
    }

    private static IReportWriter Open(WriterKind kind)
    {
        IReportWriter writer = Writers.Create(kind);
        writer.BeginReport(Writers.Heading);
        writer.BeginSection("I", "KẾT QUẢ");
        return writer;
    }

    private static string Render(WriterKind kind, Action<IReportWriter> table)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        IReportWriter writer = Writers.Create(kind, output);
        writer.BeginReport(Writers.Heading);
        writer.BeginSection("I", "KẾT QUẢ");
        table(writer);
        writer.EndTable();
        writer.EndSection();
        writer.EndReport();
        return output.ToString();
    }

    private static void Row(IReportWriter writer, params string[] cells)
    {
        writer.BeginTableRow();
        foreach (string cell in cells)
        {
            writer.WriteCell(cell);
        }

        writer.EndTableRow();
    }
}
