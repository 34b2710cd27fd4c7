using System.Reflection;

namespace DanVan.Reporting.Tests.Conventions;

/// <summary>
/// Keeps every public type of the runtime on the value-type checklist (Noda Time's habit): equatable types have
/// equality operators, comparable types have comparison operators, value types and sealed classes are immutable.
/// Reflection is fine here: it is the tests that use it, never the runtime.
/// </summary>
public class PublicTypeConventionTests
{
    private static readonly Type[] s_publicTypes = typeof(ReportPeriod).Assembly.GetExportedTypes();

    public static TheoryData<Type> EquatableTypes => Data(s_publicTypes.Where(t => Implements(t, typeof(IEquatable<>))));

    public static TheoryData<Type> ComparableTypes => Data(s_publicTypes.Where(t => Implements(t, typeof(IComparable<>))));

    // Infrastructure for generated code ([EditorBrowsable(Never)], such as the ValidationContext accumulator) is exempt.
    public static TheoryData<Type> ValueTypes => Data(s_publicTypes.Where(t => t.IsValueType && !t.IsEnum && !IsInfrastructure(t)));

    [Theory]
    [MemberData(nameof(EquatableTypes))]
    public void EquatableType_HasEqualityOperators(Type type)
    {
        Assert.NotNull(type.GetMethod("op_Equality", [type, type]));
        Assert.NotNull(type.GetMethod("op_Inequality", [type, type]));
        Assert.Equal(type, type.GetMethod(nameof(GetHashCode), Type.EmptyTypes)!.DeclaringType);
    }

    [Theory]
    [MemberData(nameof(ComparableTypes))]
    public void ComparableType_HasComparisonOperators(Type type)
    {
        foreach (string op in new[] { "op_LessThan", "op_LessThanOrEqual", "op_GreaterThan", "op_GreaterThanOrEqual" })
        {
            Assert.NotNull(type.GetMethod(op, [type, type]));
        }
    }

    [Theory]
    [MemberData(nameof(ValueTypes))]
    public void ValueType_IsReadOnly(Type type)
    {
        Assert.True(type.GetCustomAttributes().Any(a => a.GetType().Name == "IsReadOnlyAttribute"), $"{type} must be a readonly struct");
        Assert.All(type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic), field => Assert.True(field.IsInitOnly, $"{type}.{field.Name}"));
    }

    [Fact]
    public void PublicClasses_HaveNoSettableInstanceState()
    {
        // Attributes are exempt: C# named attribute arguments need settable properties.
        foreach (Type type in s_publicTypes.Where(t => t.IsClass && !t.IsAbstract && !typeof(Attribute).IsAssignableFrom(t)))
        {
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
            {
                MethodInfo? setter = property.SetMethod;
                bool initOnly = setter?.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit") ?? true;
                Assert.True(setter is null || !setter.IsPublic || initOnly, $"{type.Name}.{property.Name} has a public setter");
            }
        }
    }

    [Fact]
    public void PublicStaticState_IsOnlyTheMessageLanguage()
    {
        var settable = s_publicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Static | BindingFlags.Public))
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => p.DeclaringType!.Name + "." + p.Name);

        Assert.Equal(["MessageSettings.Language"], settable);
    }

    private static bool IsInfrastructure(Type type) =>
        type.GetCustomAttribute<System.ComponentModel.EditorBrowsableAttribute>()?.State == System.ComponentModel.EditorBrowsableState.Never;

    private static bool Implements(Type type, Type openInterface) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == openInterface && i.GetGenericArguments()[0] == type);

    private static TheoryData<Type> Data(IEnumerable<Type> types)
    {
        var data = new TheoryData<Type>();
        foreach (Type type in types)
        {
            data.Add(type);
        }

        return data;
    }
}
