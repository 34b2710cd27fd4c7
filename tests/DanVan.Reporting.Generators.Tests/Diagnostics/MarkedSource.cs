using Microsoft.CodeAnalysis.Text;

namespace DanVan.Reporting.Generators.Tests.Diagnostics;

/// <summary>
/// A test source with one expected location marked as <c>{|text|}</c>: the markers are removed and their span kept,
/// so a test asserts the exact place (and line) a diagnostic points to.
/// </summary>
internal sealed record MarkedSource(string Text, TextSpan? Span)
{
    public static MarkedSource Parse(string markup)
    {
        int open = markup.IndexOf("{|", StringComparison.Ordinal);
        if (open < 0)
        {
            return new MarkedSource(markup, null);
        }

        int close = markup.IndexOf("|}", open, StringComparison.Ordinal);
        Assert.True(close > open, "The marker {| has no closing |}.");
        string text = string.Concat(markup.AsSpan(0, open), markup.AsSpan(open + 2, close - open - 2), markup.AsSpan(close + 2));
        Assert.DoesNotContain("{|", text, StringComparison.Ordinal);
        return new MarkedSource(text, TextSpan.FromBounds(open, close - 2));
    }

    /// <summary>The zero-based line of the marked span.</summary>
    public int Line => Span is { } span ? Text.AsSpan(0, span.Start).Count('\n') : -1;
}
