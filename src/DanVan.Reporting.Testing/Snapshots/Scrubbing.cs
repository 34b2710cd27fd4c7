using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DanVan.Reporting.Testing;

/// <summary>The built-in scrubbers.</summary>
internal static partial class Scrubbing
{
    public static string GeneratedCodeVersion(string text) =>
        GeneratedCodeRegex().Replace(text, "${head}{version}${tail}");

    public static string InlineGuids(string text)
    {
        var numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        return GuidRegex().Replace(text, match =>
        {
            if (!numbers.TryGetValue(match.Value, out int number))
            {
                number = numbers.Count + 1;
                numbers.Add(match.Value, number);
            }

            return "Guid_" + number.ToString(CultureInfo.InvariantCulture);
        });
    }

    [GeneratedRegex("""(?<head>GeneratedCode(?:Attribute)?\(\s*"[^"\n]*"\s*,\s*")[^"\n]*(?<tail>"\s*\))""", RegexOptions.CultureInvariant)]
    private static partial Regex GeneratedCodeRegex();

    [GeneratedRegex("(?<![0-9A-Za-z])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex GuidRegex();
}

/// <summary>Finds dates in one format inside text by trying each window whose length the format can produce.</summary>
internal sealed class DateTimeScrubber
{
    private readonly string _format;
    private readonly CultureInfo _culture;
    private readonly int _minLength;
    private readonly int _maxLength;

    public DateTimeScrubber(string format, CultureInfo culture)
    {
        _format = format;
        _culture = culture;
        DateTime[] samples =
        [
            new(2001, 1, 1, 1, 1, 1, 1), new(2000, 12, 31, 23, 59, 59, 999), new(2000, 9, 30, 12, 0, 0),
            new(2000, 5, 10, 9, 9, 9), new(2000, 2, 29, 13, 30, 30), new(2000, 11, 11, 11, 11, 11, 111),
        ];
        int[] lengths = Array.ConvertAll(samples, sample => sample.ToString(format, culture).Length);
        _minLength = lengths.Min();
        _maxLength = lengths.Max();
    }

    public string Scrub(string text)
    {
        var numbers = new Dictionary<DateTime, int>();
        var builder = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            DateTime value = default;
            int matched = i == 0 || !char.IsLetterOrDigit(text[i - 1]) ? MatchAt(text, i, out value) : 0;
            if (matched > 0)
            {
                if (!numbers.TryGetValue(value, out int number))
                {
                    number = numbers.Count + 1;
                    numbers.Add(value, number);
                }

                builder.Append("DateTime_").Append(number.ToString(CultureInfo.InvariantCulture));
                i += matched;
            }
            else
            {
                builder.Append(text[i]);
                i++;
            }
        }

        return builder.ToString();
    }

    private int MatchAt(string text, int start, out DateTime value)
    {
        for (int length = Math.Min(_maxLength, text.Length - start); length >= _minLength; length--)
        {
            int end = start + length;
            if (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                continue;
            }

            ReadOnlySpan<char> window = text.AsSpan(start, length);
            if (window.Contains('\n') || !char.IsLetterOrDigit(window[0]))
            {
                continue;
            }

            if (DateTime.TryParseExact(window, _format, _culture, DateTimeStyles.None, out value))
            {
                return length;
            }
        }

        value = default;
        return 0;
    }
}
