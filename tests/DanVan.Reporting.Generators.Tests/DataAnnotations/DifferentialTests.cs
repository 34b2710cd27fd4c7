using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using CsCheck;

namespace DanVan.Reporting.Generators.Tests.DataAnnotations;

/// <summary>
/// The generated <c>Validate()</c> against <see cref="Validator"/>, member by member (nested records and list items
/// too), on random and edge-case instances of a report that uses every supported DataAnnotations attribute and bound
/// type. Each attribute's ErrorMessage is its DanVan validation code, so both sides name the rule that failed. They
/// must agree; the only exclusions are the differences documented in docs/validation-differences.md, and there the
/// generated code must give the exact answer (checked against an oracle written here).
/// </summary>
public class DifferentialTests
{
    private const int Iterations = 1000;

    private static readonly Lazy<Assembly> s_assembly = new(() => GeneratorHarness.CompileAndLoad(ProbeSource.Text));

    private static readonly IReadOnlyList<ProbeMember> s_reportMembers = ProbeSource.ReportMembers;

    private static readonly IReadOnlyList<ProbeMember> s_itemMembers = ProbeSource.ItemMembers;

    [Fact]
    public void Validate_RandomAndEdgeInstances_AgreesWithValidatorMemberByMember()
    {
        Assembly assembly = s_assembly.Value;
        Type reportType = assembly.GetType("Probe.Report", throwOnError: true)!;
        Type itemType = assembly.GetType("Probe.Item", throwOnError: true)!;
        Gen<object> items = Instance(itemType, s_itemMembers);
        Gen<object?> item = Gen.Frequency((1, ProbeSource.Null), (4, items.Select(i => (object?)i)));
        Gen<object?> itemList = Gen.Frequency(
            (1, ProbeSource.Null),
            (6, item.Array[0, 5].Select(array => (object?)ToList(itemType, array))));
        Gen<object> reports = Instance(reportType, s_reportMembers, ("Main", item), ("Items", itemList));

        CultureInfo previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture; // DataAnnotations parses typed bounds in the current culture
        int comparisons = 0;
        try
        {
            reports.Sample(report => comparisons += Compare(report), iter: Iterations, threads: 1);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        Assert.True(comparisons > Iterations * 30, "only " + comparisons.ToString(CultureInfo.InvariantCulture) + " member comparisons");
    }

    [Fact]
    public void Exclusions_AreEachDocumented()
    {
        string page = File.ReadAllText(Path.Combine(TestRepository.Root, "docs", "validation-differences.md"));

        foreach (Difference difference in Enum.GetValues<Difference>().Where(d => d != Difference.None))
        {
            Assert.Contains("<a id=\"" + Anchor(difference) + "\"></a>", page, StringComparison.Ordinal);
        }
    }

    internal static string Anchor(Difference difference) => difference switch
    {
        Difference.RoundsToInt32 => "rounded-operand",
        Difference.RoundsToDouble => "rounded-operand",
        Difference.OperandTypeMismatch => "operand-type",
        Difference.NotFinite => "not-finite",
        Difference.StopsAtRequired => "every-rule",
        _ => "none",
    };

    // Compares every validated member of the report, of its nested item and of each list item; returns how many.
    private static int Compare(object report)
    {
        var ours = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (ValidationError error in ((IReport)report).Validate().Errors)
        {
            (ours.TryGetValue(error.Path, out HashSet<string>? codes) ? codes : ours[error.Path] = []).Add(error.Code);
        }

        var compared = new HashSet<string>(StringComparer.Ordinal);
        CompareObject(report, string.Empty, s_reportMembers, ours, compared);
        if (report.GetType().GetProperty("Main")!.GetValue(report) is { } main)
        {
            CompareObject(main, "Main.", s_itemMembers, ours, compared);
        }

        if (report.GetType().GetProperty("Items")!.GetValue(report) is IList list)
        {
            for (int i = 0; i < list.Count; i++)
            {
                if (list[i] is { } element)
                {
                    CompareObject(element, "Items[" + i.ToString(CultureInfo.InvariantCulture) + "].", s_itemMembers, ours, compared);
                }
            }
        }

        // Nothing reported on a member DataAnnotations was not asked about.
        Assert.DoesNotContain(ours.Keys, path => !compared.Contains(path));
        return compared.Count;
    }

    private static void CompareObject(object instance, string prefix, IReadOnlyList<ProbeMember> members, Dictionary<string, HashSet<string>> ours, HashSet<string> compared)
    {
        foreach (ProbeMember member in members.Concat(ProbeSource.DrawnByTheTest))
        {
            if (instance.GetType().GetProperty(member.Name) is not { } property)
            {
                continue;
            }

            object? value = property.GetValue(instance);
            string path = prefix + property.Name;
            compared.Add(path);
            HashSet<string> generated = ours.TryGetValue(path, out HashSet<string>? found) ? found : [];

            var results = new List<ValidationResult>();
            Exception? thrown = null;
            try
            {
                Validator.TryValidateProperty(value, new ValidationContext(instance) { MemberName = property.Name }, results);
            }
            catch (Exception exception) when (exception is OverflowException or InvalidOperationException or ArgumentException or FormatException)
            {
                thrown = exception;
            }

            HashSet<string> expected = [.. results.Select(r => r.ErrorMessage!)];
            string context = path + " = " + Show(value) + ": DataAnnotations " + (thrown is null ? "[" + string.Join(", ", expected) + "]" : "threw " + thrown.GetType().Name)
                + ", generated [" + string.Join(", ", generated) + "]";

            Difference difference = member.DifferenceFor(value);
            if (difference is Difference.None or Difference.StopsAtRequired)
            {
                Assert.True(thrown is null, context);
                Assert.True(expected.Count == 0 == (generated.Count == 0), context);

                // DataAnnotations stops at a failed [Required]; the generated code reports every broken rule.
                Assert.True(expected.Contains(ValidationCodes.Required) ? expected.IsSubsetOf(generated) : expected.SetEquals(generated), context);
            }
            else if (difference == Difference.NotFinite)
            {
                Assert.Equal([ValidationCodes.NotFinite], generated);
            }
            else
            {
                // A documented difference: the generated code gives the exact answer.
                Assert.True(member.ExactInRange!(value!) != generated.Contains(ValidationCodes.Range), context);
                if (difference == Difference.OperandTypeMismatch)
                {
                    Assert.True(expected.Contains(ValidationCodes.Range), "DataAnnotations rejects every value of another type: " + context);
                }
            }
        }
    }

    private static Gen<object> Instance(Type type, IReadOnlyList<ProbeMember> members, params (string Name, Gen<object?> Values)[] more)
    {
        (string Name, Gen<object?> Values)[] all = [.. members.Select(m => (m.Name, m.Values)), .. more];
        Gen<object?[]> values = Gen.Const(Array.Empty<object?>());
        foreach ((string _, Gen<object?> gen) in all)
        {
            values = Gen.Select(values, gen, (previous, value) => (object?[])[.. previous, value]);
        }

        return values.Select(values =>
        {
            object instance = Activator.CreateInstance(type)!;
            if (type.GetProperty("Period") is { } period)
            {
                period.SetValue(instance, ReportPeriod.Year(2024));
            }

            for (int i = 0; i < all.Length; i++)
            {
                type.GetProperty(all[i].Name)!.SetValue(instance, values[i]);
            }

            return instance;
        });
    }

    private static IList ToList(Type itemType, object?[] items)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
        foreach (object? item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string text => text.Length > 40 ? "string of " + text.Length.ToString(CultureInfo.InvariantCulture) : "\"" + text + "\"",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable sequence => "[" + string.Join(", ", sequence.Cast<object?>().Select(Show)) + "]",
        _ => value.ToString() ?? string.Empty,
    };
}
