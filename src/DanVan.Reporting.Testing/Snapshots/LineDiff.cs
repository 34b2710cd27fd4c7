using System.Globalization;
using System.Text;

namespace DanVan.Reporting.Testing;

/// <summary>
/// A readable diff for a failure message: the region between the longest common prefix and suffix of lines, shown
/// as one unified-diff hunk ("-" verified, "+" received) with a few lines of context, cut after a few dozen lines.
/// </summary>
internal static class LineDiff
{
    public const int Context = 3;
    public const int MaxLinesPerSide = 20;

    public static string Format(string verified, string received)
    {
        string[] v = verified.Split('\n');
        string[] r = received.Split('\n');
        int prefix = 0;
        while (prefix < v.Length && prefix < r.Length && v[prefix] == r[prefix])
        {
            prefix++;
        }

        if (prefix == v.Length && prefix == r.Length)
        {
            return "The files differ only in their bytes (encoding).\n";
        }

        int suffix = 0;
        while (suffix < v.Length - prefix && suffix < r.Length - prefix && v[^(suffix + 1)] == r[^(suffix + 1)])
        {
            suffix++;
        }

        int start = Math.Max(0, prefix - Context);
        int vEnd = v.Length - suffix;
        int rEnd = r.Length - suffix;
        int contextAfter = Math.Min(Context, suffix);
        var builder = new StringBuilder();
        if (verified.TrimEnd('\n') == received.TrimEnd('\n'))
        {
            builder.Append("Only the final newlines differ: the verified file has ")
                .Append(Trailing(verified)).Append(", the received text ").Append(Trailing(received)).Append(".\n");
        }

        builder.Append("First difference at line ").Append((prefix + 1).ToString(CultureInfo.InvariantCulture))
            .Append(" (- verified, + received):\n");
        builder.Append("@@ -").Append(Range(start, vEnd + contextAfter)).Append(" +").Append(Range(start, rEnd + contextAfter)).Append(" @@\n");
        for (int i = start; i < prefix; i++)
        {
            builder.Append("  ").Append(v[i]).Append('\n');
        }

        AppendSide(builder, '-', v, prefix, vEnd);
        AppendSide(builder, '+', r, prefix, rEnd);
        for (int i = vEnd; i < vEnd + contextAfter; i++)
        {
            builder.Append("  ").Append(v[i]).Append('\n');
        }

        return builder.ToString();
    }

    private static string Trailing(string text)
    {
        int count = text.Length - text.TrimEnd('\n').Length;
        return count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " final newline" : " final newlines");
    }

    private static string Range(int start, int end) =>
        (start + 1).ToString(CultureInfo.InvariantCulture) + "," + (end - start).ToString(CultureInfo.InvariantCulture);

    private static void AppendSide(StringBuilder builder, char sign, string[] lines, int from, int to)
    {
        int shown = Math.Min(to, from + MaxLinesPerSide);
        for (int i = from; i < shown; i++)
        {
            builder.Append(sign).Append(' ').Append(lines[i]).Append('\n');
        }

        if (to > shown)
        {
            builder.Append(sign).Append(" … ").Append((to - shown).ToString(CultureInfo.InvariantCulture)).Append(" more line(s)\n");
        }
    }
}
