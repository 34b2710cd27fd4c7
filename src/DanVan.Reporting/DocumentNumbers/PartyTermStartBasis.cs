namespace DanVan.Reporting;

/// <summary>
/// Which rule of Hướng dẫn 36-HD/VPTW Điểm 1.3 fixes the first day of a committee's term ("nhiệm kỳ cấp ủy") for
/// numbering Party documents; see <see cref="PartyTermStart"/>.
/// </summary>
public enum PartyTermStartBasis
{
    /// <summary>
    /// The general rule: the term is counted "từ ngày liền kề sau ngày bế mạc đại hội" — from the day after the congress
    /// ("đại hội") that elected the committee closes. Made by <see cref="PartyTermStart.AfterCongress"/>.
    /// </summary>
    DayAfterCongressClosed,

    /// <summary>
    /// The exception: when the new committee's first meeting ("hội nghị lần thứ nhất") is held during the congress, the
    /// term is counted from the opening of that meeting. Made by <see cref="PartyTermStart.AtFirstMeeting"/>.
    /// </summary>
    FirstMeetingDuringCongress,
}
