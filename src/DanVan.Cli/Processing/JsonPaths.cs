using System.Text;

namespace DanVan.Cli.Processing;

/// <summary>Validation paths (C# members, <c>KetQua[0].LinhVuc</c>) as JSON paths (<c>$.ketQua[0].linhVuc</c>).</summary>
internal static class JsonPaths
{
    public static string FromMemberPath(string memberPath)
    {
        if (memberPath.Length == 0)
        {
            return "$";
        }

        var path = new StringBuilder("$.", memberPath.Length + 2);
        bool segmentStart = true;
        foreach (char c in memberPath)
        {
            path.Append(segmentStart && char.IsAsciiLetterUpper(c) ? char.ToLowerInvariant(c) : c);
            segmentStart = c == '.';
        }

        return path.ToString();
    }
}
