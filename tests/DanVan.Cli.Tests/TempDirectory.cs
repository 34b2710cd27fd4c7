namespace DanVan.Cli.Tests;

/// <summary>A fresh folder for one test's inputs and outputs, deleted afterwards.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "danvan-tests-" + Guid.NewGuid().ToString("N"));

    public string File(string name, string utf8Text) => File(name, new System.Text.UTF8Encoding(false).GetBytes(utf8Text));

    public string File(string name, byte[] bytes)
    {
        string path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
