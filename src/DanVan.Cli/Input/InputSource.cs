namespace DanVan.Cli.Input;

/// <summary>One input of validate or render: a JSON file, or standard input (<c>-</c>).</summary>
/// <param name="Name">The name errors and results show: the path as given, or found under a directory given.</param>
/// <param name="FullPath">The file to read, or null for standard input.</param>
/// <param name="OutputStem">The output's path under <c>--out</c> without its extension: the input's name without
/// <c>.json</c>, keeping the sub-folders of a directory given (so two <c>a.json</c> in two folders do not collide).</param>
internal sealed record InputSource(string Name, string? FullPath, string OutputStem)
{
    /// <summary>The name standard input is shown under; its outputs are <c>stdin.&lt;ext&gt;</c>.</summary>
    public const string StandardInputName = "-";

    /// <summary>Whether this is standard input.</summary>
    public bool IsStandardInput => FullPath is null;
}
