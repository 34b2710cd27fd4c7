using DanVan.Reporting.Internal;
using NodaTime;

namespace DanVan.Reporting.Calendar;

/// <summary>
/// One day off of a <see cref="HolidaySchedule"/>: its date, its Vietnamese name ("Tết Nguyên đán", "Nghỉ bù Giỗ Tổ
/// Hùng Vương") and why it is off (<see cref="HolidayKind"/>).
/// </summary>
/// <remarks>Immutable and thread-safe; two holidays are equal when date, name and kind are equal.</remarks>
public sealed class Holiday : IEquatable<Holiday>
{
    /// <summary>Creates a day off.</summary>
    /// <param name="date">The date.</param>
    /// <param name="name">Its name, in Vietnamese, e.g. "Quốc khánh".</param>
    /// <param name="kind">Why the day is off.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public Holiday(LocalDate date, string name, HolidayKind kind)
    {
        Name = Preconditions.CheckNotBlank(name, nameof(name), "tên ngày nghỉ", "holiday name");
        Preconditions.CheckRange((int)kind, (int)HolidayKind.Statutory, (int)HolidayKind.Custom, nameof(kind), "loại ngày nghỉ", "holiday kind");
        Date = date;
        Kind = kind;
    }

    /// <summary>The date.</summary>
    public LocalDate Date { get; }

    /// <summary>The name, in Vietnamese: "Tết Dương lịch", "Tết Nguyên đán", "Nghỉ bù Quốc khánh" …</summary>
    public string Name { get; }

    /// <summary>Why the day is off.</summary>
    public HolidayKind Kind { get; }

    /// <inheritdoc/>
    public bool Equals(Holiday? other) =>
        other is not null && Date == other.Date && Kind == other.Kind && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Holiday);

    /// <summary>Whether two values are equal.</summary>
    public static bool operator ==(Holiday? left, Holiday? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    public static bool operator !=(Holiday? left, Holiday? right) => !(left == right);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Kind, StringComparer.Ordinal.GetHashCode(Name));

    /// <summary>The date and name, e.g. "02/09/2025: Quốc khánh" (the same under every culture).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => VietnameseDates.FormatNumeric(Date) + ": " + Name;
}
