using System.Reflection;
using CsCheck;

namespace DanVan.Reporting.Generators.Tests.RollUp;

/// <summary>
/// The generated RollUp compiled and run: properties over random units (a roll-up of parts equals the roll-up of the
/// roll-ups of any partition; one unit rolls up to itself), percentages recomputed and never averaged, weighted
/// averages, gathered text and rows, overflow named, disagreeing units named.
/// </summary>
public class RollUpCompileAndRunTests
{
    private static readonly Lazy<Assembly> s_assembly = new(() => GeneratorHarness.CompileAndLoad(RollUpSources.Report));

    private static readonly Gen<int[]> s_row = Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[0, 100], Gen.Int[-1, 1_000_000], Gen.Int[0, 2], Gen.Int[0, 10_000_000])
        .Select((households, share, days, key, value) => new[] { households, (int)((long)households * share / 100), days, key, value });

    private static object Factory(string method, params object[] arguments) =>
        s_assembly.Value.GetType("Reports.Factory", throwOnError: true)!.GetMethod(method)!.Invoke(null, arguments)!;

    private static dynamic Example(int part, string unit, decimal weighted) => Factory("Example", part, unit, weighted);

    [Fact]
    public void RollUp_OfParts_EqualsRollUpOfTheRollUpsOfAnyPartition() =>
        Gen.Select(s_row.Array[0, 12], Gen.Int[0, 12]).Sample((rows, cut) =>
        {
            int split = Math.Min(cut, rows.Length);
            var direct = (string[])Factory("Direct", [rows]);
            var partitioned = (string[])Factory("Partitioned", rows, split);
            Assert.Equal(string.Empty, direct[1]);
            Assert.Equal(string.Empty, partitioned[1]);
            Assert.Equal(direct[0], partitioned[0]);
        }, iter: 200);

    [Fact]
    public void RollUp_OfOneUnit_IsThatUnit() =>
        s_row.Sample(row =>
        {
            var single = (string[])Factory("Single", row);
            Assert.Equal(single[0], single[1]);
            Assert.Equal(single[2], single[3]);
        }, iter: 200);

    [Fact]
    public void RollUp_Percentage_IsRecomputedFromSums_NotAveraged()
    {
        // 9 of 10 households (90%) and 9 of 90 (10%): the average of the rates would be 50%; the rate of the sums is 18/100.
        dynamic result = RollUp(("Xã A", Example(0, "ngày công", 1m)), ("Xã B", Example(1, "ngày công", 1m)));
        Assert.Equal(100, (int)result.Value.SoHo);
        Assert.Equal(18, (int)result.Value.SoHoNgheo);
        Assert.Equal(18.00m, (decimal)result.Value.TyLeHoNgheo);
        Assert.Equal(18.00m, (decimal)result.Value.Ho.TyLe);
    }

    [Fact]
    public void RollUp_Weighted_WeighsEachUnitsValue()
    {
        // (2 × 10 + 4 × 90) / 100 = 3.8, not the plain average 3.
        dynamic result = RollUp(("Xã A", Example(0, "ngày công", 2m)), ("Xã B", Example(1, "ngày công", 4m)));
        Assert.Equal(3.8m, (decimal)result.Value.DiemBinhQuan);
    }

    [Fact]
    public void RollUp_TextAndLists_AreGatheredUnderEachUnitsName_InUnitOrder()
    {
        dynamic result = RollUp(("Xã A", Example(0, "ngày công", 1m)), ("Xã B", Example(1, "ngày công", 1m)));
        Assert.Equal("Xã A: Đạt kết quả tốt.", (string)result.Value.KetQua);
        Assert.Equal(new[] { "Xã A: Tuyên truyền" }, (string[])result.Value.NhiemVu);
        var models = ((IEnumerable<dynamic>)result.Value.MoHinh).Select(m => (string)m.Ten + "@" + (string)m.DonVi).ToArray();
        Assert.Equal(new[] { "Mô hình 0@Xã A", "Có đơn vị@Xã A", "Mô hình 1@Xã B", "Có đơn vị@Xã A" }, models);
        Assert.Equal("Ban Dân vận", (string)result.Value.DonViChuTri);
        Assert.Null((string?)result.Value.YKienCapTren);
        Assert.Empty((IEnumerable<object>)result.Errors);
    }

    [Fact]
    public void RollUp_UnitsThatDisagree_OnASameMember_AreAnErrorNamingTheRowAndBothUnits()
    {
        dynamic result = RollUp(("Xã A", Example(0, "ngày công", 1m)), ("Xã B", Example(1, "giờ công", 1m)));
        RollUpError error = Assert.Single((IEnumerable<RollUpError>)result.Errors);
        Assert.Equal("SoLieu[0].DonViTinh", error.Path);
        Assert.Equal(RollUpMath.DisagreeCode, error.Code);
        Assert.Contains("Xã A", error.Message, StringComparison.Ordinal);
        Assert.Contains("Xã B", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RollUp_TotalThatOverflowsTheMembersType_IsAnErrorNamingTheMember_NeverAWrap()
    {
        int[] big = [int.MaxValue, 0, 1, 0, 1];
        var direct = (string[])Factory("Direct", [new[] { big, big }]);
        Assert.Contains("SoHo: ", direct[1], StringComparison.Ordinal);
        Assert.Contains("4294967294", direct[1], StringComparison.Ordinal);
        Assert.Contains("2147483647", direct[1], StringComparison.Ordinal);
        Assert.DoesNotContain("-2", direct[0].Split('|')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void RollUp_NoUnits_GivesDefaults_AndTheReportsOwnValidateFlagsTheRequiredText()
    {
        dynamic result = Factory("RollUp", Array.CreateInstance(typeof(ValueTuple<string, object>).GetGenericTypeDefinition().MakeGenericType(typeof(string), s_assembly.Value.GetType("Reports.GiaoBan")!), 0));
        Assert.Equal(0, (int)result.Value.SoHo);
        Assert.Null((int?)result.Value.CaoNhat);
        ReportValidationResult validation = ((IReport)result.Value).Validate();
        Assert.Contains(validation.Errors, e => e.Path == "KetQua");
    }

    private static dynamic RollUp(params (string Unit, dynamic Report)[] parts)
    {
        Type report = s_assembly.Value.GetType("Reports.GiaoBan")!;
        Type tuple = typeof(ValueTuple<,>).MakeGenericType(typeof(string), report);
        Array array = Array.CreateInstance(tuple, parts.Length);
        for (int i = 0; i < parts.Length; i++)
        {
            array.SetValue(Activator.CreateInstance(tuple, parts[i].Unit, (object)parts[i].Report), i);
        }

        return Factory("RollUp", array);
    }
}
