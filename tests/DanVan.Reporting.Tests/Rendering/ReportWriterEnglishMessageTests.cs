namespace DanVan.Reporting.Tests.Rendering;

/// <summary>
/// The English wording of the call-order message. It flips the process-wide <see cref="MessageSettings.Language"/>,
/// so it runs alone (see <see cref="MessageLanguageSerial"/>): other tests compare Vietnamese messages.
/// </summary>
[Collection(MessageLanguageSerial.Name)]
public class ReportWriterEnglishMessageTests
{
    [Fact]
    public void Message_English_NamesCallRuleAndState()
    {
        MessageLanguage before = MessageSettings.Language;
        try
        {
            MessageSettings.Language = MessageLanguage.English;
            IReportWriter writer = Writers.Create(WriterKind.Html);

            var error = Assert.Throws<InvalidOperationException>(() => writer.WriteValue("a", "b"));

            Assert.Equal(
                "WriteValue was called out of order: it must come inside an open report, not directly inside a list "
                + "(a list holds only WriteListItem calls and groups). Current state: BeginReport has not been called.",
                error.Message);
        }
        finally
        {
            MessageSettings.Language = before;
        }
    }
}
