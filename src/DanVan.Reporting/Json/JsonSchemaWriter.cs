using System.Buffers;
using System.ComponentModel;
using System.Text.Json;

namespace DanVan.Reporting.Json;

/// <summary>
/// Writes a report type's JSON Schema (draft 2020-12) for the code the generator writes (<c>GetJsonSchema</c>): one call
/// per member, in declaration order. Not meant to be called by hand.
/// </summary>
/// <remarks>What a schema cannot say (and <c>Validate()</c> checks) is listed in docs/json.md.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JsonSchemaWriter
{
    /// <summary>The URI of the JSON Schema dialect written.</summary>
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>The <c>$defs</c> name of <see cref="DocumentInfo"/>.</summary>
    public const string DocumentDefinition = "DocumentInfo";

    // Years ReportPeriod supports, 1900 to 2200.
    private const string YearPattern = "(?:19[0-9]{2}|20[0-9]{2}|21[0-9]{2}|2200)";

    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _writer;
    private bool _usesDocument;
    private bool _inDefinitions;
    private string? _kind;

    /// <summary>Starts a schema.</summary>
    public JsonSchemaWriter() => _writer = ReportJson.CreateWriter(_buffer, indented: true);

    /// <summary>Writes the report's header and opens its properties: <c>kind</c>, <c>period</c> and, if any, <c>document</c>.</summary>
    /// <param name="title">The [Report] title.</param>
    /// <param name="periodKind">The kind of period the report covers.</param>
    /// <param name="kind">The kind id <c>"kind"</c> must be, or null to let it be any text.</param>
    /// <param name="document">The JSON name of the report's DocumentInfo member, or null when it has none.</param>
    /// <param name="documentAcceptsNull">Whether the document may be null.</param>
    public void BeginReport(string title, PeriodKind periodKind, string? kind, string? document, bool documentAcceptsNull)
    {
        _kind = kind;
        _writer.WriteStartObject();
        _writer.WriteString("$schema", Dialect);
        _writer.WriteString("title", title);
        _writer.WriteString("type", "object");
        _writer.WriteBoolean("additionalProperties", false);
        _writer.WriteStartObject("properties");
        _writer.WriteStartObject("kind");
        _writer.WriteString("description", "Loại báo cáo (kind id)");
        if (kind is null)
        {
            _writer.WriteString("type", "string");
        }
        else
        {
            _writer.WriteString("const", kind);
        }

        _writer.WriteEndObject();
        _writer.WriteStartObject("period");
        _writer.WriteString("description", "Kỳ báo cáo (" + PeriodName(periodKind) + "): mã \"" + PeriodExample(periodKind).ToCode() + "\" hoặc chữ \"" + PeriodExample(periodKind) + "\"");
        _writer.WriteString("type", "string");
        _writer.WriteString("pattern", PeriodPattern(periodKind));
        _writer.WriteStartArray("examples");
        _writer.WriteStringValue(PeriodExample(periodKind).ToCode());
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        if (document is not null)
        {
            _usesDocument = true;
            _writer.WritePropertyName(document);
            Reference(DocumentDefinition, documentAcceptsNull, "Thông tin văn bản (DocumentInfo)");
        }
    }

    /// <summary>Closes the report's properties and writes its required members.</summary>
    /// <param name="required">The JSON names of the required members.</param>
    public void EndReport(params string[] required) => CloseObject(_kind is null ? required : ["kind", .. required], closeSchema: false);

    /// <summary>Opens the definition of a nested record type, under <c>$defs</c>.</summary>
    /// <param name="key">The definition's name.</param>
    public void BeginGroup(string key)
    {
        if (!_inDefinitions)
        {
            _inDefinitions = true;
            _writer.WriteStartObject("$defs");
        }

        _writer.WriteStartObject(key);
        _writer.WriteString("type", "object");
        _writer.WriteBoolean("additionalProperties", false);
        _writer.WriteStartObject("properties");
    }

    /// <summary>Closes a nested record type's definition.</summary>
    /// <param name="required">The JSON names of its required members.</param>
    public void EndGroup(params string[] required) => CloseObject(required, closeSchema: true);

    /// <summary>A text member.</summary>
    /// <param name="name">The JSON name.</param>
    /// <param name="label">The label ([Display]).</param>
    /// <param name="acceptsNull">Whether null is allowed.</param>
    /// <param name="notBlank">Whether blank text is rejected ([Required] on text).</param>
    /// <param name="minLength">The fewest characters, or -1.</param>
    /// <param name="maxLength">The most characters, or -1.</param>
    /// <param name="pattern">The [RegularExpression], matched whole, or null.</param>
    public void Text(string name, string label, bool acceptsNull, bool notBlank, int minLength, int maxLength, string? pattern)
    {
        Begin(name, label, "string", acceptsNull);
        if (notBlank && minLength < 1)
        {
            minLength = 1;
        }

        Length("minLength", "maxLength", minLength, maxLength);
        string? whole = pattern is null ? null : "^(?:" + pattern + ")$";
        if (notBlank && whole is not null)
        {
            _writer.WriteStartArray("allOf");
            _writer.WriteStartObject();
            _writer.WriteString("pattern", "\\S");
            _writer.WriteEndObject();
            _writer.WriteStartObject();
            _writer.WriteString("pattern", whole);
            _writer.WriteEndObject();
            _writer.WriteEndArray();
        }
        else if (notBlank || whole is not null)
        {
            _writer.WriteString("pattern", whole ?? "\\S");
        }

        _writer.WriteEndObject();
    }

    /// <summary>A number member: the type's range, narrowed by [Range].</summary>
    /// <param name="name">The JSON name.</param>
    /// <param name="label">The label.</param>
    /// <param name="acceptsNull">Whether null is allowed.</param>
    /// <param name="integer">Whether only whole numbers fit the type.</param>
    /// <param name="minimum">The smallest value allowed, or null.</param>
    /// <param name="maximum">The largest value allowed, or null.</param>
    /// <param name="unit">The unit or format shown in the description ("%", "đồng", "ha"), or null.</param>
    public void Number(string name, string label, bool acceptsNull, bool integer, decimal? minimum, decimal? maximum, string? unit)
    {
        Begin(name, unit is null ? label : label + " (" + unit + ")", integer ? "integer" : "number", acceptsNull);
        if (minimum is { } min)
        {
            _writer.WriteNumber("minimum", min);
        }

        if (maximum is { } max)
        {
            _writer.WriteNumber("maximum", max);
        }

        _writer.WriteEndObject();
    }

    /// <summary>A true/false member.</summary>
    /// <param name="name">The JSON name.</param>
    /// <param name="label">The label.</param>
    /// <param name="acceptsNull">Whether null is allowed.</param>
    public void Boolean(string name, string label, bool acceptsNull)
    {
        Begin(name, label, "boolean", acceptsNull);
        _writer.WriteEndObject();
    }

    /// <summary>A date member, ISO "yyyy-mm-dd".</summary>
    /// <param name="name">The JSON name.</param>
    /// <param name="label">The label.</param>
    /// <param name="acceptsNull">Whether null is allowed.</param>
    public void Date(string name, string label, bool acceptsNull)
    {
        Begin(name, label, "string", acceptsNull);
        _writer.WriteString("format", "date");
        _writer.WriteString("pattern", "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$");
        _writer.WriteEndObject();
    }

    /// <summary>A member holding a period of any kind.</summary>
    /// <param name="name">The JSON name.</param>
    /// <param name="label">The label.</param>
    /// <param name="acceptsNull">Whether null is allowed.</param>
    public void Period(string name, string label, bool acceptsNull)
    {
        Begin(name, label, "string", acceptsNull);
        _writer.WriteString("pattern", PeriodPattern(null));
        _writer.WriteEndObject();
    }

    /// <summary>A list of texts.</summary>
    /// <param name="name">The JSON name.</param>
    /// <param name="label">The label.</param>
    /// <param name="acceptsNull">Whether the list may be null.</param>
    /// <param name="itemsAcceptNull">Whether an item may be null.</param>
    /// <param name="minItems">The fewest items, or -1.</param>
    /// <param name="maxItems">The most items, or -1.</param>
    public void TextList(string name, string label, bool acceptsNull, bool itemsAcceptNull, int minItems, int maxItems)
    {
        Begin(name, label, "array", acceptsNull);
        _writer.WriteStartObject("items");
        Type("string", itemsAcceptNull);
        _writer.WriteEndObject();
        Length("minItems", "maxItems", minItems, maxItems);
        _writer.WriteEndObject();
    }

    /// <summary>A nested record.</summary>
    /// <param name="name">The JSON name.</param>
    /// <param name="label">The label.</param>
    /// <param name="acceptsNull">Whether null is allowed.</param>
    /// <param name="key">The record's definition name.</param>
    public void Group(string name, string label, bool acceptsNull, string key)
    {
        _writer.WritePropertyName(name);
        Reference(key, acceptsNull, label);
    }

    /// <summary>A list of nested records.</summary>
    /// <param name="name">The JSON name.</param>
    /// <param name="label">The label.</param>
    /// <param name="acceptsNull">Whether the list may be null.</param>
    /// <param name="itemsAcceptNull">Whether an item may be null.</param>
    /// <param name="key">The records' definition name.</param>
    /// <param name="minItems">The fewest items, or -1.</param>
    /// <param name="maxItems">The most items, or -1.</param>
    public void GroupList(string name, string label, bool acceptsNull, bool itemsAcceptNull, string key, int minItems, int maxItems)
    {
        Begin(name, label, "array", acceptsNull);
        _writer.WritePropertyName("items");
        Reference(key, itemsAcceptNull, null);
        Length("minItems", "maxItems", minItems, maxItems);
        _writer.WriteEndObject();
    }

    /// <summary>Closes the schema (adding the DocumentInfo definition when used) and returns it.</summary>
    /// <returns>The schema, indented JSON.</returns>
    public string Finish()
    {
        if (_usesDocument)
        {
            if (!_inDefinitions)
            {
                _inDefinitions = true;
                _writer.WriteStartObject("$defs");
            }

            WriteDocumentDefinitions();
        }

        if (_inDefinitions)
        {
            _writer.WriteEndObject();
        }

        _writer.WriteEndObject();
        _writer.Flush();
        return System.Text.Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    /// <summary>The pattern of a period of <paramref name="kind"/> (any kind when null): its code form, or any text with a
    /// space (a Vietnamese form such as "quý II năm 2024", read by <see cref="ReportPeriod.Parse"/>).</summary>
    /// <param name="kind">The kind, or null.</param>
    /// <returns>The ECMA-262 pattern.</returns>
    public static string PeriodPattern(PeriodKind? kind)
    {
        string code = kind switch
        {
            PeriodKind.Month => YearPattern + "-(?:0[1-9]|1[0-2])",
            PeriodKind.Quarter => YearPattern + "-[Qq][1-4]",
            PeriodKind.FirstHalf => YearPattern + "-[Hh]1",
            PeriodKind.SecondHalf => YearPattern + "-[Hh]2",
            PeriodKind.NineMonths => YearPattern + "-9[Mm]",
            PeriodKind.Year => YearPattern,
            PeriodKind.Term => YearPattern + "-" + YearPattern,
            _ => YearPattern + "(?:-(?:0[1-9]|1[0-2]|[QqHh][1-4]|9[Mm]|" + YearPattern + "))?",
        };
        return "^" + code + "$|\\S\\s+\\S";
    }

    private static ReportPeriod PeriodExample(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => ReportPeriod.Month(2024, 7),
        PeriodKind.Quarter => ReportPeriod.Quarter(2024, 2),
        PeriodKind.FirstHalf => ReportPeriod.FirstHalf(2024),
        PeriodKind.SecondHalf => ReportPeriod.SecondHalf(2024),
        PeriodKind.NineMonths => ReportPeriod.NineMonths(2024),
        PeriodKind.Term => ReportPeriod.Term(2020, 2025),
        _ => ReportPeriod.Year(2024),
    };

    private static string PeriodName(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => "tháng",
        PeriodKind.Quarter => "quý",
        PeriodKind.FirstHalf => "6 tháng đầu năm",
        PeriodKind.SecondHalf => "6 tháng cuối năm",
        PeriodKind.NineMonths => "9 tháng đầu năm",
        PeriodKind.Term => "nhiệm kỳ",
        _ => "năm",
    };

    private void Begin(string name, string label, string type, bool acceptsNull)
    {
        _writer.WriteStartObject(name);
        _writer.WriteString("description", label);
        Type(type, acceptsNull);
    }

    private void Type(string type, bool acceptsNull)
    {
        if (acceptsNull)
        {
            _writer.WriteStartArray("type");
            _writer.WriteStringValue(type);
            _writer.WriteStringValue("null");
            _writer.WriteEndArray();
        }
        else
        {
            _writer.WriteString("type", type);
        }
    }

    private void Reference(string key, bool acceptsNull, string? description)
    {
        _writer.WriteStartObject();
        if (description is not null)
        {
            _writer.WriteString("description", description);
        }

        if (acceptsNull)
        {
            _writer.WriteStartArray("anyOf");
            _writer.WriteStartObject();
            _writer.WriteString("$ref", "#/$defs/" + key);
            _writer.WriteEndObject();
            _writer.WriteStartObject();
            _writer.WriteString("type", "null");
            _writer.WriteEndObject();
            _writer.WriteEndArray();
        }
        else
        {
            _writer.WriteString("$ref", "#/$defs/" + key);
        }

        _writer.WriteEndObject();
    }

    private void Length(string minName, string maxName, int minimum, int maximum)
    {
        if (minimum > 0)
        {
            _writer.WriteNumber(minName, minimum);
        }

        if (maximum >= 0 && maximum < int.MaxValue)
        {
            _writer.WriteNumber(maxName, maximum);
        }
    }

    private void CloseObject(string[] required, bool closeSchema)
    {
        _writer.WriteEndObject();
        if (required.Length > 0)
        {
            _writer.WriteStartArray("required");
            foreach (string name in required)
            {
                _writer.WriteStringValue(name);
            }

            _writer.WriteEndArray();
        }

        if (closeSchema)
        {
            _writer.WriteEndObject();
        }
    }

    // DocumentInfo and its parts, as JsonReportReader.ReadDocument reads them.
    private void WriteDocumentDefinitions()
    {
        BeginGroup(DocumentDefinition);
        _writer.WritePropertyName("issuer");
        Reference("IssuingBody", false, "Cơ quan ban hành");
        Text("number", "Số, ký hiệu: \"Số 45-BC/BDVTU\" (Đảng) hoặc \"Số: 03/BC-UBND\" (Nhà nước)", false, false, -1, -1, null);
        Text("place", "Địa danh", false, false, -1, -1, null);
        Date("date", "Ngày ban hành", false);
        Text("dateLineText", "Dòng địa danh, ngày tháng viết sẵn (thay cho dòng tự tạo)", true, false, -1, -1, null);
        Text("kindName", "Tên loại văn bản (\"BÁO CÁO\")", false, false, -1, -1, null);
        Text("subject", "Trích yếu", true, false, -1, -1, null);
        _writer.WritePropertyName("signature");
        Reference("Signature", false, "Thẩm quyền ký");
        _writer.WritePropertyName("recipients");
        Reference("Recipients", false, "Nơi nhận");
        _writer.WriteStartObject("layout");
        _writer.WriteString("description", "Thể thức (mặc định theo số, ký hiệu)");
        _writer.WriteStartArray("enum");
        _writer.WriteStringValue(LayoutProfile.Party2018.Name);
        _writer.WriteStringValue(LayoutProfile.State2020.Name);
        _writer.WriteNullValue();
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        Text("draftNote", "Chỉ dẫn dự thảo (\"Dự thảo\")", true, false, -1, -1, null);
        EndGroup("issuer", "number", "place", "date", "kindName", "signature");

        BeginGroup("IssuingBody");
        Text("name", "Tên cơ quan ban hành", false, false, -1, -1, null);
        Text("parent", "Tên cơ quan cấp trên", true, false, -1, -1, null);
        _writer.WriteStartObject("level");
        _writer.WriteString("description", "Cấp");
        _writer.WriteStartArray("enum");
        foreach (string level in new[] { "Central", "Province", "District", "Commune" })
        {
            _writer.WriteStringValue(level);
        }

        _writer.WriteNullValue();
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        EndGroup("name");

        BeginGroup("Signature");
        _writer.WriteStartObject("prefix");
        _writer.WriteString("description", "Thể thức đề ký");
        _writer.WriteStartArray("enum");
        foreach (SignaturePrefix prefix in SignaturePrefix.PartyPrefixes.Concat(SignaturePrefix.StatePrefixes))
        {
            _writer.WriteStringValue(prefix.Text);
        }

        _writer.WriteNullValue();
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        Text("signedFor", "Ký thay mặt cho", true, false, -1, -1, null);
        Text("position", "Chức vụ", false, false, -1, -1, null);
        Text("signerName", "Họ tên người ký", false, false, -1, -1, null);
        EndGroup("position", "signerName");

        BeginGroup("Recipients");
        TextList("addressees", "Kính gửi", false, false, -1, -1);
        TextList("lines", "Nơi nhận", false, false, -1, -1);
        Text("archive", "Lưu", true, false, -1, -1, null);
        EndGroup();
    }
}
