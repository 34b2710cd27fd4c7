using DanVan.Reporting.Internal;
using NodaTime;

namespace DanVan.Reporting.Calendar;

/// <summary>
/// A founding or traditional day ("ngày thành lập", "ngày truyền thống") of the Party, a sector or a mass organisation,
/// whose anniversaries ("kỷ niệm N năm …") are the subject of speeches, banners and reports; see <see cref="Anniversary"/>.
/// </summary>
/// <remarks>
/// The nine built-in days are those of công tác dân vận, each checked against a published source. Other days can be
/// created with the constructor. Equality compares <see cref="Name"/> (ordinally) and <see cref="FoundingDate"/>.
/// Immutable and thread-safe.
/// </remarks>
public sealed class TraditionalDay : IEquatable<TraditionalDay>
{
    /// <summary>Creates a traditional day, for organisations and sectors beyond the built-in ones.</summary>
    /// <param name="name">
    /// The name as it follows "kỷ niệm N năm" in running text, capitalised as in official use, e.g.
    /// "Ngày thành lập Hội Nông dân Việt Nam". Surrounding white space is removed.
    /// </param>
    /// <param name="foundingDate">
    /// The founding date, year 1 to 9998; a date in another calendar is converted to the ISO (Gregorian) calendar.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The founding year is outside 1 to 9998.</exception>
    public TraditionalDay(string name, LocalDate foundingDate)
    {
        Name = Preconditions.CheckNotBlank(name, nameof(name), "tên ngày truyền thống", "name of the day").Trim();
        LocalDate iso = foundingDate.WithCalendar(CalendarSystem.Iso);
        Preconditions.CheckRange(iso.Year, 1, 9998, nameof(foundingDate), "năm thành lập", "founding year");
        FoundingDate = iso;
    }

    /// <summary>03/02/1930: "Ngày thành lập Đảng Cộng sản Việt Nam" (the date adopted at the Third Congress, 1960).</summary>
    public static TraditionalDay Party { get; } = new("Ngày thành lập Đảng Cộng sản Việt Nam", new LocalDate(1930, 2, 3));

    /// <summary>01/08/1930: "Ngày truyền thống ngành Tuyên giáo" (Ban Cổ động và Tuyên truyền).</summary>
    public static TraditionalDay PropagandaAndEducation { get; } = new("Ngày truyền thống ngành Tuyên giáo", new LocalDate(1930, 8, 1));

    /// <summary>15/10/1930: "Ngày truyền thống công tác Dân vận của Đảng", the Party's mass mobilisation work ("Ngày Dân vận").</summary>
    public static TraditionalDay MassMobilization { get; } = new("Ngày truyền thống công tác Dân vận của Đảng", new LocalDate(1930, 10, 15));

    /// <summary>14/10/1930: "Ngày thành lập Hội Nông dân Việt Nam", the Farmers' Union (Nông hội đỏ).</summary>
    public static TraditionalDay FarmersUnion { get; } = new("Ngày thành lập Hội Nông dân Việt Nam", new LocalDate(1930, 10, 14));

    /// <summary>20/10/1930: "Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam", the Women's Union; also Vietnamese Women's Day.</summary>
    public static TraditionalDay WomensUnion { get; } = new("Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam", new LocalDate(1930, 10, 20));

    /// <summary>18/11/1930: "Ngày truyền thống Mặt trận Tổ quốc Việt Nam", the Fatherland Front; also "Ngày hội đại đoàn kết toàn dân tộc".</summary>
    public static TraditionalDay FatherlandFront { get; } = new("Ngày truyền thống Mặt trận Tổ quốc Việt Nam", new LocalDate(1930, 11, 18));

    /// <summary>26/03/1931: "Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh", the Ho Chi Minh Communist Youth Union.</summary>
    public static TraditionalDay YouthUnion { get; } = new("Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh", new LocalDate(1931, 3, 26));

    /// <summary>28/07/1929: "Ngày thành lập Công đoàn Việt Nam", the Vietnam trade unions (Tổng Công hội Đỏ Bắc Kỳ).</summary>
    public static TraditionalDay TradeUnion { get; } = new("Ngày thành lập Công đoàn Việt Nam", new LocalDate(1929, 7, 28));

    /// <summary>06/12/1989: "Ngày thành lập Hội Cựu chiến binh Việt Nam", the Veterans' Association.</summary>
    public static TraditionalDay VeteransAssociation { get; } = new("Ngày thành lập Hội Cựu chiến binh Việt Nam", new LocalDate(1989, 12, 6));

    /// <summary>The nine built-in days, in the order Party, Tuyên giáo, Dân vận, then the Front and the mass organisations.</summary>
    public static IReadOnlyList<TraditionalDay> All { get; } = Array.AsReadOnly<TraditionalDay>(
        [Party, PropagandaAndEducation, MassMobilization, FarmersUnion, WomensUnion, FatherlandFront, YouthUnion, TradeUnion, VeteransAssociation]);

    /// <summary>The name as used after "kỷ niệm N năm", e.g. "Ngày truyền thống công tác Dân vận của Đảng".</summary>
    public string Name { get; }

    /// <summary>The founding date, in the ISO calendar.</summary>
    public LocalDate FoundingDate { get; }

    /// <summary>Whether two days are equal (see <see cref="Equals(TraditionalDay)"/>).</summary>
    /// <param name="left">The first day, or null.</param>
    /// <param name="right">The second day, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(TraditionalDay? left, TraditionalDay? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Whether two days differ.</summary>
    /// <param name="left">The first day, or null.</param>
    /// <param name="right">The second day, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(TraditionalDay? left, TraditionalDay? right) => !(left == right);

    /// <summary>Whether <paramref name="other"/> has the same name (ordinal comparison) and founding date.</summary>
    /// <param name="other">The other day, or null.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(TraditionalDay? other) =>
        other is not null && FoundingDate == other.FoundingDate && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TraditionalDay);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), FoundingDate);

    /// <summary>The name followed by the founding date: "Ngày thành lập Công đoàn Việt Nam (28/7/1929)".</summary>
    /// <returns>The name and date.</returns>
    public override string ToString() => Name + " (" + VietnameseDates.FormatDayMonthYear(FoundingDate) + ")";
}
