using CsCheck;
using DanVan.Reporting;
using DanVan.Reporting.Calendar;
using DanVan.Reporting.Catalog;
using DanVan.Reporting.Json;
using NodaTime;

namespace DanVan.Cli.Tests;

/// <summary>
/// The reporting round on the catalog's giao-ban-quy: each unit's standing, deadlines on days off (Tết, Quốc khánh),
/// bad submissions rejected and never added, submission order irrelevant, and the seed 004 worked example.
/// </summary>
public sealed class RollupRoundTests
{
    private static readonly ReportPeriod s_q2 = ReportPeriod.Quarter(2024, 2);

    private static readonly ReportingUnit[] s_units =
    [
        new("Thành ủy Gia Nghĩa", "gia-nghia"),
        new("Huyện ủy Đắk Song", "dak-song"),
        new("Huyện ủy Tuy Đức", "tuy-duc"),
    ];

    private static GiaoBanQuy Report(ReportPeriod period, string text, params (string Name, string Unit, decimal Value)[] figures) => new()
    {
        Period = period,
        KetQuaNoiBat = text,
        NhiemVu = ["Nhân rộng các mô hình \"Dân vận khéo\"."],
        SoLieu = figures.Length == 0 ? null : figures.Select(f => new ChiTieu { Ten = f.Name, DonViTinh = f.Unit, KetQua = f.Value }).ToArray(),
    };

    private static LocalDate Day(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Seed004_DistrictsFigures_AddUpToTheProvinces()
    {
        // Seed 004: the Biên phòng force gave 47 working days, 2 Đại đoàn kết houses worth 212 million đồng "tại huyện
        // Đắk Song và huyện Tuy Đức". The article gives only the totals: the split per district is invented.
        var round = new ReportingRound<GiaoBanQuy>(s_q2, s_units);
        Assert.Equal(Day(2024, 6, 25), round.Deadline);
        Assert.Null(round.Submit("dak-song", Report(s_q2, "Bàn giao 01 căn nhà Đại đoàn kết.", ("Ngày công giúp dân lao động sản xuất", "ngày công", 25), ("Nhà Đại đoàn kết bàn giao", "căn", 1), ("Tổng trị giá", "triệu đồng", 106)), Day(2024, 6, 20), "dak-song.json"));
        Assert.Null(round.Submit("Huyện ủy Tuy Đức", Report(s_q2, "Bàn giao 01 căn nhà Đại đoàn kết.", ("Ngày công giúp dân lao động sản xuất", "ngày công", 22), ("Nhà Đại đoàn kết bàn giao", "căn", 1), ("Tổng trị giá", "triệu đồng", 106)), Day(2024, 6, 26), "tuy-duc.json"));

        RoundResult<GiaoBanQuy> result = round.Close();

        Assert.Empty(result.RollUpErrors);
        Assert.True(result.Report.Validate().IsValid, result.Report.Validate().ToString());
        Assert.Equal(
            ["Ngày công giúp dân lao động sản xuất=47", "Nhà Đại đoàn kết bàn giao=2", "Tổng trị giá=212"],
            result.RollUp.Value.SoLieu!.Select(c => c.Ten + "=" + c.KetQua).ToArray());
        Assert.Equal([SubmissionStatus.Missing, SubmissionStatus.OnTime, SubmissionStatus.Late], result.Units.Select(u => u.Status).ToArray());
        Assert.Equal(1, result.Units[2].WorkingDaysLate);
        Assert.Equal(
            "Thời hạn gửi báo cáo quý II năm 2024 là ngày 25/06/2024 (Nghị định số 09/2019/NĐ-CP, Điều 13). Có 1/3 đơn vị gửi báo cáo đúng hạn; 1 đơn vị gửi chậm: Huyện ủy Tuy Đức (chậm 1 ngày làm việc); 1 đơn vị chưa gửi báo cáo: Thành ủy Gia Nghĩa.",
            result.StatusText());
        string text = result.ToDocument(r => r.SoLieu!.Select(c => KeyValuePair.Create(c.Ten, c.KetQua.ToString(System.Globalization.CultureInfo.InvariantCulture)))).RenderText();
        Assert.Contains("Tình hình báo cáo", text, StringComparison.Ordinal);
        Assert.Contains("Chậm 1 ngày làm việc", text, StringComparison.Ordinal);
        Assert.Contains("Huyện ủy Đắk Song: Bàn giao 01 căn nhà Đại đoàn kết.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadline_CountedInWorkingDays_SkipsTet()
    {
        // 20 working days after 31/12/2024: 01/01 is a holiday and 27–31/01/2025 is Tết, so the deadline is 05/02/2025.
        var round = new ReportingRound<GiaoBanQuy>(ReportPeriod.Quarter(2024, 4), s_units, DeadlineRule.WorkingDaysAfterCutOff(20), WorkingCalendar.Default, CutOffRule.Calendar);
        Assert.Equal(Day(2025, 2, 5), round.Deadline);
        ReportPeriod q4 = ReportPeriod.Quarter(2024, 4);
        round.Submit("gia-nghia", Report(q4, "Đúng hạn trước Tết."), Day(2025, 1, 24), "a.json");
        round.Submit("dak-song", Report(q4, "Gửi ngày mùng 2 Tết."), Day(2025, 1, 30), "b.json");
        round.Submit("tuy-duc", Report(q4, "Gửi sau hạn."), Day(2025, 2, 7), "c.json");
        RoundResult<GiaoBanQuy> result = round.Close();
        Assert.Equal([SubmissionStatus.OnTime, SubmissionStatus.OnTime, SubmissionStatus.Late], result.Units.Select(u => u.Status).ToArray());
        Assert.Equal(2, result.Units[2].WorkingDaysLate); // 06/02 and 07/02
    }

    [Fact]
    public void Deadline_OnAHoliday_IsLateUnlessExtendedToTheNextWorkingDay()
    {
        // Day 2 of September 2025 is Quốc khánh (a Tuesday off); a report received on Wednesday 03/09/2025 is late by
        // one working day under the rule as written, and on time when the deadline moves to the next working day.
        ReportPeriod q3 = ReportPeriod.Quarter(2025, 3);
        foreach ((DeadlineRule rule, LocalDate deadline, SubmissionStatus status) in new[]
        {
            (DeadlineRule.DayOfLastMonth(2), Day(2025, 9, 2), SubmissionStatus.Late),
            (DeadlineRule.DayOfLastMonth(2).ExtendedToWorkingDay(), Day(2025, 9, 3), SubmissionStatus.OnTime),
        })
        {
            var round = new ReportingRound<GiaoBanQuy>(q3, s_units, rule);
            Assert.Equal(deadline, round.Deadline);
            round.Submit("gia-nghia", Report(q3, "x"), Day(2025, 9, 3), "a.json");
            UnitStatus unit = round.Close().Units[0];
            Assert.Equal(status, unit.Status);
            Assert.Equal(status == SubmissionStatus.Late ? 1 : 0, unit.WorkingDaysLate);
        }
    }

    [Fact]
    public void Received_OnADayOffAfterTheDeadline_CountsFromTheNextWorkingDay()
    {
        // Deadline Tuesday 25/06/2024; received Saturday 29/06: the office sees it Monday 01/07, 4 working days late.
        var round = new ReportingRound<GiaoBanQuy>(s_q2, s_units);
        round.Submit("gia-nghia", Report(s_q2, "x"), Day(2024, 6, 29), "a.json");
        Assert.Equal(4, round.Close().Units[0].WorkingDaysLate);

        // Counted as the days fall, the same report is 3 working days late, and still late.
        var asReceived = new ReportingRound<GiaoBanQuy>(s_q2, s_units, lateCounting: LateCounting.AsReceived);
        asReceived.Submit("gia-nghia", Report(s_q2, "x"), Day(2024, 6, 29), "a.json");
        UnitStatus unit = asReceived.Close().Units[0];
        Assert.Equal((SubmissionStatus.Late, 3), (unit.Status, unit.WorkingDaysLate));
    }

    [Fact]
    public void BadSubmissions_AreRejectedWithUnitAndReason_NeverAdded()
    {
        var round = new ReportingRound<GiaoBanQuy>(s_q2, s_units);
        RejectedSubmission? outside = round.Submit("Huyện ủy Cư Jút", Report(s_q2, "x", ("Nhà Đại đoàn kết bàn giao", "căn", 5)), Day(2024, 6, 20), "cu-jut.json");
        RejectedSubmission? mixed = round.Submit("dak-song", Report(ReportPeriod.Quarter(2024, 1), "x", ("Nhà Đại đoàn kết bàn giao", "căn", 7)), Day(2024, 6, 20), "dak-song-q1.json");
        RejectedSubmission? invalid = round.Submit("tuy-duc", Report(s_q2, " ", ("Nhà Đại đoàn kết bàn giao", "căn", 9)), Day(2024, 6, 20), "tuy-duc.json");
        Assert.Equal("unit-unknown", outside!.Code);
        Assert.Contains("Huyện ủy Cư Jút", outside.Reason, StringComparison.Ordinal);
        Assert.Equal("period", mixed!.Code);
        Assert.Contains("quý I năm 2024", mixed.Reason, StringComparison.Ordinal);
        Assert.Equal("invalid", invalid!.Code);
        Assert.Contains("Huyện ủy Tuy Đức", invalid.Reason, StringComparison.Ordinal);

        RoundResult<GiaoBanQuy> result = round.Close();
        Assert.All(result.Units, u => Assert.Equal(SubmissionStatus.Missing, u.Status));
        Assert.Null(result.RollUp.Value.SoLieu);
        Assert.Equal(3, result.Rejected.Count);
        Assert.Contains("3 báo cáo không được tổng hợp", result.StatusText(), StringComparison.Ordinal);
    }

    [Fact]
    public void SameUnitTwice_TheLaterCounts_AndTheDuplicateIsReported()
    {
        var round = new ReportingRound<GiaoBanQuy>(s_q2, s_units);
        round.Submit("dak-song", Report(s_q2, "bản sau", ("Nhà Đại đoàn kết bàn giao", "căn", 2)), Day(2024, 6, 24), "dak-song.v2.json");
        round.Submit("Huyện ủy Đắk Song", Report(s_q2, "bản đầu", ("Nhà Đại đoàn kết bàn giao", "căn", 1)), Day(2024, 6, 20), "dak-song.json");
        RoundResult<GiaoBanQuy> result = round.Close();
        Assert.Equal(2m, Assert.Single(result.RollUp.Value.SoLieu!).KetQua);
        Assert.Equal(["dak-song.json"], result.Units[1].Superseded);
        Assert.Equal("dak-song.v2.json", result.Units[1].Source);
        Assert.Contains("nhiều lần", result.StatusText(), StringComparison.Ordinal);
    }

    [Fact]
    public void UnitListedTwice_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new ReportingRound<GiaoBanQuy>(s_q2, [new("A", "a"), new("B", "a")]));
        Assert.Contains("\"a\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OverflowingFigure_IsAnErrorNamingTheMember()
    {
        var round = new ReportingRound<GiaoBanQuy>(s_q2, s_units);
        foreach (string unit in new[] { "gia-nghia", "dak-song" })
        {
            var report = Report(s_q2, "x") with { SoLieu = [new ChiTieu { Ten = "Tổng trị giá", KetQua = decimal.MaxValue }] };
            round.Submit(unit, report, Day(2024, 6, 20), unit + ".json");
        }

        // Validate() rejects a figure above the catalog's limit first; a total beyond decimal is caught by RollUpMath.
        RoundResult<GiaoBanQuy> result = round.Close();
        Assert.All(result.Units, u => Assert.Equal(SubmissionStatus.Missing, u.Status));
        var direct = GiaoBanQuy.RollUp(new RollUpInput<GiaoBanQuy>(s_q2, [new("A", Report(s_q2, "x") with { SoLieu = [new ChiTieu { Ten = "T", KetQua = decimal.MaxValue }] }), new("B", Report(s_q2, "y") with { SoLieu = [new ChiTieu { Ten = "T", KetQua = 1m }] })]));
        RollUpError error = Assert.Single(direct.Errors);
        Assert.Equal("SoLieu[0].KetQua", error.Path);
        Assert.Equal(RollUpMath.OverflowCode, error.Code);
        Assert.Contains("B", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyRound_EveryUnitIsMissing() =>
        Gen.Int[1, 30].Sample(count =>
        {
            var units = Enumerable.Range(0, count).Select(i => new ReportingUnit("Xã " + i)).ToArray();
            RoundResult<GiaoBanQuy> result = new ReportingRound<GiaoBanQuy>(s_q2, units).Close();
            Assert.All(result.Units, u => Assert.Equal(SubmissionStatus.Missing, u.Status));
            Assert.Equal(units, result.Units.Select(u => u.Unit).ToArray());
            Assert.Contains("Có 0/" + count + " đơn vị gửi báo cáo đúng hạn", result.StatusText(), StringComparison.Ordinal);
        }, iter: 20);

    [Fact]
    public void SubmissionOrder_DoesNotMatter() =>
        Gen.Select(Gen.Int[0, 2].Array[1, 8], Gen.Int[18, 30].Array[8], Gen.Int[0, 1000].Array[8], Gen.Int.Array[8]).Sample((units, days, values, keys) =>
        {
            var submissions = units.Select((unit, i) => (Unit: s_units[unit].Code!, Report: Report(s_q2, "Báo cáo " + i, ("Ngày công", "ngày công", values[i])), Day: Day(2024, 6, days[i]), Source: "f" + i + ".json")).ToList();
            string Run(IEnumerable<(string Unit, GiaoBanQuy Report, LocalDate Day, string Source)> order)
            {
                var round = new ReportingRound<GiaoBanQuy>(s_q2, s_units);
                foreach (var s in order)
                {
                    round.Submit(s.Unit, s.Report, s.Day, s.Source);
                }

                RoundResult<GiaoBanQuy> result = round.Close();
                return result.StatusText() + "|" + string.Join(";", result.Units.Select(u => u.Status + ":" + u.WorkingDaysLate + ":" + u.Source + ":" + string.Join(",", u.Superseded)))
                    + "|" + result.RollUp.Value.ToJson("giao-ban-quy");
            }

            string expected = Run(submissions);
            Assert.Equal(expected, Run(submissions.AsEnumerable().Reverse()));
            Assert.Equal(expected, Run(submissions.Select((s, i) => (s, keys[i])).OrderBy(p => p.Item2).Select(p => p.s)));
        }, iter: 100);
}
