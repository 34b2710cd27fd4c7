using System.Collections.Generic;
using DanVan.Reporting.Generators.Helpers;
using DanVan.Reporting.Generators.Model;

namespace DanVan.Reporting.Generators.Parsing;

/// <summary>Splits a section title into literal text and the placeholders {period}, {next} and {year}.</summary>
internal static class TitleTemplateParser
{
    /// <summary>Parses <paramref name="title"/>; returns false with the unknown placeholder's name when there is one.</summary>
    public static bool TryParse(string title, out EquatableArray<TitlePart> parts, out string unknown)
    {
        var list = new List<TitlePart>();
        unknown = string.Empty;
        int literalStart = 0;
        int i = 0;
        while (i < title.Length)
        {
            int close = title[i] == '{' ? title.IndexOf('}', i + 1) : -1;
            if (close < 0)
            {
                i++;
                continue;
            }

            string name = title.Substring(i + 1, close - i - 1);
            TitlePartKind? kind = name.ToLowerInvariant() switch
            {
                "period" => TitlePartKind.Period,
                "next" => TitlePartKind.Next,
                "year" => TitlePartKind.Year,
                _ => null,
            };
            if (kind is null)
            {
                unknown = name;
                parts = EquatableArray<TitlePart>.Empty;
                return false;
            }

            if (i > literalStart)
            {
                list.Add(new TitlePart(TitlePartKind.Literal, title.Substring(literalStart, i - literalStart)));
            }

            list.Add(new TitlePart(kind.Value, string.Empty));
            i = close + 1;
            literalStart = i;
        }

        if (literalStart < title.Length)
        {
            list.Add(new TitlePart(TitlePartKind.Literal, title.Substring(literalStart)));
        }

        parts = list.ToEquatableArray();
        return true;
    }

    /// <summary>Whether the title's letters are all upper case (placeholders are then written in upper case too).</summary>
    public static bool IsUpperCase(string title)
    {
        bool hasLetter = false;
        bool inPlaceholder = false;
        foreach (char c in title)
        {
            inPlaceholder = c == '{' || (inPlaceholder && c != '}');
            if (inPlaceholder || !char.IsLetter(c))
            {
                continue;
            }

            hasLetter = true;
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return hasLetter;
    }
}
