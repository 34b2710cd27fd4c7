using System.Text;

namespace DanVan.Cli.Input;

/// <summary>
/// Finds inputs that <c>render</c> would write to the same documents: <c>a/x.json</c> and <c>b/x.json</c> given as two
/// arguments, <c>x.json</c> and <c>x.JSON</c> in one folder, or a file named <c>stdin.json</c> beside <c>-</c>. Such a run
/// is refused before any work (exit 2): the contract names the output <c>&lt;dir&gt;/&lt;input name&gt;.&lt;ext&gt;</c>,
/// and one document silently replacing another is lost data.
/// </summary>
internal static class OutputNames
{
    /// <summary>Each input whose output stem an earlier input already takes, with that earlier input, in input order.</summary>
    public static List<(InputSource First, InputSource Second)> Collisions(IReadOnlyList<InputSource> inputs)
    {
        // Compared as the least forgiving file system would: case-insensitive (Windows, macOS) and in NFC (macOS
        // stores names decomposed), with either separator, so a run gives the same answer on every machine.
        var taken = new Dictionary<string, InputSource>(StringComparer.OrdinalIgnoreCase);
        var collisions = new List<(InputSource, InputSource)>();
        foreach (InputSource input in inputs)
        {
            string key = input.OutputStem.Replace('\\', '/').Normalize(NormalizationForm.FormC);
            if (!taken.TryAdd(key, input))
            {
                collisions.Add((taken[key], input));
            }
        }

        return collisions;
    }
}
