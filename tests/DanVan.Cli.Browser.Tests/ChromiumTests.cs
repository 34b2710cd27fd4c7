namespace DanVan.Cli.Browser.Tests;

/// <summary>Without Chromium the browser tests fail, and say how to install it (they never pass by skipping).</summary>
public sealed class ChromiumTests
{
    [Fact]
    public void Missing_FailsWithHowToInstall()
    {
        string missing = Path.Combine(Path.GetTempPath(), "danvan-no-such-dir-" + Guid.NewGuid().ToString("N"), "chromium");

        var error = Assert.Throws<InvalidOperationException>(() => Chromium.ExecutablePath(missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install -y chromium", error.Message, StringComparison.Ordinal);
        Assert.Contains(Chromium.PathVariable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configured_IsUsedWhenItExists()
    {
        string fake = Path.GetTempFileName();
        try
        {
            Assert.Equal(fake, Chromium.ExecutablePath(fake));
        }
        finally
        {
            File.Delete(fake);
        }
    }
}
