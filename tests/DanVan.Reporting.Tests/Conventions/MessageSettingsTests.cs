namespace DanVan.Reporting.Tests.Conventions;

public class MessageSettingsTests
{
    [Fact]
    public async Task Use_ScopesTheLanguageToTheCurrentFlow()
    {
        Assert.Equal(MessageLanguage.Vietnamese, MessageSettings.Current);

        using (MessageSettings.Use(MessageLanguage.English))
        {
            Assert.Equal(MessageLanguage.English, MessageSettings.Current);
            Assert.StartsWith("Cannot read", Assert.Throws<FormatException>(() => ReportPeriod.Parse("x")).Message, StringComparison.Ordinal);

            // Work that does not flow from this scope (another request, say) keeps the default language.
            Task<string> other;
            using (ExecutionContext.SuppressFlow())
            {
                other = Task.Run(() => Assert.Throws<FormatException>(() => ReportPeriod.Parse("x")).Message);
            }

            Assert.StartsWith("Không đọc được", await other, StringComparison.Ordinal);
        }

        Assert.Equal(MessageLanguage.Vietnamese, MessageSettings.Current);
        Assert.Equal(MessageLanguage.Vietnamese, MessageSettings.Language);
    }
}
