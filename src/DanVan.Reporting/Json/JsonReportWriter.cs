using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using NodaTime;

namespace DanVan.Reporting.Json;

/// <summary>
/// Writes the SDK's value types as JSON for the code the generator writes (<c>WriteJson</c>): periods in code form,
/// ISO dates, numbers without culture, and <see cref="DocumentInfo"/>. Not meant to be called by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonReportWriter
{
    /// <summary>Writes a period in code form, "2024-Q2".</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="period">The period.</param>
    public static void WritePeriod(Utf8JsonWriter writer, ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(period.ToCode());
    }

    /// <summary>Writes a date as ISO "yyyy-mm-dd".</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="date">The date.</param>
    public static void WriteDate(Utf8JsonWriter writer, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(FormatDate(date));
    }

    /// <summary>
    /// Writes a double; NaN and the infinities, which JSON numbers cannot hold, are written as the strings "NaN",
    /// "Infinity" and "-Infinity" (reading them back is a type error naming the member, never a silent 0).
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Writes a float, as <see cref="WriteDouble"/> does.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteSingle(Utf8JsonWriter writer, float value)
    {
        if (!float.IsFinite(value))
        {
            // NaN and the infinities are the same as doubles, and WriteDouble writes their names.
            WriteDouble(writer, value);
            return;
        }

        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }

    /// <summary>Writes a list of texts (null items as null).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="items">The items.</param>
    public static void WriteStringList(Utf8JsonWriter writer, IEnumerable<string?> items)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(items);
        writer.WriteStartArray();
        foreach (string? item in items)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a <see cref="DocumentInfo"/>; optional parts that are not set are left out.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="document">The document.</param>
    public static void WriteDocument(Utf8JsonWriter writer, DocumentInfo document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.WriteStartObject();
        if (document.Issuer is { } issuer)
        {
            writer.WriteStartObject("issuer");
            writer.WriteString("name", issuer.Name);
            Optional(writer, "parent", issuer.Parent);
            if (issuer.Level is { } level)
            {
                writer.WriteString("level", level switch
                {
                    IssuerLevel.Central => "Central",
                    IssuerLevel.Province => "Province",
                    IssuerLevel.District => "District",
                    _ => "Commune",
                });
            }

            writer.WriteEndObject();
        }

        if (document.Number is { } number)
        {
            writer.WriteString("number", number.ToString());
        }

        writer.WriteString("place", document.Place);
        writer.WriteString("date", FormatDate(document.Date));
        Optional(writer, "dateLineText", document.DateLineText);
        writer.WriteString("kindName", document.KindName);
        Optional(writer, "subject", document.Subject);
        if (document.Signature is { } signature)
        {
            writer.WriteStartObject("signature");
            Optional(writer, "prefix", signature.Prefix?.Text);
            Optional(writer, "signedFor", signature.SignedFor);
            writer.WriteString("position", signature.Position);
            writer.WriteString("signerName", signature.SignerName);
            writer.WriteEndObject();
        }

        if (document.Recipients is { } recipients && !recipients.Equals(Recipients.None))
        {
            writer.WriteStartObject("recipients");
            writer.WritePropertyName("addressees");
            WriteStringList(writer, recipients.Addressees);
            writer.WritePropertyName("lines");
            WriteStringList(writer, recipients.Lines);
            Optional(writer, "archive", recipients.Archive);
            writer.WriteEndObject();
        }

        if (document.ExplicitLayout is { } layout)
        {
            writer.WriteString("layout", layout.Name);
        }

        Optional(writer, "draftNote", document.DraftNote);
        writer.WriteEndObject();
    }

    /// <summary>The date as ISO "yyyy-mm-dd" (years 0 to 9999).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string FormatDate(LocalDate date) =>
        date.Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + date.Month.ToString("D2", CultureInfo.InvariantCulture) + "-" + date.Day.ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>Reads an ISO date "yyyy-mm-dd" exactly (four-digit year, two-digit month and day, a real calendar day).</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date read.</param>
    /// <returns>Whether the text is such a date.</returns>
    public static bool TryParseDate(string? text, out LocalDate date)
    {
        date = default;
        if (text is not { Length: 10 } || text[4] != '-' || text[7] != '-'
            || !Digits(text.AsSpan(0, 4), out int year) || !Digits(text.AsSpan(5, 2), out int month) || !Digits(text.AsSpan(8, 2), out int day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static void Optional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
