namespace DanVan.Reporting;

/// <summary>
/// The signature block ("thẩm quyền ký, chức vụ, họ tên người ký"): who signs, in what capacity, printed at the bottom
/// right of the last page — the authority line ("T/M BAN THƯỜNG VỤ"), the position ("BÍ THƯ"), room for the signature
/// and seal, then the signer's name.
/// </summary>
/// <remarks>
/// <para>Examples (docs/domain/vectors.md C1–C6):</para>
/// <list type="bullet">
/// <item>A Party committee signed by its secretary: <see cref="Prefix"/> T/M, <see cref="SignedFor"/> "BAN THƯỜNG VỤ", <see cref="Position"/> "BÍ THƯ".</item>
/// <item>Ban Dân vận signed by a deputy head: K/T, "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN".</item>
/// <item>Ban Dân vận signed by its head: no prefix, no <see cref="SignedFor"/>, "TRƯỞNG BAN".</item>
/// <item>A state people's committee: TM., "ỦY BAN NHÂN DÂN", "CHỦ TỊCH".</item>
/// </list>
/// <para>
/// Texts are kept as given; the profile's styles say they print in capitals. No academic title goes before the name
/// (Nghị định 30/2020). Immutable; equality compares every property.
/// </para>
/// </remarks>
public sealed record Signature
{
    /// <summary>The authority, or null when the head signs directly (then <see cref="SignedFor"/> stays null too).</summary>
    public SignaturePrefix? Prefix { get; init; }

    /// <summary>The collective or head signed for, after the prefix: "BAN THƯỜNG VỤ", "TRƯỞNG BAN", "ỦY BAN NHÂN DÂN".</summary>
    public string? SignedFor { get; init; }

    /// <summary>The signer's position ("chức vụ"): "BÍ THƯ", "PHÓ TRƯỞNG BAN", "CHỦ TỊCH".</summary>
    public required string Position { get; init; }

    /// <summary>The signer's full name ("họ tên"), without title: "Nguyễn Văn A".</summary>
    public required string SignerName { get; init; }

    /// <summary>
    /// The line above the position: the prefix and the body signed for, "T/M BAN THƯỜNG VỤ", "KT. BỘ TRƯỞNG"; null when
    /// the head signs directly (no <see cref="Prefix"/>).
    /// </summary>
    public string? AuthorityLine =>
        Prefix is null ? null
        : string.IsNullOrWhiteSpace(SignedFor) ? Prefix.Text
        : Prefix.Text + " " + SignedFor.Trim();

    /// <summary>The position line, trimmed: "BÍ THƯ", "PHÓ TRƯỞNG BAN".</summary>
    public string PositionLine => Position?.Trim() ?? "";

    /// <summary>The lines printed above the signature: <see cref="AuthorityLine"/> when there is one, then <see cref="PositionLine"/>.</summary>
    public IReadOnlyList<string> TitleLines => AuthorityLine is string authority ? [authority, PositionLine] : [PositionLine];
}
