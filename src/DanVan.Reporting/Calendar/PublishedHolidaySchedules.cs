using NodaTime;

namespace DanVan.Reporting.Calendar;

/// <summary>
/// The Government's yearly holiday schedules built into the SDK, as data. Each entry says where it comes from; dates
/// derived from plan totals only are marked UNVERIFIED in <see cref="HolidaySchedule.Source"/>.
/// </summary>
/// <remarks>
/// <para>
/// 2025 — Tết Nguyên đán: Công văn số 8726/VPCP-KGVX ngày 26/11/2024: days off Monday 27/01 to Friday 31/01/2025
/// (28 tháng Chạp Giáp Thìn to mùng 3 Ất Tỵ), the whole break 25/01–02/02/2025. Giỗ Tổ Monday 07/04/2025; 30/4 and 1/5
/// Wednesday–Thursday; Tết Dương lịch Wednesday 01/01/2025. Quốc khánh: Monday 01/9 (the adjacent day) and Tuesday
/// 02/9, the break Saturday 30/08 to Tuesday 02/09/2025. Vector F8 says 31/08–03/09/2025, but
/// its source (S-46, a topic page that gathers several years' articles) gives the 2024 break: 31/08/2024 is a Saturday
/// and 03/09/2024 a Tuesday, "2 ngày nghỉ lễ và 2 ngày nghỉ hằng tuần", which the default rule gives for 2024. In 2025
/// 31/08 is a Sunday, and 31/08–03/09 would need three weekdays off for a two-day holiday (Điều 112), with no swap
/// published; so 03/09/2025 is a working day here. Add it with <c>HolidaySchedule.WithDayOff</c> if a source
/// says otherwise.
/// </para>
/// <para>
/// 2026 — Tết Dương lịch 01/01–04/01/2026 (02/01 an additional day off; no worked Saturday is given by the source, so
/// none is modelled); Tết Nguyên đán 14/02–22/02/2026 (days off Monday 16/02 to Friday 20/02: 29 tháng Chạp Ất Tỵ to
/// mùng 4 Bính Ngọ). The rest is UNVERIFIED, derived from the plan totals (3 days Giỗ Tổ, 4 days 30/4–1/5, 5 days
/// Quốc khánh): Giỗ Tổ Sunday 26/04 with a nghỉ bù Monday 27/04 (break 25–27/04); 30/4–1/5 Thursday–Friday (break
/// 30/04–03/05); Quốc khánh 01/9 (adjacent day) and 02/9, with Monday 31/08 an additional day off (break
/// 29/08–02/09/2026).
/// </para>
/// </remarks>
internal static class PublishedHolidaySchedules
{
    public static readonly IReadOnlyList<int> Years = Array.AsReadOnly([2025, 2026]);

    private static readonly HolidaySchedule s_2025 = Build2025();
    private static readonly HolidaySchedule s_2026 = Build2026();

    public static HolidaySchedule? Get(int year) => year switch
    {
        2025 => s_2025,
        2026 => s_2026,
        _ => null,
    };

    private static HolidaySchedule Build2025()
    {
        const int Y = 2025;
        var days = new List<Holiday>
        {
            Statutory(Y, 1, 1, DefaultHolidayRule.NewYear),
            Statutory(Y, 4, 7, DefaultHolidayRule.HungKings),
            Statutory(Y, 4, 30, DefaultHolidayRule.Victory),
            Statutory(Y, 5, 1, DefaultHolidayRule.Labour),
            Statutory(Y, 9, 1, DefaultHolidayRule.National),
            Statutory(Y, 9, 2, DefaultHolidayRule.National),
        };
        for (int day = 27; day <= 31; day++)
        {
            days.Add(Statutory(Y, 1, day, DefaultHolidayRule.LunarNewYear));
        }

        return HolidaySchedule.Create(
            Y,
            "Lịch nghỉ lễ, tết năm 2025 do Chính phủ công bố (Tết Nguyên đán: Công văn số 8726/VPCP-KGVX ngày 26/11/2024; Quốc khánh: 30/8-02/9/2025)",
            isDefaultRule: false,
            days);
    }

    private static HolidaySchedule Build2026()
    {
        const int Y = 2026;
        var days = new List<Holiday>
        {
            Statutory(Y, 1, 1, DefaultHolidayRule.NewYear),
            new(new LocalDate(Y, 1, 2), "Nghỉ thêm dịp Tết Dương lịch (theo lịch nghỉ công bố năm 2026)", HolidayKind.Additional),
            Statutory(Y, 4, 26, DefaultHolidayRule.HungKings),
            new(new LocalDate(Y, 4, 27), DefaultHolidayRule.CompensatoryPrefix + DefaultHolidayRule.HungKings, HolidayKind.Compensatory),
            Statutory(Y, 4, 30, DefaultHolidayRule.Victory),
            Statutory(Y, 5, 1, DefaultHolidayRule.Labour),
            new(new LocalDate(Y, 8, 31), "Nghỉ thêm dịp Quốc khánh (theo kế hoạch nghỉ năm 2026; UNVERIFIED)", HolidayKind.Additional),
            Statutory(Y, 9, 1, DefaultHolidayRule.National),
            Statutory(Y, 9, 2, DefaultHolidayRule.National),
        };
        for (int day = 16; day <= 20; day++)
        {
            days.Add(Statutory(Y, 2, day, DefaultHolidayRule.LunarNewYear));
        }

        return HolidaySchedule.Create(
            Y,
            "Lịch nghỉ lễ, tết năm 2026 do Chính phủ công bố (Tết Dương lịch 01/01-04/01/2026; Tết Nguyên đán 14/02-22/02/2026); Giỗ Tổ, 30/4-01/5 và Quốc khánh suy ra từ tổng số ngày nghỉ của kế hoạch (UNVERIFIED)",
            isDefaultRule: false,
            days);
    }

    private static Holiday Statutory(int year, int month, int day, string name) =>
        new(new LocalDate(year, month, day), name, HolidayKind.Statutory);
}
