namespace DanVan.Reporting.Tests.Rendering;

/// <summary>Every writer rejects calls out of order with the same clear message, and null arguments.</summary>
public class ReportWriterCallOrderTests
{
    public static TheoryData<WriterKind> AllWriters => Writers.All;

    [Theory]
    [MemberData(nameof(AllWriters))]
    public void WriteValue_BeforeBeginReport_Throws(WriterKind kind)
    {
        IReportWriter writer = Writers.Create(kind);

        var error = Assert.Throws<InvalidOperationException>(() => writer.WriteValue("Tỷ lệ", "1%"));

        Assert.Contains("WriteValue", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllWriters))]
    public void BeginReport_Twice_Throws(WriterKind kind)
    {
        IReportWriter writer = Writers.Create(kind);
        writer.BeginReport(Writers.Heading);

        Assert.Throws<InvalidOperationException>(() => writer.BeginReport(Writers.Heading));
    }

    [Theory]
    [MemberData(nameof(AllWriters))]
    public void BeginReport_AfterEndReport_Throws(WriterKind kind)
    {
        IReportWriter writer = Writers.Create(kind);
        writer.BeginReport(Writers.Heading);
        writer.EndReport();

        Assert.Throws<InvalidOperationException>(() => writer.BeginReport(Writers.Heading));
        Assert.Throws<InvalidOperationException>(() => writer.WriteText("a", "b"));
        Assert.Throws<InvalidOperationException>(writer.EndReport);
    }

    [Theory]
    [MemberData(nameof(AllWriters))]
    public void EndSection_WithoutBeginSection_Throws(WriterKind kind)
    {
        IReportWriter writer = Writers.Create(kind);
        writer.BeginReport(Writers.Heading);

        Assert.Throws<InvalidOperationException>(writer.EndSection);
    }

    [Theory]
    [MemberData(nameof(AllWriters))]
    public void EndReport_WithOpenList_Throws(WriterKind kind)
    {
        IReportWriter writer = Writers.Create(kind);
        writer.BeginReport(Writers.Heading);
        writer.BeginSection("I", "KẾT QUẢ");
        writer.BeginList("Nhiệm vụ");

        Assert.Throws<InvalidOperationException>(writer.EndReport);
        Assert.Throws<InvalidOperationException>(writer.EndSection);
        Assert.Throws<InvalidOperationException>(writer.EndGroup);
    }

    [Theory]
    [MemberData(nameof(AllWriters))]
    public void ContentAndNesting_OutOfPlace_Throw(WriterKind kind)
    {
        IReportWriter writer = Writers.Create(kind);
        writer.BeginReport(Writers.Heading);
        Assert.Throws<InvalidOperationException>(() => writer.WriteListItem("x"));
        Assert.Throws<InvalidOperationException>(writer.EndList);

        writer.BeginSection("I", "KẾT QUẢ");
        Assert.Throws<InvalidOperationException>(() => writer.BeginSection("II", "nested"));

        writer.BeginList("Nhiệm vụ");
        Assert.Throws<InvalidOperationException>(() => writer.WriteValue("a", "b"));
        Assert.Throws<InvalidOperationException>(() => writer.WriteText("a", "b"));
        Assert.Throws<InvalidOperationException>(() => writer.BeginList("inner"));

        writer.BeginGroup("1");
        Assert.Throws<InvalidOperationException>(() => writer.WriteListItem("x"));
        Assert.Throws<InvalidOperationException>(writer.EndList);
        writer.WriteValue("a", "b");
        writer.EndGroup();
        writer.EndList();
        writer.EndSection();
        writer.EndReport();
    }

    [Theory]
    [MemberData(nameof(AllWriters))]
    public void FailedCall_LeavesStateUnchanged(WriterKind kind)
    {
        IReportWriter writer = Writers.Create(kind);
        writer.BeginReport(Writers.Heading);
        writer.BeginSection("I", "KẾT QUẢ");
        Assert.Throws<InvalidOperationException>(writer.EndList);

        writer.WriteValue("a", "b");
        writer.EndSection();
        writer.EndReport();
    }

    [Theory]
    [MemberData(nameof(AllWriters))]
    public void NullArguments_Throw(WriterKind kind)
    {
        IReportWriter writer = Writers.Create(kind);
        Assert.Throws<ArgumentNullException>(() => writer.BeginReport(default));
        writer.BeginReport(Writers.Heading);

        Assert.Equal("number", Assert.Throws<ArgumentNullException>(() => writer.BeginSection(null!, "x")).ParamName);
        Assert.Equal("title", Assert.Throws<ArgumentNullException>(() => writer.BeginSection("I", null!)).ParamName);
        Assert.Equal("label", Assert.Throws<ArgumentNullException>(() => writer.WriteText(null!, "x")).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => writer.WriteText("x", null!)).ParamName);
        Assert.Equal("label", Assert.Throws<ArgumentNullException>(() => writer.WriteValue(null!, "x")).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => writer.WriteValue("x", null!)).ParamName);
        Assert.Equal("label", Assert.Throws<ArgumentNullException>(() => writer.BeginList(null!)).ParamName);
        Assert.Equal("label", Assert.Throws<ArgumentNullException>(() => writer.BeginGroup(null!)).ParamName);
        writer.BeginList(string.Empty);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => writer.WriteListItem(null!)).ParamName);
        writer.EndList();
        writer.EndReport();
    }

    [Theory]
    [MemberData(nameof(AllWriters))]
    public void EmptyLabels_AreAllowed(WriterKind kind)
    {
        string output = Writers.Render(kind, ScriptedReport.Wrapped(w =>
        {
            w.BeginSection(string.Empty, string.Empty);
            w.WriteText(string.Empty, "Đoạn văn");
            w.WriteValue(string.Empty, "giá trị");
            w.BeginList(string.Empty);
            w.WriteListItem("mục");
            w.BeginGroup(string.Empty);
            w.WriteValue("a", "b");
            w.EndGroup();
            w.EndList();
            w.EndSection();
        }));

        Assert.Contains("Đoạn văn", output, StringComparison.Ordinal);
        Assert.Contains("giá trị", output, StringComparison.Ordinal);
        Assert.DoesNotContain(": giá trị", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Message_Vietnamese_NamesCallRuleAndState()
    {
        IReportWriter writer = Writers.Create(WriterKind.Text);
        writer.BeginReport(Writers.Heading);
        writer.BeginSection("I", "KẾT QUẢ");
        writer.BeginList("Nhiệm vụ");

        var error = Assert.Throws<InvalidOperationException>(writer.EndSection);

        Assert.Equal(
            "Lời gọi EndSection không đúng chỗ: đóng mục mở sau cùng, nên mục đó phải là khối trong cùng đang mở. "
            + "Trạng thái hiện tại: trong mục \"I\" > danh sách \"Nhiệm vụ\".",
            error.Message);
    }

    [Fact]
    public void DeepNesting_PastTheInlineBlocks_KeepsOrderListItemsAndMessage()
    {
        // 31 open blocks: past the few the state keeps inline, and past growths of the array behind them.
        var writer = new GroupRecorder();
        writer.BeginReport(Writers.Heading);
        writer.BeginSection("I", "KẾT QUẢ");
        var path = new List<string> { "mục \"I\"" };
        for (int i = 0; i < 10; i++)
        {
            writer.BeginList("L" + i);
            writer.BeginGroup("G" + i);
            writer.BeginGroup("H" + i);
            path.Add("danh sách \"L" + i + "\"");
            path.Add("nhóm \"G" + i + "\"");
            path.Add("nhóm \"H" + i + "\"");
        }

        var error = Assert.Throws<InvalidOperationException>(writer.EndList);
        Assert.EndsWith("Trạng thái hiện tại: trong " + string.Join(" > ", path) + ".", error.Message, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(0, 10).SelectMany(_ => new[] { true, false }), writer.ListItems);

        for (int i = 9; i >= 0; i--)
        {
            writer.WriteValue("a", "b");
            writer.EndGroup();
            writer.EndGroup();
            Assert.Throws<InvalidOperationException>(writer.EndGroup); // the list is innermost now, and nothing changed
            writer.WriteListItem("x");
            writer.EndList();
        }

        writer.EndSection();
        writer.EndReport();
    }

    /// <summary>Records whether each group was opened as a list item; draws nothing.</summary>
    private sealed class GroupRecorder : ReportWriterBase
    {
        public List<bool> ListItems { get; } = [];

        protected override void OnBeginGroup(string label, bool isListItem) => ListItems.Add(isListItem);

        protected override void OnBeginReport(DocumentFrame frame)
        {
        }

        protected override void OnBeginSection(string heading)
        {
        }

        protected override void OnWriteText(string? number, string label, IReadOnlyList<string> paragraphs)
        {
        }

        protected override void OnWriteValue(string label, string value)
        {
        }

        protected override void OnBeginList(string label)
        {
        }

        protected override void OnWriteListItem(string text)
        {
        }

        protected override void OnEndList()
        {
        }

        protected override void OnEndGroup()
        {
        }

        protected override void OnTable(ReportTable table)
        {
        }

        protected override void OnEndReport()
        {
        }
    }
}
