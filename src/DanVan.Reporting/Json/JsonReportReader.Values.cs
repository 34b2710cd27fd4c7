using System.Text.Json;
using DanVan.Reporting.Internal;
using NodaTime;

namespace DanVan.Reporting.Json;

// Scalar values: each reads the current value, reports a wrong type or range, and returns the default on error.
public ref partial struct JsonReportReader
{
    /// <summary>Reads a text, composed to NFC.</summary>
    /// <returns>The text, or null on error.</returns>
    public string? ReadString()
    {
        if (_reader.TokenType != JsonTokenType.String)
        {
            WrongType(Messages.Pick("một chuỗi", "a string"));
            return null;
        }

        return VietnameseComposition.Compose(_reader.GetString()!);
    }

    /// <summary>Reads a whole number within [<paramref name="minimum"/>, <paramref name="maximum"/>] (the member type's range).</summary>
    /// <param name="minimum">The smallest value of the member's type.</param>
    /// <param name="maximum">The largest value of the member's type.</param>
    /// <returns>The number, or 0 on error.</returns>
    public long ReadInteger(long minimum, long maximum)
    {
        if (!IsNumber())
        {
            return 0;
        }

        if (_reader.TryGetInt64(out long value) && value >= minimum && value <= maximum)
        {
            return value;
        }

        if (_reader.TryGetDecimal(out decimal number) && number == decimal.Truncate(number) && number >= minimum && number <= maximum)
        {
            return (long)number; // 5.0 is a whole number
        }

        RangeError(number != decimal.Truncate(number)
            ? Messages.Pick("một số nguyên", "a whole number")
            : Messages.FormatPicked("một số nguyên từ {0} đến {1}", "a whole number from {0} to {1}", minimum, maximum));
        return 0;
    }

    /// <summary>Reads a whole number from 0 to <see cref="ulong.MaxValue"/>.</summary>
    /// <returns>The number, or 0 on error.</returns>
    public ulong ReadUInt64()
    {
        if (!IsNumber())
        {
            return 0;
        }

        if (_reader.TryGetUInt64(out ulong value))
        {
            return value;
        }

        RangeError(Messages.FormatPicked("một số nguyên từ 0 đến {0}", "a whole number from 0 to {0}", ulong.MaxValue));
        return 0;
    }

    /// <summary>Reads a decimal number.</summary>
    /// <returns>The number, or 0 on error.</returns>
    public decimal ReadDecimal()
    {
        if (!IsNumber())
        {
            return 0;
        }

        if (_reader.TryGetDecimal(out decimal value))
        {
            return value;
        }

        RangeError(Messages.Pick("một số thập phân trong khoảng ±7,9 × 10^28", "a decimal number within ±7.9 × 10^28"));
        return 0;
    }

    /// <summary>Reads a double-precision number.</summary>
    /// <returns>The number, or 0 on error.</returns>
    public double ReadDouble()
    {
        if (!IsNumber())
        {
            return 0;
        }

        if (_reader.TryGetDouble(out double value) && double.IsFinite(value))
        {
            return value;
        }

        RangeError(Messages.Pick("một số trong khoảng ±1,7 × 10^308", "a number within ±1.7 × 10^308"));
        return 0;
    }

    /// <summary>Reads a single-precision number.</summary>
    /// <returns>The number, or 0 on error.</returns>
    public float ReadSingle()
    {
        if (!IsNumber())
        {
            return 0;
        }

        if (_reader.TryGetSingle(out float value) && float.IsFinite(value))
        {
            return value;
        }

        RangeError(Messages.Pick("một số trong khoảng ±3,4 × 10^38", "a number within ±3.4 × 10^38"));
        return 0;
    }

    /// <summary>Reads true or false.</summary>
    /// <returns>The value, or false on error.</returns>
    public bool ReadBoolean()
    {
        if (_reader.TokenType is JsonTokenType.True or JsonTokenType.False)
        {
            return _reader.GetBoolean();
        }

        WrongType("true/false");
        return false;
    }

    /// <summary>Reads an ISO date, "2024-06-28".</summary>
    /// <returns>The date, or the default on error.</returns>
    public LocalDate ReadDate()
    {
        if (_reader.TokenType != JsonTokenType.String)
        {
            WrongType(Messages.Pick("một ngày dạng \"yyyy-mm-dd\"", "a date as \"yyyy-mm-dd\""));
            return default;
        }

        string text = _reader.GetString()!;
        if (JsonReportWriter.TryParseDate(text, out LocalDate date))
        {
            return date;
        }

        FormatError(Messages.FormatPicked(
            "{0} không phải là ngày hợp lệ dạng yyyy-mm-dd (ISO 8601), ví dụ \"2024-06-28\".",
            "{0} is not a valid date as yyyy-mm-dd (ISO 8601), e.g. \"2024-06-28\".", Messages.Quote(text)));
        return default;
    }

    /// <summary>Reads a period: a code ("2024-Q2") or a Vietnamese text that <see cref="ReportPeriod.Parse"/> accepts.</summary>
    /// <returns>The period, or the default on error.</returns>
    public ReportPeriod ReadPeriod()
    {
        if (_reader.TokenType != JsonTokenType.String)
        {
            WrongType(Messages.Pick("một kỳ báo cáo dạng chuỗi, ví dụ \"2024-Q2\"", "a reporting period as a string, e.g. \"2024-Q2\""));
            return default;
        }

        string text = _reader.GetString()!;
        if (ReportPeriod.TryParseCode(text, out ReportPeriod period) || ReportPeriod.TryParse(text, out period))
        {
            return period;
        }

        FormatError(Messages.FormatPicked(
            "Không đọc được kỳ báo cáo từ {0}. Dạng mã: {1}; hoặc dạng chữ: {2}.",
            "Cannot read a reporting period from {0}. Code forms: {1}; or text forms: {2}.",
            Messages.Quote(text), ReportPeriod.CodeForms, ReportPeriodParser.AcceptedForms));
        return default;
    }

    /// <summary>Reads a list of texts; null when the value is not an array.</summary>
    /// <param name="itemsAcceptNull">Whether an item may be null.</param>
    /// <returns>The texts, or null.</returns>
    public List<string?>? ReadStringList(bool itemsAcceptNull)
    {
        if (!BeginArray())
        {
            return null;
        }

        var items = new List<string?>();
        while (NextItem())
        {
            items.Add(TryNull(itemsAcceptNull) ? null : ReadString());
        }

        return items;
    }

    private bool IsNumber()
    {
        if (_reader.TokenType == JsonTokenType.Number)
        {
            return true;
        }

        WrongType(Messages.Pick("một số", "a number"));
        return false;
    }

    private void RangeError(string expected) =>
        Error(JsonErrorCodes.NumberRange, _reader.TokenStartIndex, Messages.FormatPicked(
            "Số {0} nằm ngoài phạm vi: cần {1}.", "The number {0} is out of range: expected {1}.", Text(_reader.ValueSpan), expected));

    private void FormatError(string message) => Error(JsonErrorCodes.Format, _reader.TokenStartIndex, message);
}
