namespace DanVan.Reporting;

/// <summary>
/// The issuing body ("cơ quan ban hành"): the organisation in whose name a document is issued, printed at the top left
/// of page 1 in capitals, e.g. "BAN DÂN VẬN" under its parent "TỈNH ỦY KON TUM".
/// </summary>
/// <remarks>
/// <para>
/// Party documents print the direct superior body ("tên cơ quan cấp trên trực tiếp", regular capitals) above the
/// issuer's own name (bold capitals), then an asterisk; state documents print the governing body ("cơ quan chủ quản")
/// above the issuer's name, then a short line (see <see cref="LayoutProfile.MarkUnderIssuer"/>).
/// </para>
/// <para>Immutable; equality compares every property ordinally.</para>
/// </remarks>
public sealed record IssuingBody
{
    /// <summary>The issuer's own name, as printed: "BAN DÂN VẬN", "BAN TUYÊN GIÁO VÀ DÂN VẬN", "ỦY BAN NHÂN DÂN".</summary>
    public required string Name { get; init; }

    /// <summary>The direct superior or governing body printed above <see cref="Name"/>, e.g. "TỈNH ỦY KON TUM"; null when none.</summary>
    public string? Parent { get; init; }

    /// <summary>
    /// The administrative level, when known. Null lets the date-aware checks recognise a district-level body by its name
    /// ("Huyện ủy", "UBND huyện", "quận", "thị xã"); a value overrides that guess.
    /// </summary>
    public IssuerLevel? Level { get; init; }
}
