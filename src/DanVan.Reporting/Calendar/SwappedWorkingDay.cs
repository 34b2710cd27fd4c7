using DanVan.Reporting.Internal;
using NodaTime;

namespace DanVan.Reporting.Calendar;

/// <summary>
/// A day that is a working day ("ngày làm việc") although it would otherwise be off — typically a Saturday worked in
/// exchange ("làm bù") for a weekday given off to make a longer holiday break ("hoán đổi ngày làm việc").
/// </summary>
/// <remarks>Immutable and thread-safe; two entries are equal when date and reason are equal.</remarks>
public sealed class SwappedWorkingDay : IEquatable<SwappedWorkingDay>
{
    /// <summary>Creates a working-day entry.</summary>
    /// <param name="date">The date that is worked.</param>
    /// <param name="reason">Why, in Vietnamese, e.g. "Làm bù cho thứ Sáu 02/5/2025".</param>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is null, empty or white space.</exception>
    public SwappedWorkingDay(LocalDate date, string reason)
    {
        Reason = Preconditions.CheckNotBlank(reason, nameof(reason), "lý do làm việc", "reason");
        Date = date;
    }

    /// <summary>The date that is worked.</summary>
    public LocalDate Date { get; }

    /// <summary>Why the date is worked.</summary>
    public string Reason { get; }

    /// <inheritdoc/>
    public bool Equals(SwappedWorkingDay? other) =>
        other is not null && Date == other.Date && string.Equals(Reason, other.Reason, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SwappedWorkingDay);

    /// <summary>Whether two values are equal.</summary>
    public static bool operator ==(SwappedWorkingDay? left, SwappedWorkingDay? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    public static bool operator !=(SwappedWorkingDay? left, SwappedWorkingDay? right) => !(left == right);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, StringComparer.Ordinal.GetHashCode(Reason));

    /// <summary>The date and reason, e.g. "26/04/2025: Làm bù" (the same under every culture).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => VietnameseDates.FormatNumeric(Date) + ": " + Reason;
}
