using System.Diagnostics.CodeAnalysis;

namespace DanVan.Reporting.Internal;

/// <summary>
/// Argument checks for public members. Each message names the argument, the value received and the valid range,
/// in the language chosen by <see cref="MessageSettings.Language"/>.
/// </summary>
internal static class Preconditions
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="min"/> ≤ value ≤ <paramref name="max"/>.</summary>
    /// <param name="value">The argument's value.</param>
    /// <param name="min">The smallest valid value.</param>
    /// <param name="max">The largest valid value.</param>
    /// <param name="paramName">The argument's name (<c>nameof</c>).</param>
    /// <param name="vietnameseWhat">What the value is, in Vietnamese ("quý", "tháng").</param>
    /// <param name="englishWhat">What the value is, in English ("quarter", "month").</param>
    public static void CheckRange(long value, long min, long max, string paramName, string vietnameseWhat, string englishWhat)
    {
        if (value < min || value > max)
        {
            throw OutOfRange(value, min, max, paramName, vietnameseWhat, englishWhat);
        }
    }

    /// <summary>The exception <see cref="CheckRange"/> throws, for callers whose check is not a plain range.</summary>
    /// <remarks>
    /// The actual value is passed as invariant text: .NET appends "Actual value was …" to the message using the current
    /// culture, which would make the message differ by machine (U+2212 minus, Arabic marks).
    /// </remarks>
    public static ArgumentOutOfRangeException OutOfRange(long value, long min, long max, string paramName, string vietnameseWhat, string englishWhat) =>
        new(paramName, Messages.Format("{0}", value), Messages.Pick(
            Messages.Format("Giá trị {0} của tham số '{1}' ({2}) nằm ngoài phạm vi hợp lệ [{3}-{4}].", value, paramName, vietnameseWhat, min, max),
            Messages.Format("The value {0} of argument '{1}' ({2}) is outside the valid range [{3}-{4}].", value, paramName, englishWhat, min, max)));

    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="value"/> is null.</summary>
    /// <remarks>The throw lives in its own method so that this check, made on every writer call, is inlined to a compare.</remarks>
    public static T CheckNotNull<T>(T? value, string paramName)
        where T : class
    {
        if (value is null)
        {
            ThrowNull(paramName);
        }

        return value;
    }

    [DoesNotReturn]
    private static void ThrowNull(string paramName) =>
        throw new ArgumentNullException(paramName, Messages.Pick(
            Messages.Format("Tham số '{0}' không được để trống (null).", paramName),
            Messages.Format("Argument '{0}' must not be null.", paramName)));

    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="value"/> is null, empty or white space.</summary>
    public static string CheckNotBlank(string? value, string paramName, string vietnameseWhat, string englishWhat)
    {
        CheckNotNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException(Messages.Pick(
                Messages.Format("Tham số '{0}' ({1}) không được để trống; giá trị nhận được: {2}.", paramName, vietnameseWhat, Messages.Quote(value)),
                Messages.Format("Argument '{0}' ({1}) must not be empty or white space; got {2}.", paramName, englishWhat, Messages.Quote(value))), paramName);
        }

        return value!;
    }
}
