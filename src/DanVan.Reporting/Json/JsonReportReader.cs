using System.ComponentModel;
using System.Text.Json;
using DanVan.Reporting.Internal;

namespace DanVan.Reporting.Json;

/// <summary>
/// Reads one report from UTF-8 JSON for the code the generator writes (<c>ReadJson</c>): each call consumes one token or
/// value, checks its type and range and records errors with their JSON path and line:column; it never throws for bad
/// input. Not meant to be called by hand.
/// </summary>
/// <remarks>
/// The input is checked whole before reading (size, BOM, UTF-8, JSON syntax), so reading itself meets only well-formed
/// JSON. After an error the value is skipped and reading goes on, so one pass reports every problem (at most
/// <see cref="MaxErrors"/>).
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref partial struct JsonReportReader
{
    /// <summary>The most errors one input reports.</summary>
    public const int MaxErrors = 100;

    private static readonly JsonReaderOptions s_defaultReaderOptions = new() { MaxDepth = ReportJsonOptions.DefaultMaxDepth };

    private readonly ReadOnlySpan<byte> _input;
    private readonly ReportJsonOptions _options;
    private readonly List<Slot> _path = [];
    private readonly List<JsonReadError> _errors = [];
    private Utf8JsonReader _reader;
    private long _propertyStart;
    private bool _unreadable;

    /// <summary>Prepares to read <paramref name="utf8"/>.</summary>
    /// <param name="utf8">The input.</param>
    /// <param name="options">The options, or null for <see cref="ReportJsonOptions.Default"/>.</param>
    public JsonReportReader(ReadOnlySpan<byte> utf8, ReportJsonOptions? options)
    {
        _options = options ?? ReportJsonOptions.Default;
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        _input = utf8.StartsWith(bom) ? utf8[3..] : utf8;
        _reader = new Utf8JsonReader(_input, ReaderOptions(_options));
        PropertyName = "";
        if (utf8.Length > _options.MaxBytes)
        {
            Unreadable(JsonErrorCodes.TooLarge, -1, Messages.FormatPicked(
                "Dữ liệu dài {0} byte, quá giới hạn {1} byte (ReportJsonOptions.MaxBytes).",
                "The input is {0} bytes long, over the limit of {1} bytes (ReportJsonOptions.MaxBytes).",
                utf8.Length, _options.MaxBytes));
        }
        else
        {
            CheckWhole();
        }
    }

    /// <summary>The name of the property just read by <see cref="NextProperty"/>.</summary>
    public string PropertyName { get; private set; }

    /// <summary>Whether the input could be read as JSON and the first value is ready; false leaves nothing to read.</summary>
    /// <returns>True when reading may start.</returns>
    public readonly bool CanRead => !_unreadable;

    /// <summary>The number of errors found so far (a reader of a nested record compares it before and after).</summary>
    public readonly int ErrorCount => _errors.Count;

    /// <summary>The result of the read: <paramref name="value"/>, or the errors found.</summary>
    /// <typeparam name="T">The report type.</typeparam>
    /// <param name="value">The value built, or null.</param>
    /// <returns>The result.</returns>
    public readonly JsonReadResult<T> Result<T>(T? value) =>
        _errors.Count == 0 && value is not null ? JsonReadResult.Success(value)
        : _errors.Count > 0 ? JsonReadResult.Failure<T>(_errors)
        : JsonReadResult.Failure<T>([new JsonReadError("$", 0, 0, JsonErrorCodes.Null, Messages.Pick("Báo cáo không được là null.", "The report cannot be null."))]);

    /// <summary>Starts reading an object: the current value must be one. On false, the value was skipped (and reported).</summary>
    /// <returns>True when the object's properties follow.</returns>
    public bool BeginObject()
    {
        if (_reader.TokenType != JsonTokenType.StartObject)
        {
            WrongType(Messages.Pick("một đối tượng JSON {…}", "a JSON object {…}"));
            return false;
        }

        _path.Add(new Slot(null, -1, _reader.TokenStartIndex));
        return true;
    }

    /// <summary>Moves to the next property of the current object and to its value.</summary>
    /// <returns>False at the end of the object.</returns>
    public bool NextProperty()
    {
        _reader.Read();
        if (_reader.TokenType != JsonTokenType.PropertyName)
        {
            return false;
        }

        _propertyStart = _reader.TokenStartIndex;
        string name = _reader.GetString()!;
        PropertyName = name;
        _path[^1] = _path[^1] with { Name = name };
        _reader.Read();
        return true;
    }

    /// <summary>Ends the current object (after <see cref="NextProperty"/> returned false).</summary>
    public void EndObject() => _path.RemoveAt(_path.Count - 1);

    /// <summary>Starts reading an array: the current value must be one. On false, the value was skipped (and reported).</summary>
    /// <returns>True when the items follow.</returns>
    public bool BeginArray()
    {
        if (_reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(Messages.Pick("một mảng JSON […]", "a JSON array […]"));
            return false;
        }

        _path.Add(new Slot(null, -1, _reader.TokenStartIndex));
        return true;
    }

    /// <summary>Moves to the next item of the current array; at its end, ends the array and returns false.</summary>
    /// <returns>True when an item is ready.</returns>
    public bool NextItem()
    {
        _reader.Read();
        if (_reader.TokenType == JsonTokenType.EndArray)
        {
            _path.RemoveAt(_path.Count - 1);
            return false;
        }

        _path[^1] = _path[^1] with { Index = _path[^1].Index + 1 };
        return true;
    }

    /// <summary>Marks a member as seen; the second time, reports the duplicate, skips the value and returns false.</summary>
    /// <param name="seen">The member's flag.</param>
    /// <returns>True when the value is to be read.</returns>
    public bool Mark(ref bool seen)
    {
        if (!seen)
        {
            seen = true;
            return true;
        }

        Error(JsonErrorCodes.DuplicateProperty, _propertyStart, Messages.FormatPicked(
            "Thuộc tính \"{0}\" xuất hiện hai lần trong cùng một đối tượng.",
            "The property \"{0}\" appears twice in the same object.", PropertyName));
        _reader.Skip();
        return false;
    }

    /// <summary>Reports the current property as unknown and skips its value.</summary>
    /// <param name="known">The object's property names, comma-separated, for the message.</param>
    public void UnknownProperty(string known)
    {
        string? hint = null;
        foreach (string candidate in known.Split(", "))
        {
            if (string.Equals(candidate, PropertyName, StringComparison.OrdinalIgnoreCase))
            {
                hint = candidate;
            }
        }

        Error(JsonErrorCodes.UnknownProperty, _propertyStart, hint is not null
            ? Messages.FormatPicked("Không có thuộc tính \"{0}\"; có phải là \"{1}\"? (tên phân biệt chữ hoa, chữ thường)", "There is no property \"{0}\"; did you mean \"{1}\"? (names are case-sensitive)", PropertyName, hint)
            : Messages.FormatPicked("Không có thuộc tính \"{0}\". Các thuộc tính: {1}.", "There is no property \"{0}\". Properties: {1}.", PropertyName, known));
        _reader.Skip();
    }

    /// <summary>Reports a required member missing from the current object.</summary>
    /// <param name="seen">Whether it was seen.</param>
    /// <param name="name">Its JSON name.</param>
    public void Required(bool seen, string name)
    {
        if (!seen)
        {
            Slot slot = _path[^1];
            string path = PathText(_path.Count - 1) + Segment(name);
            Add(new JsonReadError(path, Line(slot.Start), Column(slot.Start), JsonErrorCodes.Required, Messages.FormatPicked(
                "Thiếu thuộc tính bắt buộc \"{0}\".", "The required property \"{0}\" is missing.", name)));
        }
    }

    /// <summary>Whether the current value is null; a null the member does not accept is reported.</summary>
    /// <param name="accepted">Whether the member accepts null.</param>
    /// <returns>True when the value is null (and so read).</returns>
    public bool TryNull(bool accepted)
    {
        if (_reader.TokenType != JsonTokenType.Null)
        {
            return false;
        }

        if (!accepted)
        {
            Error(JsonErrorCodes.Null, _reader.TokenStartIndex, Messages.Pick("Giá trị không được là null.", "The value cannot be null."));
        }

        return true;
    }

    /// <summary>Reads the top-level <c>"kind"</c>, checking it against <see cref="ReportJsonOptions.Kind"/>.</summary>
    public void Kind()
    {
        if (_reader.TokenType != JsonTokenType.String)
        {
            WrongType(Messages.Pick("một chuỗi (mã loại báo cáo)", "a string (the report kind id)"));
            return;
        }

        string kind = _reader.GetString()!;
        if (_options.Kind is { } expected && !string.Equals(kind, expected, StringComparison.Ordinal))
        {
            Error(JsonErrorCodes.Kind, _reader.TokenStartIndex, Messages.FormatPicked(
                "Loại báo cáo là {0}, nhưng ở đây cần \"{1}\".", "The report kind is {0}, but \"{1}\" is expected here.", Messages.Quote(kind), expected));
        }
    }

    /// <summary>Reports a missing <c>"kind"</c> when <see cref="ReportJsonOptions.Kind"/> asks for one.</summary>
    /// <param name="seen">Whether <c>"kind"</c> was seen.</param>
    public void RequireKind(bool seen)
    {
        if (!seen && _options.Kind is { } expected)
        {
            Slot slot = _path[^1];
            Add(new JsonReadError("$.kind", Line(slot.Start), Column(slot.Start), JsonErrorCodes.Kind, Messages.FormatPicked(
                "Thiếu thuộc tính \"kind\" (loại báo cáo); ở đây cần \"{0}\".", "The property \"kind\" (the report kind) is missing; \"{0}\" is expected here.", expected)));
        }
    }

    /// <summary>Reads a list of items with <paramref name="readItem"/>; null when the value is not an array.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="readItem">Reads one item (the generated reader of a nested record).</param>
    /// <param name="itemsAcceptNull">Whether an item may be null.</param>
    /// <returns>The items, or null.</returns>
    public List<T?>? ReadList<T>(JsonItemReader<T> readItem, bool itemsAcceptNull)
    {
        ArgumentNullException.ThrowIfNull(readItem);
        if (!BeginArray())
        {
            return null;
        }

        var items = new List<T?>();
        while (NextItem())
        {
            items.Add(TryNull(itemsAcceptNull) ? default : readItem(ref this));
        }

        return items;
    }

    /// <summary>Finds the top-level "kind" (for <see cref="ReportJson.ReadKind"/>), reporting what is wrong.</summary>
    internal string? FindKind()
    {
        if (!BeginObject())
        {
            return null;
        }

        string? kind = null;
        bool seen = false;
        while (NextProperty())
        {
            if (PropertyName == "kind" && !seen)
            {
                seen = true;
                if (_reader.TokenType == JsonTokenType.String)
                {
                    kind = _reader.GetString();
                }
                else
                {
                    Error(JsonErrorCodes.Kind, _reader.TokenStartIndex, Messages.FormatPicked(
                        "\"kind\" phải là một chuỗi (mã loại báo cáo), nhưng giá trị là {0}.", "\"kind\" must be a string (the report kind id), but the value is {0}.", Describe()));
                }
            }

            _reader.Skip();
        }

        if (!seen)
        {
            Slot slot = _path[^1];
            Add(new JsonReadError("$.kind", Line(slot.Start), Column(slot.Start), JsonErrorCodes.Kind, Messages.Pick(
                "Thiếu thuộc tính \"kind\" (loại báo cáo).", "The property \"kind\" (the report kind) is missing.")));
        }

        EndObject();
        return kind;
    }

    private static JsonReaderOptions ReaderOptions(ReportJsonOptions options) =>
        options.MaxDepth == ReportJsonOptions.DefaultMaxDepth ? s_defaultReaderOptions : new JsonReaderOptions { MaxDepth = options.MaxDepth };

    private void WrongType(string expected)
    {
        Error(JsonErrorCodes.Type, _reader.TokenStartIndex, Messages.FormatPicked(
            "Cần {0}, nhưng giá trị là {1}.", "Expected {0}, but the value is {1}.", expected, Describe()));
        _reader.Skip();
    }

    private readonly string Describe() => _reader.TokenType switch
    {
        JsonTokenType.String => Messages.Quote(_reader.GetString()) + Messages.Pick(" (một chuỗi)", " (a string)"),
        JsonTokenType.Number => Text(_reader.ValueSpan) + Messages.Pick(" (một số)", " (a number)"),
        JsonTokenType.True or JsonTokenType.False => Text(_reader.ValueSpan) + Messages.Pick(" (đúng/sai)", " (a boolean)"),
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => Messages.Pick("một đối tượng {…}", "an object {…}"),
        JsonTokenType.StartArray => Messages.Pick("một mảng […]", "an array […]"),
        _ => _reader.TokenType.ToString(),
    };

    private static string Text(ReadOnlySpan<byte> utf8) => System.Text.Encoding.UTF8.GetString(utf8);

    private void Error(string code, long offset, string message) =>
        Add(new JsonReadError(PathText(_path.Count), Line(offset), Column(offset), code, message));

    private readonly void Add(JsonReadError error)
    {
        if (_errors.Count < MaxErrors)
        {
            _errors.Add(error);
        }
    }

    private readonly string PathText(int slots)
    {
        var text = new System.Text.StringBuilder("$");
        for (int i = 0; i < slots; i++)
        {
            Slot slot = _path[i];
            if (slot.Index >= 0)
            {
                text.Append('[').Append(slot.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(']');
            }
            else if (slot.Name is not null)
            {
                text.Append(Segment(slot.Name));
            }
        }

        return text.ToString();
    }

    // ".name" for a plain name, ["odd name"] otherwise (JSONPath's bracket notation).
    private static string Segment(string name)
    {
        bool plain = name.Length > 0 && !char.IsAsciiDigit(name[0]);
        foreach (char c in name)
        {
            plain &= char.IsAsciiLetterOrDigit(c) || c == '_';
        }

        return plain ? "." + name : "['" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";
    }

    // One open object or array on the path: the property being read or the item's index, and where it starts.
    private readonly record struct Slot(string? Name, int Index, long Start);
}

/// <summary>Reads one item of a list (the generated reader of a nested record).</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="reader">The reader, positioned on the item.</param>
/// <returns>The item, or null when it could not be read.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate T? JsonItemReader<T>(ref JsonReportReader reader);
