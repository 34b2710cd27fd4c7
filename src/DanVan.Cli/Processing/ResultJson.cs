using DanVan.Cli.Output;

namespace DanVan.Cli.Processing;

/// <summary>
/// The <c>--json</c> results of validate and render (fixed by the contract): an array of
/// <c>{"file", "valid", "errors": [{"path", "code", "message"}]}</c>, render adding <c>"outputs": [paths]</c>.
/// </summary>
internal static class ResultJson
{
    public static void Write(Terminal terminal, IEnumerable<FileOutcome> outcomes, bool withOutputs) =>
        terminal.WriteJson(writer =>
        {
            writer.WriteStartArray();
            foreach (FileOutcome outcome in outcomes)
            {
                writer.WriteStartObject();
                WriteFields(writer, outcome, withOutputs);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }, JsonOutput.Options);

    /// <summary>One outcome's "file", "valid", "errors" (and "outputs") inside an object the caller opened.</summary>
    public static void WriteFields(System.Text.Json.Utf8JsonWriter writer, FileOutcome outcome, bool withOutputs)
    {
        writer.WriteString("file", outcome.File);
        writer.WriteBoolean("valid", outcome.Valid);
        WriteErrors(writer, outcome.Errors);
        if (withOutputs)
        {
            writer.WriteStartArray("outputs");
            foreach (string output in outcome.Outputs)
            {
                writer.WriteStringValue(output);
            }

            writer.WriteEndArray();
        }
    }

    /// <summary>
    /// The <c>"errors": [{"path", "code", "message"}]</c> member, the same in the CLI's <c>--json</c> results and in the
    /// service's problems.
    /// </summary>
    public static void WriteErrors(System.Text.Json.Utf8JsonWriter writer, IEnumerable<Problem> errors)
    {
        writer.WriteStartArray("errors");
        foreach (Problem problem in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("path", problem.Path);
            writer.WriteString("code", problem.Code);
            writer.WriteString("message", problem.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
