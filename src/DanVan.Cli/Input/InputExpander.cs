namespace DanVan.Cli.Input;

/// <summary>
/// Turns the command's arguments (files, directories, <c>-</c>) into the list of inputs, in a stable order: each
/// argument in the order given; in a directory, every <c>*.json</c> file below it, sorted by path (ordinal), so results
/// and outputs come out the same on every machine. A file reached twice (<c>in</c> and <c>in/a.json</c>) is one input, read
/// once, so two workers never write the same document at once.
/// </summary>
internal static class InputExpander
{
    /// <summary>The inputs, and the arguments that name nothing (each an unreadable input, reported per file).</summary>
    public static (List<InputSource> Inputs, List<string> Missing) Expand(IEnumerable<string> arguments)
    {
        var inputs = new List<InputSource>();
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        bool standardInputTaken = false;
        foreach (string argument in arguments)
        {
            if (argument == InputSource.StandardInputName)
            {
                if (!standardInputTaken)
                {
                    inputs.Add(new InputSource(InputSource.StandardInputName, null, "stdin"));
                    standardInputTaken = true;
                }
            }
            else if (Directory.Exists(argument))
            {
                string root = Path.GetFullPath(argument);
                var files = Directory.EnumerateFiles(root, "*.json", new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive, IgnoreInaccessible = true })
                    .Select(file => Path.GetRelativePath(root, file))
                    .OrderBy(relative => relative, StringComparer.Ordinal);
                foreach (string relative in files.Where(relative => seen.Add(Path.Combine(root, relative))))
                {
                    inputs.Add(new InputSource(Path.Combine(argument, relative), Path.Combine(root, relative), Stem(relative)));
                }
            }
            else if (File.Exists(argument))
            {
                if (seen.Add(Path.GetFullPath(argument)))
                {
                    inputs.Add(new InputSource(argument, Path.GetFullPath(argument), Stem(Path.GetFileName(argument))));
                }
            }
            else
            {
                missing.Add(argument);
            }
        }

        return (inputs, missing);
    }

    // "sub/a.json" → "sub/a"; a name without .json keeps its whole name ("a.txt" → "a.txt", then "a.txt.html").
    private static string Stem(string relative) =>
        relative.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? relative[..^".json".Length] : relative;
}
