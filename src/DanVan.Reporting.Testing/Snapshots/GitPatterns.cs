using System.Text;
using System.Text.RegularExpressions;

namespace DanVan.Reporting.Testing;

/// <summary>
/// Enough of git's .gitattributes and .gitignore rules to tell whether a path gets <c>text eol=lf</c> and whether it is
/// ignored: wildcard patterns (<c>*</c>, <c>?</c>, <c>[…]</c>, <c>**</c>), a pattern without "/" matching the file
/// name at any depth, one with "/" anchored at the file's folder, the last matching line winning, "!" in .gitignore.
/// </summary>
internal static class GitPatterns
{
    /// <summary>Whether <paramref name="path"/> (relative to the repository root, "/" separated) is checked out as text with LF endings.</summary>
    public static bool IsTextWithLf(string gitattributes, string path)
    {
        bool? text = null;
        string? eol = null;
        foreach (string raw in gitattributes.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts[0].StartsWith('[') && parts[0].Contains("attr]", StringComparison.Ordinal) || !Matches(parts[0], path))
            {
                continue;
            }

            foreach (string attribute in parts.Skip(1))
            {
                switch (attribute)
                {
                    case "text" or "text=auto":
                        text = true;
                        break;
                    case "-text" or "binary":
                        text = false;
                        break;
                    case "!text":
                        text = null;
                        break;
                    case "-eol" or "!eol":
                        eol = null;
                        break;
                    default:
                        if (attribute.StartsWith("eol=", StringComparison.Ordinal))
                        {
                            eol = attribute[4..];
                        }

                        break;
                }
            }
        }

        return text != false && eol == "lf";
    }

    /// <summary>Whether <paramref name="path"/> (relative to the folder of the .gitignore, "/" separated) is ignored by it.</summary>
    public static bool IsIgnored(string gitignore, string path)
    {
        bool ignored = false;
        foreach (string raw in gitignore.Split('\n'))
        {
            string line = raw.TrimEnd('\r').TrimEnd();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            bool negated = line[0] == '!';
            string pattern = negated ? line[1..] : line;
            if (pattern.EndsWith('/'))
            {
                continue; // a folder rule; snapshot files are files
            }

            if (Matches(pattern, path))
            {
                ignored = !negated;
            }
        }

        return ignored;
    }

    /// <summary>Whether a pattern matches the path: by file name when it has no "/", else anchored at the start.</summary>
    public static bool Matches(string pattern, string path)
    {
        string trimmed = pattern.StartsWith('/') ? pattern[1..] : pattern;
        bool anchored = pattern.TrimEnd('/').Contains('/', StringComparison.Ordinal);
        string subject = anchored ? path : path[(path.LastIndexOf('/') + 1)..];
        return Regex.IsMatch(subject, "^" + ToRegex(trimmed) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static string ToRegex(string glob)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < glob.Length; i++)
        {
            char c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                bool slashAfter = i + 2 < glob.Length && glob[i + 2] == '/';
                builder.Append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            }
            else if (c == '*')
            {
                builder.Append("[^/]*");
            }
            else if (c == '?')
            {
                builder.Append("[^/]");
            }
            else if (c == '[' && glob.IndexOf(']', i + 1) is int close and > 0)
            {
                string set = glob[(i + 1)..close];
                builder.Append('[').Append(set.StartsWith('!') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                i = close;
            }
            else if (c == '\\' && i + 1 < glob.Length)
            {
                builder.Append(Regex.Escape(glob[++i].ToString()));
            }
            else
            {
                builder.Append(Regex.Escape(c.ToString()));
            }
        }

        return builder.ToString();
    }
}
