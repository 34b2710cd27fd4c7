using DanVan.Reporting.Internal;

namespace DanVan.Reporting.Json;

// DocumentInfo and what it holds, written by hand in the shape of the generated readers.
public ref partial struct JsonReportReader
{
    private const string DocumentProperties = "issuer, number, place, date, dateLineText, kindName, subject, signature, recipients, layout, draftNote";
    private const string IssuerProperties = "name, parent, level";
    private const string SignatureProperties = "prefix, signedFor, position, signerName";
    private const string RecipientsProperties = "addressees, lines, archive";

    /// <summary>Reads a <see cref="DocumentInfo"/> object.</summary>
    /// <returns>The document, or null on error.</returns>
    public DocumentInfo? ReadDocument()
    {
        if (!BeginObject())
        {
            return null;
        }

        int errors = _errors.Count;
        IssuingBody? issuer = null;
        DocumentNumber? number = null;
        string? place = null, dateLineText = null, kindName = null, subject = null, draftNote = null;
        NodaTime.LocalDate date = default;
        Signature? signature = null;
        Recipients? recipients = null;
        LayoutProfile? layout = null;
        bool sIssuer = false, sNumber = false, sPlace = false, sDate = false, sDateLine = false, sKind = false, sSubject = false;
        bool sSignature = false, sRecipients = false, sLayout = false, sDraft = false;
        while (NextProperty())
        {
            switch (PropertyName)
            {
                case "issuer": if (Mark(ref sIssuer) && !TryNull(false)) { issuer = ReadIssuer(); } break;
                case "number": if (Mark(ref sNumber) && !TryNull(false)) { number = ReadDocumentNumber(); } break;
                case "place": if (Mark(ref sPlace) && !TryNull(false)) { place = ReadString(); } break;
                case "date": if (Mark(ref sDate) && !TryNull(false)) { date = ReadDate(); } break;
                case "dateLineText": if (Mark(ref sDateLine) && !TryNull(true)) { dateLineText = ReadString(); } break;
                case "kindName": if (Mark(ref sKind) && !TryNull(false)) { kindName = ReadString(); } break;
                case "subject": if (Mark(ref sSubject) && !TryNull(true)) { subject = ReadString(); } break;
                case "signature": if (Mark(ref sSignature) && !TryNull(false)) { signature = ReadSignature(); } break;
                case "recipients": if (Mark(ref sRecipients) && !TryNull(false)) { recipients = ReadRecipients(); } break;
                case "layout": if (Mark(ref sLayout) && !TryNull(true)) { layout = ReadLayout(); } break;
                case "draftNote": if (Mark(ref sDraft) && !TryNull(true)) { draftNote = ReadString(); } break;
                default: UnknownProperty(DocumentProperties); break;
            }
        }

        Required(sIssuer, "issuer");
        Required(sNumber, "number");
        Required(sPlace, "place");
        Required(sDate, "date");
        Required(sKind, "kindName");
        Required(sSignature, "signature");
        EndObject();
        if (_errors.Count > errors)
        {
            return null;
        }

        var document = new DocumentInfo
        {
            Issuer = issuer!,
            Number = number!,
            Place = place!,
            Date = date,
            DateLineText = dateLineText,
            KindName = kindName!,
            Subject = subject,
            Signature = signature!,
            DraftNote = draftNote,
        };
        if (recipients is not null)
        {
            document = document with { Recipients = recipients };
        }

        return layout is null ? document : document with { Layout = layout };
    }

    private IssuingBody? ReadIssuer()
    {
        if (!BeginObject())
        {
            return null;
        }

        int errors = _errors.Count;
        string? name = null, parent = null;
        IssuerLevel? level = null;
        bool sName = false, sParent = false, sLevel = false;
        while (NextProperty())
        {
            switch (PropertyName)
            {
                case "name": if (Mark(ref sName) && !TryNull(false)) { name = ReadString(); } break;
                case "parent": if (Mark(ref sParent) && !TryNull(true)) { parent = ReadString(); } break;
                case "level": if (Mark(ref sLevel) && !TryNull(true)) { level = ReadLevel(); } break;
                default: UnknownProperty(IssuerProperties); break;
            }
        }

        Required(sName, "name");
        EndObject();
        return _errors.Count > errors ? null : new IssuingBody { Name = name!, Parent = parent, Level = level };
    }

    private Signature? ReadSignature()
    {
        if (!BeginObject())
        {
            return null;
        }

        int errors = _errors.Count;
        string? signedFor = null, position = null, signerName = null;
        SignaturePrefix? prefix = null;
        bool sPrefix = false, sFor = false, sPosition = false, sName = false;
        while (NextProperty())
        {
            switch (PropertyName)
            {
                case "prefix": if (Mark(ref sPrefix) && !TryNull(true)) { prefix = ReadPrefix(); } break;
                case "signedFor": if (Mark(ref sFor) && !TryNull(true)) { signedFor = ReadString(); } break;
                case "position": if (Mark(ref sPosition) && !TryNull(false)) { position = ReadString(); } break;
                case "signerName": if (Mark(ref sName) && !TryNull(false)) { signerName = ReadString(); } break;
                default: UnknownProperty(SignatureProperties); break;
            }
        }

        Required(sPosition, "position");
        Required(sName, "signerName");
        EndObject();
        return _errors.Count > errors ? null : new Signature { Prefix = prefix, SignedFor = signedFor, Position = position!, SignerName = signerName! };
    }

    private Recipients? ReadRecipients()
    {
        if (!BeginObject())
        {
            return null;
        }

        int errors = _errors.Count;
        List<string?>? addressees = null, lines = null;
        string? archive = null;
        bool sAddressees = false, sLines = false, sArchive = false;
        while (NextProperty())
        {
            switch (PropertyName)
            {
                case "addressees": if (Mark(ref sAddressees) && !TryNull(false)) { addressees = ReadStringList(false); } break;
                case "lines": if (Mark(ref sLines) && !TryNull(false)) { lines = ReadStringList(false); } break;
                case "archive": if (Mark(ref sArchive) && !TryNull(true)) { archive = ReadString(); } break;
                default: UnknownProperty(RecipientsProperties); break;
            }
        }

        EndObject();
        return _errors.Count > errors ? null : new Recipients
        {
            Addressees = addressees is null ? [] : addressees.ConvertAll(a => a!).ToArray(),
            Lines = lines is null ? [] : lines.ConvertAll(a => a!).ToArray(),
            Archive = archive,
        };
    }

    private DocumentNumber? ReadDocumentNumber()
    {
        string? text = ReadString();
        if (text is null)
        {
            return null;
        }

        if (DocumentNumber.TryParse(text, out DocumentNumber? number))
        {
            return number;
        }

        FormatError(Messages.FormatPicked(
            "{0} không phải là số, ký hiệu văn bản; ví dụ \"Số 45-BC/BDVTU\" (Đảng) hoặc \"Số: 03/BC-UBND\" (Nhà nước).",
            "{0} is not a document number; e.g. \"Số 45-BC/BDVTU\" (Party) or \"Số: 03/BC-UBND\" (state).", Messages.Quote(text)));
        return null;
    }

    private SignaturePrefix? ReadPrefix()
    {
        string? text = ReadString();
        if (text is null)
        {
            return null;
        }

        if (SignaturePrefix.TryParse(text, out SignaturePrefix? prefix))
        {
            return prefix;
        }

        FormatError(Messages.FormatPicked(
            "{0} không phải là thể thức đề ký; các dạng: T/M, K/T, T/L (Đảng); TM., Q., KT., TL., TUQ. (Nhà nước).",
            "{0} is not a signature prefix; forms: T/M, K/T, T/L (Party); TM., Q., KT., TL., TUQ. (state).", Messages.Quote(text)));
        return null;
    }

    private IssuerLevel? ReadLevel()
    {
        string? text = ReadString();
        switch (text)
        {
            case null: return null;
            case "Central": return IssuerLevel.Central;
            case "Province": return IssuerLevel.Province;
            case "District": return IssuerLevel.District;
            case "Commune": return IssuerLevel.Commune;
        }

        FormatError(Messages.FormatPicked("{0} không phải là cấp; các giá trị: Central, Province, District, Commune.", "{0} is not a level; values: Central, Province, District, Commune.", Messages.Quote(text)));
        return null;
    }

    private LayoutProfile? ReadLayout()
    {
        string? text = ReadString();
        if (text is null)
        {
            return null;
        }

        if (text == LayoutProfile.Party2018.Name)
        {
            return LayoutProfile.Party2018;
        }

        if (text == LayoutProfile.State2020.Name)
        {
            return LayoutProfile.State2020;
        }

        FormatError(Messages.FormatPicked("{0} không phải là thể thức có sẵn; các giá trị: Party2018, State2020.", "{0} is not a shipped layout; values: Party2018, State2020.", Messages.Quote(text)));
        return null;
    }
}
