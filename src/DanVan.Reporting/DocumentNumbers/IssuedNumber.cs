using DanVan.Reporting.Internal;
using NodaTime;

namespace DanVan.Reporting;

/// <summary>
/// A document number as entered in the register of outgoing documents ("sổ đăng ký văn bản đi"): the number and symbol
/// given to a document, and its issue date. The entries a <see cref="DocumentRegister"/> is built from and keeps.
/// </summary>
/// <remarks>Equality compares <see cref="Number"/> and <see cref="IssuedOn"/>. Immutable and thread-safe.</remarks>
public sealed class IssuedNumber : IEquatable<IssuedNumber>
{
    /// <summary>Creates an entry.</summary>
    /// <param name="number">The number and symbol given, e.g. <c>DocumentNumber.Party(45, "BC", "BDVTU")</c>.</param>
    /// <param name="issuedOn">The issue date (the date of the date line); a date in another calendar is converted to the ISO calendar.</param>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> is null.</exception>
    public IssuedNumber(DocumentNumber number, LocalDate issuedOn)
    {
        Number = Preconditions.CheckNotNull(number, nameof(number));
        IssuedOn = issuedOn.WithCalendar(CalendarSystem.Iso);
    }

    /// <summary>The number and symbol given to the document.</summary>
    public DocumentNumber Number { get; }

    /// <summary>The issue date, in the ISO calendar.</summary>
    public LocalDate IssuedOn { get; }

    /// <summary>Whether two entries are equal (see <see cref="Equals(IssuedNumber)"/>).</summary>
    /// <param name="left">The first entry, or null.</param>
    /// <param name="right">The second entry, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(IssuedNumber? left, IssuedNumber? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two entries differ.</summary>
    /// <param name="left">The first entry, or null.</param>
    /// <param name="right">The second entry, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(IssuedNumber? left, IssuedNumber? right) => !(left == right);

    /// <summary>Whether <paramref name="other"/> has an equal <see cref="Number"/> and the same <see cref="IssuedOn"/>.</summary>
    /// <param name="other">The other entry, or null.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(IssuedNumber? other) => other is not null && IssuedOn == other.IssuedOn && Number == other.Number;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as IssuedNumber);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Number, IssuedOn);

    /// <summary>The number and date: "Số 45-BC/BDVTU, ngày 02/7/2024".</summary>
    /// <returns>The text (the same under every culture).</returns>
    public override string ToString() => Number + ", " + VietnameseDates.FormatCitation(IssuedOn);
}
