namespace DanVan.Reporting.Tests.Rendering;

/// <summary>The English wording of the call-order message, chosen for this test's flow only.</summary>
public class ReportWriterEnglishMessageTests
{
    [Fact]
    public void Message_English_NamesCallRuleAndState()
    {
        using (MessageSettings.Use(MessageLanguage.English))
        {
            IReportWriter writer = Writers.Create(WriterKind.Html);

            var error = Assert.Throws<InvalidOperationException>(() => writer.WriteValue("a", "b"));

            Assert.Equal(
                "WriteValue was called out of order: it must come inside an open report, not directly inside a list "
                + "(a list holds only WriteListItem calls and groups) or a table (a table holds only rows and cells). Current state: BeginReport has not been called.",
                error.Message);
        }
    }
}
