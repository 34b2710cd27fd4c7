using System.Diagnostics.CodeAnalysis;
using DanVan.Reporting.Internal;

namespace DanVan.Reporting;

// The table of document kinds ("tên loại văn bản") and their abbreviations in Party and state documents.
// State codes are Nghị định 30/2020/NĐ-CP Phụ lục III Mục I, verbatim and complete. "Công văn" has no state code: its
// symbol is the issuing body and unit ("Số: 05/BNV-VP").
// Party codes: the primary table of Hướng dẫn 36-HD/VPTW was not available. NQ, QĐ, QC, TB, HD, CT, KL, BS and CV are
// attested by real Party document numbers (note that "QĐ" stands for both "Quyết định" and "Quy định", as in
// 66-QĐ/TW); BC, KH, CTr, TTr, BB, ĐA and PA come only from secondary tables and are marked
// PartyCodeEvidence.SecondarySources (UNVERIFIED).
// Kind names are looked up ignoring letter case, diacritics and extra spaces ("bao cao", "BÁO CÁO", NFD input).
// Codes are looked up ignoring letter case only: diacritics matter there, "HD" (Hướng dẫn) is not "HĐ" (Hợp đồng)
// and "DA" (Dự án) is not "ĐA" (Đề án).
public sealed partial class DocumentKind
{
    private const PartyCodeEvidence Attested = PartyCodeEvidence.Attested;
    private const PartyCodeEvidence Secondary = PartyCodeEvidence.SecondarySources;
    private const PartyCodeEvidence NoCode = PartyCodeEvidence.None;

    // State column: ND 30/2020 Phụ lục III Mục I, in its order. Party column: see the comment above.
    private static readonly DocumentKind[] s_all =
    [
        new("Nghị quyết", "NQ", "NQ", Attested),
        new("Quyết định", "QĐ", "QĐ", Attested),
        new("Chỉ thị", "CT", "CT", Attested),
        new("Quy chế", "QC", "QC", Attested),
        new("Quy định", "QyĐ", "QĐ", Attested),
        new("Thông cáo", "TC", null, NoCode),
        new("Thông báo", "TB", "TB", Attested),
        new("Hướng dẫn", "HD", "HD", Attested),
        new("Chương trình", "CTr", "CTr", Secondary),
        new("Kế hoạch", "KH", "KH", Secondary),
        new("Phương án", "PA", "PA", Secondary),
        new("Đề án", "ĐA", "ĐA", Secondary),
        new("Dự án", "DA", null, NoCode),
        new("Báo cáo", "BC", "BC", Secondary),
        new("Biên bản", "BB", "BB", Secondary),
        new("Tờ trình", "TTr", "TTr", Secondary),
        new("Hợp đồng", "HĐ", null, NoCode),
        new("Công điện", "CĐ", null, NoCode),
        new("Bản ghi nhớ", "BGN", null, NoCode),
        new("Bản thỏa thuận", "BTT", null, NoCode),
        new("Giấy uỷ quyền", "GUQ", null, NoCode),
        new("Giấy mời", "GM", null, NoCode),
        new("Giấy giới thiệu", "GGT", null, NoCode),
        new("Giấy nghỉ phép", "GNP", null, NoCode),
        new("Phiếu gửi", "PG", null, NoCode),
        new("Phiếu chuyển", "PC", null, NoCode),
        new("Phiếu báo", "PB", null, NoCode),
        new("Bản sao y", "SY", null, NoCode),
        new("Bản trích sao", "TrS", null, NoCode),
        new("Bản sao lục", "SL", null, NoCode),
        new("Công văn", null, "CV", Attested),
        new("Kết luận", null, "KL", Attested),
        new("Bản sao", null, "BS", Attested),
    ];

    private static readonly Dictionary<string, DocumentKind> s_byFoldedName = BuildNameIndex();
    private static readonly Dictionary<string, DocumentKind[]> s_byStateCode = BuildCodeIndex(DocumentSystem.State);
    private static readonly Dictionary<string, DocumentKind[]> s_byPartyCode = BuildCodeIndex(DocumentSystem.Party);

    /// <summary>Every kind in the table: the state kinds in the order of Phụ lục III, then the Party-only kinds.</summary>
    public static IReadOnlyList<DocumentKind> All { get; } = Array.AsReadOnly(s_all);

    /// <summary>"Công văn", the kind of a state number whose symbol has no kind code ("Số: 05/BNV-VP").</summary>
    internal static DocumentKind CongVan { get; } = s_byFoldedName["cong van"];

    /// <summary>The abbreviation of a document kind in the given system: "Báo cáo" → "BC"; "Quy định" → "QyĐ" (state) or "QĐ" (Party).</summary>
    /// <param name="kindName">The kind's name, in any letter case, with or without diacritics.</param>
    /// <param name="system">The document system.</param>
    /// <returns>The abbreviation as it is written in document numbers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kindName"/> is null.</exception>
    /// <exception cref="ArgumentException">The kind is not in the table, or has no abbreviation in <paramref name="system"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="system"/> is not a defined value.</exception>
    public static string Abbreviation(string kindName, DocumentSystem system)
    {
        Preconditions.CheckNotNull(kindName, nameof(kindName));
        CheckSystem(system, nameof(system));
        if (!TryFind(kindName, out DocumentKind? kind))
        {
            throw new ArgumentException(Messages.Pick(
                Messages.Format("Không có tên loại văn bản {0} trong bảng chữ viết tắt (xem DocumentKind.All).", Messages.Quote(kindName)),
                Messages.Format("No document kind named {0} in the abbreviation table (see DocumentKind.All).", Messages.Quote(kindName))),
                nameof(kindName));
        }

        return kind.CodeIn(system) ?? throw new ArgumentException(
            system == DocumentSystem.State
                ? Messages.Pick(
                    Messages.Format("Loại văn bản {0} không có chữ viết tắt trong văn bản nhà nước (Nghị định 30/2020/NĐ-CP); ký hiệu công văn là tên viết tắt cơ quan - đơn vị soạn thảo.", Messages.Quote(kind.Name)),
                    Messages.Format("The document kind {0} has no abbreviation in state documents (Nghị định 30/2020/NĐ-CP); a công văn's symbol is the issuing body and unit.", Messages.Quote(kind.Name)))
                : Messages.Pick(
                    Messages.Format("Chưa biết chữ viết tắt của loại văn bản {0} trong văn bản Đảng.", Messages.Quote(kind.Name)),
                    Messages.Format("No Party abbreviation is known for the document kind {0}.", Messages.Quote(kind.Name))),
            nameof(kindName));
    }

    /// <summary>Finds a kind by name, ignoring letter case, diacritics and extra spaces.</summary>
    /// <param name="kindName">The kind's name, e.g. "Báo cáo", "bao cao", "BÁO CÁO".</param>
    /// <param name="kind">The kind found, or null.</param>
    /// <returns>True when the table has the kind; false otherwise, including for null.</returns>
    public static bool TryFind(string? kindName, [NotNullWhen(true)] out DocumentKind? kind)
    {
        kind = null;
        return kindName is not null && s_byFoldedName.TryGetValue(FoldName(kindName), out kind);
    }

    /// <summary>
    /// Finds the kind an abbreviation stands for in the given system, ignoring letter case ("ctr" finds "CTr").
    /// The Party code "QĐ" stands for two kinds; this method gives "Quyết định" and <see cref="FindByCode"/> gives both.
    /// </summary>
    /// <param name="code">The abbreviation, e.g. "BC".</param>
    /// <param name="system">The document system.</param>
    /// <param name="kind">The kind found, or null.</param>
    /// <returns>True when the code is in the table for <paramref name="system"/>; false otherwise, including for null.</returns>
    public static bool TryFindByCode(string? code, DocumentSystem system, [NotNullWhen(true)] out DocumentKind? kind)
    {
        IReadOnlyList<DocumentKind> found = FindByCode(code, system);
        kind = found.Count > 0 ? found[0] : null;
        return kind is not null;
    }

    /// <summary>
    /// Every kind an abbreviation stands for in the given system, ignoring letter case: usually one, two for the Party
    /// "QĐ" ("Quyết định", "Quy định"), none for a code not in the table or for null.
    /// </summary>
    /// <param name="code">The abbreviation, e.g. "QĐ".</param>
    /// <param name="system">The document system.</param>
    /// <returns>The kinds, in table order.</returns>
    public static IReadOnlyList<DocumentKind> FindByCode(string? code, DocumentSystem system)
    {
        Dictionary<string, DocumentKind[]> index = system == DocumentSystem.Party ? s_byPartyCode : s_byStateCode;
        return code is not null && index.TryGetValue(code, out DocumentKind[]? kinds) ? kinds : [];
    }

    internal static void CheckSystem(DocumentSystem system, string paramName) =>
        Preconditions.CheckRange((long)system, (long)DocumentSystem.Party, (long)DocumentSystem.State, paramName, "hệ thống văn bản", "document system");

    private static string FoldName(string name) =>
        string.Join(' ', VietnameseFolding.Fold(name).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static Dictionary<string, DocumentKind> BuildNameIndex()
    {
        var index = new Dictionary<string, DocumentKind>(StringComparer.Ordinal);
        foreach (DocumentKind kind in s_all)
        {
            index.Add(FoldName(kind.Name), kind);
        }

        return index;
    }

    private static Dictionary<string, DocumentKind[]> BuildCodeIndex(DocumentSystem system) =>
        s_all.Where(kind => kind.CodeIn(system) is not null)
            .GroupBy(kind => kind.CodeIn(system)!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.OrdinalIgnoreCase);
}
