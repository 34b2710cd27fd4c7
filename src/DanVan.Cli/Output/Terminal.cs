using System.Text;

namespace DanVan.Cli.Output;

/// <summary>
/// The tool's standard output and error as UTF-8 writers: Vietnamese prints the same whatever the terminal's or the
/// system's encoding settings, and the same in the native binary as under the JIT.
/// </summary>
internal sealed class Terminal : IDisposable
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Stream _output;

    public Terminal(Stream output, Stream error, bool errorIsTerminal)
    {
        _output = output;
        Out = new StreamWriter(output, s_utf8, 64 * 1024) { NewLine = "\n" };
        Error = new StreamWriter(error, s_utf8, 4 * 1024) { NewLine = "\n", AutoFlush = true };
        ErrorIsTerminal = errorIsTerminal;
    }

    /// <summary>Standard output: documents, schemas, JSON results.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error: one line per error, the summary, the progress bar.</summary>
    public TextWriter Error { get; }

    /// <summary>Whether standard error is a terminal (then a progress bar is drawn on it).</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>The process's own streams.</summary>
    public static Terminal OpenConsole() =>
        new(Console.OpenStandardOutput(), Console.OpenStandardError(), !Console.IsErrorRedirected);

    /// <summary>Writes one error line in the fixed form <c>&lt;file&gt;: &lt;path or line:col&gt;: &lt;code&gt;: &lt;message&gt;</c>.</summary>
    public void WriteError(string file, string where, string code, string message) =>
        Error.WriteLine(file + ": " + where + ": " + code + ": " + OneLine(message));

    /// <summary>Writes one JSON value (and a newline) to standard output, in order with the text written before it.</summary>
    public void WriteJson(Action<System.Text.Json.Utf8JsonWriter> write, System.Text.Json.JsonWriterOptions options)
    {
        Out.Flush();
        using (var writer = new System.Text.Json.Utf8JsonWriter(_output, options))
        {
            write(writer);
        }

        Out.WriteLine();
    }

    public void Dispose()
    {
        Out.Flush();
        Error.Flush();
    }

    // A message from outside data may hold line breaks; the error format is one line per error.
    private static string OneLine(string message) =>
        message.AsSpan().IndexOfAny('\r', '\n') < 0 ? message : message.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
}
