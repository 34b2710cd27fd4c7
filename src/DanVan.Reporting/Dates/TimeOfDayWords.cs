using DanVan.Reporting.Internal;
using NodaTime;

namespace DanVan.Reporting;

/// <summary>
/// Where the parts of the day begin, for phrases such as "Sáng 28/6/2024" or "chiều ngày 15/7/2024": "sáng"
/// (morning), "trưa" (midday), "chiều" (afternoon), "tối" (evening), "đêm" (night).
/// </summary>
/// <remarks>
/// No rule text fixes these hours (UNVERIFIED). <see cref="Default"/> uses the common reading: sáng before 11:00, trưa
/// 11:00–13:00, chiều 13:00–18:00, tối 18:00–22:00, đêm from 22:00. An issuer that writes otherwise makes its own.
/// Immutable and thread-safe.
/// </remarks>
public sealed class TimeOfDayWords
{
    /// <summary>Creates day-part boundaries; each must come after the one before.</summary>
    /// <param name="middayStarts">Start of "trưa".</param>
    /// <param name="afternoonStarts">Start of "chiều".</param>
    /// <param name="eveningStarts">Start of "tối".</param>
    /// <param name="nightStarts">Start of "đêm" (which lasts until midnight; earlier hours are "sáng").</param>
    /// <exception cref="ArgumentException">The boundaries are not in increasing order.</exception>
    public TimeOfDayWords(LocalTime middayStarts, LocalTime afternoonStarts, LocalTime eveningStarts, LocalTime nightStarts)
    {
        if (!(middayStarts < afternoonStarts && afternoonStarts < eveningStarts && eveningStarts < nightStarts))
        {
            throw new ArgumentException(Messages.Pick(
                Messages.Format("Các mốc buổi trong ngày phải tăng dần (trưa < chiều < tối < đêm); giá trị nhận được: {0}, {1}, {2}, {3}.", middayStarts, afternoonStarts, eveningStarts, nightStarts),
                Messages.Format("Day-part boundaries must increase (midday < afternoon < evening < night); got {0}, {1}, {2}, {3}.", middayStarts, afternoonStarts, eveningStarts, nightStarts)));
        }

        MiddayStarts = middayStarts;
        AfternoonStarts = afternoonStarts;
        EveningStarts = eveningStarts;
        NightStarts = nightStarts;
    }

    /// <summary>sáng before 11:00, trưa from 11:00, chiều from 13:00, tối from 18:00, đêm from 22:00.</summary>
    public static TimeOfDayWords Default { get; } = new(new LocalTime(11, 0), new LocalTime(13, 0), new LocalTime(18, 0), new LocalTime(22, 0));

    /// <summary>Start of "trưa".</summary>
    public LocalTime MiddayStarts { get; }

    /// <summary>Start of "chiều".</summary>
    public LocalTime AfternoonStarts { get; }

    /// <summary>Start of "tối".</summary>
    public LocalTime EveningStarts { get; }

    /// <summary>Start of "đêm".</summary>
    public LocalTime NightStarts { get; }

    /// <summary>The part of the day a time falls in, in lower case: "sáng", "trưa", "chiều", "tối" or "đêm".</summary>
    /// <param name="time">The time of day.</param>
    /// <returns>The word.</returns>
    public string NameOf(LocalTime time) =>
        time < MiddayStarts ? "sáng"
        : time < AfternoonStarts ? "trưa"
        : time < EveningStarts ? "chiều"
        : time < NightStarts ? "tối"
        : "đêm";
}
