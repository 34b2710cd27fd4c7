using DanVan.Reporting.Internal;
using NodaTime;

namespace DanVan.Reporting;

/// <summary>The rules behind <see cref="DocumentInfo.Validate"/>; messages cite the rule and quote the value.</summary>
internal static class DocumentValidation
{
    private const string PartySignatureRuleVi = "Hướng dẫn 36-HD/VPTW, điểm 1.7";
    private const string PartySignatureRuleEn = "Guide 36-HD/VPTW, point 1.7";
    private const string StateSignatureRuleVi = "Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II khoản 7";
    private const string StateSignatureRuleEn = "Decree 30/2020/ND-CP, Appendix I, II.7";
    private const string PartyNumberRuleVi = "Hướng dẫn 36-HD/VPTW, điểm 1.3";
    private const string PartyNumberRuleEn = "Guide 36-HD/VPTW, point 1.3";
    private const string StateNumberRuleVi = "Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II khoản 3";
    private const string StateNumberRuleEn = "Decree 30/2020/ND-CP, Appendix I, II.3";
    private const string AddresseesRuleVi = "Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II khoản 9";
    private const string AddresseesRuleEn = "Decree 30/2020/ND-CP, Appendix I, II.9";
    private const string StateScopeRuleVi = "Nghị định 30/2020/NĐ-CP, Điều 1 và Điều 2";
    private const string StateScopeRuleEn = "Decree 30/2020/ND-CP, Articles 1 and 2";

    public static DocumentCheck Check(DocumentInfo document, LayoutProfile profile)
    {
        var errors = new List<ValidationError>();
        var warnings = new List<ValidationError>();

        CheckIssuer(document, profile, errors, warnings);
        CheckNumber(document, profile, errors, warnings);
        CheckDate(document, profile, errors);
        if (string.IsNullOrWhiteSpace(document.KindName))
        {
            errors.Add(Required(nameof(DocumentInfo.KindName), "tên loại văn bản", "the kind name", profile));
        }

        CheckSignature(document, profile, errors, warnings);
        if (document.Recipients is null || document.Recipients.IsEmpty)
        {
            warnings.Add(new ValidationError(nameof(DocumentInfo.Recipients), ValidationCodes.DocumentRecipients, Messages.Pick(
                Messages.Format("Văn bản chưa có nơi nhận; nơi nhận (kể cả dòng \"Lưu: VT, …\") là thành phần thể thức bắt buộc theo {0}.", profile.Source),
                Messages.Format("The document has no recipients; \"nơi nhận\" (with its \"Lưu: VT, …\" line) is a mandatory component under {0}.", profile.Source))));
        }

        CheckAddressees(document, profile, warnings);

        return new DocumentCheck(Array.AsReadOnly(errors.ToArray()), Array.AsReadOnly(warnings.ToArray()));
    }

    private static void CheckIssuer(DocumentInfo document, LayoutProfile profile, List<ValidationError> errors, List<ValidationError> warnings)
    {
        IssuingBody? issuer = document.Issuer;
        if (issuer is null || string.IsNullOrWhiteSpace(issuer.Name))
        {
            errors.Add(Required("Issuer.Name", "tên cơ quan ban hành", "the issuing body's name", profile));
            return;
        }

        CheckPartyIssuerUnderState(issuer, profile, warnings);
        LocalDate date = document.Date;
        if (date >= AdministrativeChanges.TwoLevelLocalGovernment && IsDistrictLevel(issuer))
        {
            string shown = issuer.Parent is null ? issuer.Name : issuer.Name + " / " + issuer.Parent;
            warnings.Add(new ValidationError("Issuer", ValidationCodes.DocumentDistrictIssuer, Messages.Pick(
                Messages.Format("Từ ngày 01/7/2025 chính quyền địa phương tổ chức theo mô hình hai cấp (tỉnh và xã), không còn cấp huyện; cơ quan ban hành {0} là cấp huyện nhưng văn bản đề ngày {1}. Kiểm tra lại tên cơ quan ban hành hoặc ngày ban hành.", Messages.Quote(shown), VietnameseDates.FormatNumeric(date)),
                Messages.Format("Since 1 July 2025 local government has two levels (province and commune) and no district level; the issuer {0} is district-level but the document is dated {1}. Check the issuer's name or the date.", Messages.Quote(shown), VietnameseDates.FormatNumeric(date)))));
        }

        if (date >= AdministrativeChanges.DanVanMerger && IsOldDanVanName(issuer.Name))
        {
            warnings.Add(new ValidationError("Issuer.Name", ValidationCodes.DocumentDanVanRenamed, Messages.Pick(
                Messages.Format("Ngày 03/02/2025 Trung ương công bố hợp nhất Ban Tuyên giáo và Ban Dân vận thành Ban Tuyên giáo và Dân vận, và trong năm 2025 việc hợp nhất được thực hiện ở các cấp; văn bản đề ngày {0} nhưng cơ quan ban hành vẫn là {1}. Kiểm tra lại tên (\"BAN TUYÊN GIÁO VÀ DÂN VẬN\"), trừ khi ban ở địa phương chưa hợp nhất vào ngày đó.", VietnameseDates.FormatNumeric(date), Messages.Quote(issuer.Name)),
                Messages.Format("On 3 February 2025 the Central Committee announced the merger of Ban Tuyên giáo and Ban Dân vận into Ban Tuyên giáo và Dân vận, carried out at every level during 2025; the document is dated {0} but the issuer is still {1}. Check the name (\"BAN TUYÊN GIÁO VÀ DÂN VẬN\"), unless the local ban had not merged yet on that date.", VietnameseDates.FormatNumeric(date), Messages.Quote(issuer.Name)))));
        }
    }

    // Nghị định 30/2020 governs the documents of state bodies; Party bodies issue under 36-HD/VPTW (docs/review-checklist.md).
    private static void CheckPartyIssuerUnderState(IssuingBody issuer, LayoutProfile profile, List<ValidationError> warnings)
    {
        if (profile.System != DocumentSystem.State || !IsPartyBody(issuer))
        {
            return;
        }

        string shown = Messages.Quote(issuer.Parent is null ? issuer.Name : issuer.Name + " / " + issuer.Parent);
        warnings.Add(new ValidationError("Issuer", ValidationCodes.DocumentPartyIssuerState, Messages.Pick(
            Messages.Format("Cơ quan ban hành {0} là cơ quan, tổ chức của Đảng nhưng văn bản trình bày theo {1}, thể thức văn bản của cơ quan, tổ chức nhà nước ({2}). Văn bản của cấp ủy, cơ quan, tổ chức đảng trình bày theo {3}: dùng LayoutProfile.Party2018, hoặc ghi cơ quan ban hành là cơ quan nhà nước (ví dụ Ủy ban nhân dân, Sở).", shown, profile.Source, StateScopeRuleVi, LayoutProfile.Party2018.Source),
            Messages.Format("The issuer {0} is a Party body but the document is laid out under {1}, the format of state bodies ({2}). Documents of Party committees, bodies and organisations follow {3}: use LayoutProfile.Party2018, or make the issuer a state body (e.g. an Ủy ban nhân dân or a Sở).", shown, profile.Source, StateScopeRuleEn, LayoutProfile.Party2018.Source))));
    }

    // Nghị định 30/2020 Phụ lục I: a Tờ trình, a Báo cáo sent to a superior and a Công văn name their addressees after
    // "Kính gửi:" and then list "- Như trên;" under "Nơi nhận:". Whether a báo cáo goes upward is not data, so the
    // warning says "if". Party practice is not checked (its rule was not retrieved; docs/review-checklist.md).
    private static void CheckAddressees(DocumentInfo document, LayoutProfile profile, List<ValidationError> warnings)
    {
        if (profile.System != DocumentSystem.State || string.IsNullOrWhiteSpace(document.KindName) || document.Recipients is not Recipients recipients)
        {
            return;
        }

        string kind = VietnameseFolding.Fold(document.KindName.Trim());
        if (kind is not ("bao cao" or "to trinh" or "cong van"))
        {
            return;
        }

        if (!recipients.Addressees.Any(a => !string.IsNullOrWhiteSpace(a)))
        {
            warnings.Add(new ValidationError("Recipients.Addressees", ValidationCodes.DocumentAddressees, Messages.Pick(
                Messages.Format("Văn bản {0} chưa có \"Kính gửi:\". Tờ trình, báo cáo gửi cấp trên và công văn ghi \"Kính gửi:\" và tên cơ quan, người nhận trước nội dung, rồi \"- Như trên;\" ở nơi nhận ({1}). Nếu văn bản gửi cấp trên, thêm Recipients.Addressees.", Messages.Quote(document.KindName.Trim()), AddresseesRuleVi),
                Messages.Format("The {0} has no \"Kính gửi:\" (addressees). A tờ trình, a báo cáo sent to a superior and a công văn name their addressees after \"Kính gửi:\" before the body, then list \"- Như trên;\" under \"Nơi nhận:\" ({1}). If the document goes to a superior, set Recipients.Addressees.", Messages.Quote(document.KindName.Trim()), AddresseesRuleEn))));
        }
        else if (!recipients.Lines.Any(line => VietnameseFolding.Fold((line ?? "").Trim().TrimStart('-').Trim().TrimEnd(';', '.', ' ')) == "nhu tren"))
        {
            warnings.Add(new ValidationError("Recipients.Lines", ValidationCodes.DocumentAddressees, Messages.Pick(
                Messages.Format("Văn bản có \"Kính gửi:\" thì nơi nhận ghi \"- Như trên;\" cho các cơ quan đã kính gửi ({0}); nơi nhận của văn bản này không có dòng đó.", AddresseesRuleVi),
                Messages.Format("A document with \"Kính gửi:\" lists \"- Như trên;\" (\"as above\") under \"Nơi nhận:\" for its addressees ({0}); this document's recipients have no such line.", AddresseesRuleEn))));
        }
    }

    private static void CheckNumber(DocumentInfo document, LayoutProfile profile, List<ValidationError> errors, List<ValidationError> warnings)
    {
        DocumentNumber? number = document.Number;
        if (number is null)
        {
            errors.Add(Required(nameof(DocumentInfo.Number), "số và ký hiệu văn bản", "the document number and symbol", profile));
            return;
        }

        if (number.System == profile.System)
        {
            return;
        }

        string given = Messages.Quote(number.ToString(profile.PadSingleDigitNumbers));
        warnings.Add(new ValidationError(nameof(DocumentInfo.Number), ValidationCodes.DocumentNumberSystem, profile.System == DocumentSystem.State
            ? Messages.Pick(
                Messages.Format("Văn bản theo {0} ghi số và ký hiệu có dấu hai chấm sau chữ \"Số\" và dấu gạch chéo sau số (\"Số: 15/QĐ-BNV\") theo {1}; số {2} là kiểu văn bản của Đảng (không có dấu hai chấm).", profile.Source, StateNumberRuleVi, given),
                Messages.Format("A document under {0} writes its number with a colon after \"Số\" and a slash after the number (\"Số: 15/QĐ-BNV\"), per {1}; {2} is a Party-style number (no colon).", profile.Source, StateNumberRuleEn, given))
            : Messages.Pick(
                Messages.Format("Văn bản theo {0} ghi số và ký hiệu không có dấu hai chấm sau chữ \"Số\", gạch nối giữa số và tên loại (\"Số 45-BC/BDVTU\") theo {1}; số {2} là kiểu văn bản nhà nước.", profile.Source, PartyNumberRuleVi, given),
                Messages.Format("A document under {0} writes its number without a colon after \"Số\" and with a hyphen between number and kind (\"Số 45-BC/BDVTU\"), per {1}; {2} is a state-style number.", profile.Source, PartyNumberRuleEn, given))));
    }

    private static void CheckDate(DocumentInfo document, LayoutProfile profile, List<ValidationError> errors)
    {
        bool hasPlace = !string.IsNullOrWhiteSpace(document.Place);
        if (!hasPlace)
        {
            errors.Add(Required(nameof(DocumentInfo.Place), "địa danh", "the place name", profile));
        }

        if (document.DateLineText is not string text)
        {
            return;
        }

        if (hasPlace && string.Equals(text, VietnameseDates.FormatBlankDateLine(document.Place, document.Date.Year), StringComparison.Ordinal))
        {
            return;
        }

        const string path = nameof(DocumentInfo.DateLineText);
        DateTextCheck check = VietnameseDates.CheckDateText(text);
        if (check.Problems.Count > 0)
        {
            errors.Add(new ValidationError(path, ValidationCodes.DocumentDateLine, Messages.Pick(
                Messages.Format("Dòng địa danh, ngày tháng năm {0} sai thể thức: {1}", Messages.Quote(text), string.Join(" ", check.Problems)),
                Messages.Format("The date line {0} breaks the rule: {1}", Messages.Quote(text), string.Join(" ", check.Problems)))));
        }
        else if (check.Date != document.Date)
        {
            errors.Add(new ValidationError(path, ValidationCodes.DocumentDateMismatch, Messages.Pick(
                Messages.Format("Dòng địa danh, ngày tháng năm {0} ghi ngày {1}, khác ngày ban hành {2}.", Messages.Quote(text), VietnameseDates.FormatNumeric(check.Date!.Value), VietnameseDates.FormatNumeric(document.Date)),
                Messages.Format("The date line {0} reads {1}, not the date of issue {2}.", Messages.Quote(text), VietnameseDates.FormatNumeric(check.Date!.Value), VietnameseDates.FormatNumeric(document.Date)))));
        }

        if (hasPlace && !text.TrimStart().StartsWith(document.Place.Trim() + ", ", StringComparison.Ordinal))
        {
            errors.Add(new ValidationError(path, ValidationCodes.DocumentDateLine, Messages.Pick(
                Messages.Format("Dòng ngày tháng {0} phải bắt đầu bằng địa danh {1} và dấu phẩy theo Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II khoản 4.", Messages.Quote(text), Messages.Quote(document.Place.Trim())),
                Messages.Format("The date line {0} must start with the place {1} and a comma, per Decree 30/2020/ND-CP, Appendix I, II.4.", Messages.Quote(text), Messages.Quote(document.Place.Trim())))));
        }
    }

    private static void CheckSignature(DocumentInfo document, LayoutProfile profile, List<ValidationError> errors, List<ValidationError> warnings)
    {
        Signature? signature = document.Signature;
        if (signature is null)
        {
            errors.Add(Required(nameof(DocumentInfo.Signature), "chữ ký (thẩm quyền, chức vụ, họ tên người ký)", "the signature block (authority, position, name)", profile));
            return;
        }

        if (string.IsNullOrWhiteSpace(signature.Position))
        {
            errors.Add(Required("Signature.Position", "chức vụ người ký", "the signer's position", profile));
        }

        if (string.IsNullOrWhiteSpace(signature.SignerName))
        {
            errors.Add(Required("Signature.SignerName", "họ tên người ký", "the signer's name", profile));
        }

        bool hasSignedFor = !string.IsNullOrWhiteSpace(signature.SignedFor);
        if (signature.Prefix is SignaturePrefix prefix && !hasSignedFor)
        {
            errors.Add(new ValidationError("Signature.SignedFor", ValidationCodes.DocumentSignedFor, Messages.Pick(
                Messages.Format("Thể thức đề ký \"{0}\" phải kèm tên tập thể hoặc chức vụ của người đứng đầu được ký thay (ví dụ \"T/M BAN THƯỜNG VỤ\", \"KT. BỘ TRƯỞNG\").", prefix.Text),
                Messages.Format("The signature prefix \"{0}\" needs the collective or head signed for (e.g. \"T/M BAN THƯỜNG VỤ\", \"KT. BỘ TRƯỞNG\").", prefix.Text))));
        }
        else if (signature.Prefix is null && hasSignedFor)
        {
            errors.Add(new ValidationError("Signature.SignedFor", ValidationCodes.DocumentSignedFor, Messages.Pick(
                Messages.Format("{0} chỉ được ghi sau một thể thức đề ký ({1}); người đứng đầu ký trực tiếp thì chỉ ghi chức vụ.", Messages.Quote(signature.SignedFor), PrefixList(profile)),
                Messages.Format("{0} is written only after a signature prefix ({1}); a head signing directly writes only the position.", Messages.Quote(signature.SignedFor), PrefixList(profile)))));
        }

        if (signature.Prefix is SignaturePrefix used && !profile.SignaturePrefixes.Contains(used))
        {
            bool party = profile.System == DocumentSystem.Party;
            string ruleVi = party ? PartySignatureRuleVi : StateSignatureRuleVi;
            string ruleEn = party ? PartySignatureRuleEn : StateSignatureRuleEn;
            SignaturePrefix? equivalent = used.In(profile.System);
            warnings.Add(new ValidationError("Signature.Prefix", ValidationCodes.DocumentSignaturePrefix, equivalent is not null && profile.SignaturePrefixes.Contains(equivalent)
                ? Messages.Pick(
                    Messages.Format("Văn bản theo {0} ghi thể thức đề ký là \"{1}\", không phải \"{2}\" ({3}: {4}).", profile.Source, equivalent.Text, used.Text, ruleVi, PrefixList(profile)),
                    Messages.Format("A document under {0} writes the signature prefix \"{1}\", not \"{2}\" ({3}: {4}).", profile.Source, equivalent.Text, used.Text, ruleEn, PrefixList(profile)))
                : Messages.Pick(
                    Messages.Format("Thể thức đề ký \"{0}\" không có trong văn bản theo {1} ({2}: {3}).", used.Text, profile.Source, ruleVi, PrefixList(profile)),
                    Messages.Format("The signature prefix \"{0}\" is not used in documents under {1} ({2}: {3}).", used.Text, profile.Source, ruleEn, PrefixList(profile)))));
        }
    }

    private static ValidationError Required(string path, string vietnameseWhat, string englishWhat, LayoutProfile profile) =>
        new(path, ValidationCodes.Required, Messages.Pick(
            Messages.Format("Thiếu {0}: đây là thành phần thể thức bắt buộc theo {1}.", vietnameseWhat, profile.Source),
            Messages.Format("Missing {0}: a mandatory component under {1}.", englishWhat, profile.Source)));

    private static string PrefixList(LayoutProfile profile) => string.Join(", ", profile.SignaturePrefixes.Select(p => p.Text));

    /// <summary>
    /// Whether an issuer is district-level: by <see cref="IssuingBody.Level"/> when given, else by the words "huyện",
    /// "quận", "thị xã" or "thị ủy" in its name or parent (docs/domain/organisations.md §0.3 names Huyện ủy, UBND huyện, Ban Dân vận Huyện ủy;
    /// quận and thị xã are the other district-level units). A provincial city ("thành phố thuộc tỉnh") cannot be told from
    /// a centrally run one by its name: set the level.
    /// </summary>
    internal static bool IsDistrictLevel(IssuingBody issuer)
    {
        if (issuer.Level is IssuerLevel level)
        {
            return level == IssuerLevel.District;
        }

        return HasDistrictWord(issuer.Name) || HasDistrictWord(issuer.Parent);
    }

    /// <summary>
    /// Whether an issuer is a Party body by its name or parent: a cấp ủy ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy",
    /// "Thị ủy", "Đảng ủy"), a đảng bộ, chi bộ, đảng đoàn or ban cán sự đảng, or a ban or khối of the Party's
    /// mass-mobilisation and propaganda work ("Ban Dân vận", "Khối Dân vận", "Ban Tuyên giáo"). "Ủy ban nhân dân" is not
    /// one: only the committee words above, as whole words, count.
    /// </summary>
    internal static bool IsPartyBody(IssuingBody issuer) => HasPartyWords(issuer.Name) || HasPartyWords(issuer.Parent);

    private static readonly string[] s_partyWords =
    [
        "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "đảng ủy", "đảng bộ", "chi bộ", "đảng đoàn",
        "ban cán sự đảng", "ban dân vận", "khối dân vận", "ban tuyên giáo",
    ];

    private static bool HasPartyWords(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        string lower = Lower(text);
        return s_partyWords.Any(words => ContainsWords(lower, words));
    }

    internal static bool IsOldDanVanName(string name)
    {
        string text = Lower(name);
        return ContainsWords(text, "ban dân vận") && !text.Contains("tuyên giáo", StringComparison.Ordinal);
    }

    private static bool HasDistrictWord(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        string lower = Lower(text);
        return ContainsWords(lower, "huyện") || ContainsWords(lower, "quận") || ContainsWords(lower, "thị xã") || ContainsWords(lower, "thị ủy");
    }

    // Lower case without culture data; the old tone placement "uỷ" is read as "ủy".
    private static string Lower(string text) =>
        string.Join(' ', CaseMapping.ToLower(text).Replace("uỷ", "ủy", StringComparison.Ordinal).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool ContainsWords(string text, string words)
    {
        int start = 0;
        while ((start = text.IndexOf(words, start, StringComparison.Ordinal)) >= 0)
        {
            int end = start + words.Length;
            bool before = start == 0 || !char.IsLetter(text[start - 1]);
            bool after = end == text.Length || !char.IsLetter(text[end]);
            if (before && after)
            {
                return true;
            }

            start = end;
        }

        return false;
    }
}
