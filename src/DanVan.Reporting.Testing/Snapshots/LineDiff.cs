using System.Text;

namespace DanVan.Reporting.Testing;

/// <summary>
/// A unified line diff for a failure message, read in a CI log: Myers' shortest edit script between the verified and
/// the received lines, grouped into hunks with <see cref="Context"/> unchanged lines around each change ("-" verified,
/// "+" received, two spaces for context), every changed line shown up to <see cref="MaxChangedLines"/>, and the totals
/// counted first.
/// </summary>
internal static class LineDiff
{
    /// <summary>Unchanged lines shown before and after each change; hunks closer than twice this merge.</summary>
    public const int Context = 3;

    /// <summary>Changed lines shown in one message; the totals still count every line.</summary>
    public const int MaxChangedLines = 500;

    /// <summary>Beyond this many differences between the two middles, Myers' search stops and the middle is one change.</summary>
    private const int MaxEditDistance = 4000;

    /// <summary>One line of the edit script: kept (in both), removed (verified only) or added (received only).</summary>
    private enum Kind
    {
        Kept,
        Removed,
        Added,
    }

    /// <summary>The diff of two texts with "\n" line endings; empty when they are equal.</summary>
    public static string Format(string verified, string received)
    {
        string[] v = verified.Split('\n');
        string[] r = received.Split('\n');
        List<(Kind Kind, int V, int R)> script = Script(v, r);
        int removed = script.Count(e => e.Kind == Kind.Removed);
        int added = script.Count(e => e.Kind == Kind.Added);
        if (removed == 0 && added == 0)
        {
            return string.Empty;
        }

        List<(int Start, int End)> hunks = Hunks(script);
        var builder = new StringBuilder();
        builder.Append(SnapshotMessages.Format(
            "{0} dòng khác nhau: {1} dòng bị bỏ (-, trong tệp verified), {2} dòng được thêm (+, trong kết quả received), trong {3} đoạn:\n",
            "{0} changed line(s): {1} removed (-, in the verified file), {2} added (+, in the received text), in {3} hunk(s):\n",
            SnapshotMessages.Number(removed + added),
            SnapshotMessages.Number(removed),
            SnapshotMessages.Number(added),
            SnapshotMessages.Number(hunks.Count)));
        int shown = 0;
        foreach ((int start, int end) in hunks)
        {
            if (shown >= MaxChangedLines)
            {
                break;
            }

            AppendHunk(builder, script, start, end, v, r, ref shown);
        }

        int total = removed + added;
        if (shown < total)
        {
            builder.Append(SnapshotMessages.Format(
                "… còn {0} dòng khác nhau không hiện ở đây: xem tệp received.\n",
                "… {0} more changed line(s) not shown here: see the received file.\n",
                SnapshotMessages.Number(total - shown)));
        }

        return builder.ToString();
    }

    private static void AppendHunk(StringBuilder builder, List<(Kind Kind, int V, int R)> script, int start, int end, string[] v, string[] r, ref int shown)
    {
        // "@@ -a,b +c,d @@": first line (1-based) and count on each side, as git writes it.
        int vFirst = -1, rFirst = -1, vCount = 0, rCount = 0;
        for (int i = start; i < end; i++)
        {
            (Kind kind, int vi, int ri) = script[i];
            if (kind != Kind.Added)
            {
                vCount++;
                vFirst = vFirst < 0 ? vi : vFirst;
            }

            if (kind != Kind.Removed)
            {
                rCount++;
                rFirst = rFirst < 0 ? ri : rFirst;
            }
        }

        builder.Append("@@ -").Append(Range(vFirst, vCount, script[start].V)).Append(" +").Append(Range(rFirst, rCount, script[start].R)).Append(" @@\n");
        for (int i = start; i < end; i++)
        {
            (Kind kind, int vi, int ri) = script[i];
            if (kind == Kind.Kept)
            {
                builder.Append("  ").Append(v[vi]).Append('\n');
                continue;
            }

            if (shown >= MaxChangedLines)
            {
                return;
            }

            shown++;
            builder.Append(kind == Kind.Removed ? "- " : "+ ").Append(kind == Kind.Removed ? v[vi] : r[ri]).Append('\n');
        }
    }

    /// <summary>git's range: "first,count", and for an empty side the line before it, "n,0".</summary>
    private static string Range(int first, int count, int position) =>
        count == 0
            ? SnapshotMessages.Number(position) + ",0"
            : SnapshotMessages.Number(first + 1) + "," + SnapshotMessages.Number(count);

    /// <summary>Hunks as [start, end) ranges of the script: each change with its context, close ones merged.</summary>
    private static List<(int Start, int End)> Hunks(List<(Kind Kind, int V, int R)> script)
    {
        var hunks = new List<(int Start, int End)>();
        for (int i = 0; i < script.Count; i++)
        {
            if (script[i].Kind == Kind.Kept)
            {
                continue;
            }

            int start = Math.Max(0, i - Context);
            int last = i;
            int j = i + 1;
            while (j < script.Count)
            {
                if (script[j].Kind != Kind.Kept)
                {
                    last = j;
                }
                else if (j - last > 2 * Context)
                {
                    break;
                }

                j++;
            }

            int end = Math.Min(script.Count, last + 1 + Context);
            hunks.Add((start, end));
            i = end - 1;
        }

        return hunks;
    }

    /// <summary>The edit script: common prefix and suffix kept, Myers' shortest edit script for the middle.</summary>
    private static List<(Kind Kind, int V, int R)> Script(string[] v, string[] r)
    {
        int prefix = 0;
        while (prefix < v.Length && prefix < r.Length && v[prefix] == r[prefix])
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < v.Length - prefix && suffix < r.Length - prefix && v[^(suffix + 1)] == r[^(suffix + 1)])
        {
            suffix++;
        }

        var script = new List<(Kind Kind, int V, int R)>(Math.Max(v.Length, r.Length) + 8);
        for (int i = 0; i < prefix; i++)
        {
            script.Add((Kind.Kept, i, i));
        }

        Middle(v, r, prefix, v.Length - suffix, prefix, r.Length - suffix, script);
        for (int i = 0; i < suffix; i++)
        {
            script.Add((Kind.Kept, v.Length - suffix + i, r.Length - suffix + i));
        }

        return script;
    }

    /// <summary>Myers (1986), "An O(ND) difference algorithm", greedy forward search with the trace kept for the path back.</summary>
    private static void Middle(string[] v, string[] r, int vStart, int vEnd, int rStart, int rEnd, List<(Kind Kind, int V, int R)> script)
    {
        int n = vEnd - vStart;
        int m = rEnd - rStart;
        if (n == 0 || m == 0)
        {
            Block(vStart, vEnd, rStart, rEnd, script);
            return;
        }

        int max = Math.Min(n + m, MaxEditDistance);
        int offset = max + 1;
        int[] x = new int[(2 * max) + 3];
        var trace = new List<int[]>();
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++)
        {
            trace.Add((int[])x.Clone());
            for (int k = -d; k <= d; k += 2)
            {
                int xk = k == -d || (k != d && x[offset + k - 1] < x[offset + k + 1]) ? x[offset + k + 1] : x[offset + k - 1] + 1;
                int yk = xk - k;
                while (xk < n && yk < m && v[vStart + xk] == r[rStart + yk])
                {
                    xk++;
                    yk++;
                }

                x[offset + k] = xk;
                if (xk >= n && yk >= m)
                {
                    found = d;
                    break;
                }
            }
        }

        if (found < 0)
        {
            // Too different to search further: one change for the whole middle (still every line shown and counted).
            Block(vStart, vEnd, rStart, rEnd, script);
            return;
        }

        // Walk back from (n, m) through the trace: each round d ends with a snake (kept lines) after one removal or addition.
        var reversed = new List<(Kind Kind, int V, int R)>();
        int px = n, py = m;
        for (int d = found; d > 0; d--)
        {
            int[] previous = trace[d];
            int k = px - py;
            int previousK = k == -d || (k != d && previous[offset + k - 1] < previous[offset + k + 1]) ? k + 1 : k - 1;
            int previousX = previous[offset + previousK];
            int previousY = previousX - previousK;
            int moveX = previousK == k + 1 ? previousX : previousX + 1;
            while (px > moveX)
            {
                px--;
                py--;
                reversed.Add((Kind.Kept, vStart + px, rStart + py));
            }

            reversed.Add(previousK == k + 1
                ? (Kind.Added, vStart + previousX, rStart + previousY)
                : (Kind.Removed, vStart + previousX, rStart + previousY));
            px = previousX;
            py = previousY;
        }

        while (px > 0)
        {
            px--;
            py--;
            reversed.Add((Kind.Kept, vStart + px, rStart + py));
        }

        reversed.Reverse();
        script.AddRange(reversed);
    }

    /// <summary>All of one side removed, all of the other added.</summary>
    private static void Block(int vStart, int vEnd, int rStart, int rEnd, List<(Kind Kind, int V, int R)> script)
    {
        for (int i = vStart; i < vEnd; i++)
        {
            script.Add((Kind.Removed, i, rStart));
        }

        for (int i = rStart; i < rEnd; i++)
        {
            script.Add((Kind.Added, vEnd, i));
        }
    }
}
