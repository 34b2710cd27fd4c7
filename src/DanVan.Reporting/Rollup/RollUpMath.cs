using DanVan.Reporting.Internal;

namespace DanVan.Reporting;

/// <summary>
/// The arithmetic and gathering behind the generated <c>RollUp</c> (see <see cref="RollUpRule"/>): exact sums in
/// <see cref="decimal"/>, percentages recomputed from sums, texts and lists gathered per unit, rows matched by key.
/// Errors go to the <see cref="RollUpContext"/>, naming the member's path; nothing here throws for bad data.
/// </summary>
public static class RollUpMath
{
    /// <summary>Error code: a total does not fit the member's type.</summary>
    public const string OverflowCode = "rollup-overflow";

    /// <summary>Error code: units give different values for a <see cref="RollUpRule.Same"/> member.</summary>
    public const string DisagreeCode = "rollup-disagree";

    /// <summary>The exact sum of the units' values; null when no unit has one, or when the sum overflows (an error).</summary>
    /// <typeparam name="T">The report or record type.</typeparam>
    /// <param name="context">Where errors go.</param>
    /// <param name="path">The member's path.</param>
    /// <param name="parts">The units' values.</param>
    /// <param name="get">Reads the member.</param>
    /// <returns>The sum, or null.</returns>
    public static decimal? Sum<T>(RollUpContext context, string path, IReadOnlyList<RollUpPart<T>> parts, Func<T, decimal?> get)
    {
        decimal? sum = null;
        foreach (RollUpPart<T> part in parts)
        {
            if (get(part.Value) is not decimal value)
            {
                continue;
            }

            try
            {
                sum = (sum ?? 0m) + value;
            }
            catch (OverflowException)
            {
                Overflow(context, path, part.Unit);
                return null;
            }
        }

        return sum;
    }

    /// <summary>The sum of floating-point values; null when no unit has one, or when it is not finite (an error).</summary>
    /// <typeparam name="T">The report or record type.</typeparam>
    /// <param name="context">Where errors go.</param>
    /// <param name="path">The member's path.</param>
    /// <param name="parts">The units' values.</param>
    /// <param name="get">Reads the member.</param>
    /// <returns>The sum, or null.</returns>
    public static double? Sum<T>(RollUpContext context, string path, IReadOnlyList<RollUpPart<T>> parts, Func<T, double?> get)
    {
        double? sum = null;
        foreach (RollUpPart<T> part in parts)
        {
            if (get(part.Value) is double value)
            {
                sum = (sum ?? 0d) + value;
                if (!double.IsFinite(sum.Value))
                {
                    Overflow(context, path, part.Unit);
                    return null;
                }
            }
        }

        return sum;
    }

    /// <summary>The smallest value, or null when no unit has one.</summary>
    /// <typeparam name="T">The report or record type.</typeparam>
    /// <typeparam name="TValue">The value's type.</typeparam>
    /// <param name="parts">The units' values.</param>
    /// <param name="get">Reads the member.</param>
    /// <returns>The minimum, or null.</returns>
    public static TValue? Min<T, TValue>(IReadOnlyList<RollUpPart<T>> parts, Func<T, TValue?> get)
        where TValue : struct, IComparable<TValue> => Extreme(parts, get, sign: -1);

    /// <summary>The largest value, or null when no unit has one.</summary>
    /// <typeparam name="T">The report or record type.</typeparam>
    /// <typeparam name="TValue">The value's type.</typeparam>
    /// <param name="parts">The units' values.</param>
    /// <param name="get">Reads the member.</param>
    /// <returns>The maximum, or null.</returns>
    public static TValue? Max<T, TValue>(IReadOnlyList<RollUpPart<T>> parts, Func<T, TValue?> get)
        where TValue : struct, IComparable<TValue> => Extreme(parts, get, sign: 1);

    /// <summary>
    /// <paramref name="value"/> when it lies in [<paramref name="min"/>, <paramref name="max"/>] (the member type's
    /// range); otherwise an error naming the member and the total, and null.
    /// </summary>
    /// <param name="context">Where errors go.</param>
    /// <param name="path">The member's path.</param>
    /// <param name="value">The total.</param>
    /// <param name="min">The type's minimum.</param>
    /// <param name="max">The type's maximum.</param>
    /// <returns>The value, or null.</returns>
    public static decimal? Fit(RollUpContext context, string path, decimal? value, decimal min, decimal max)
    {
        if (value is decimal total && (total < min || total > max))
        {
            context.Add(path, OverflowCode, Messages.FormatPicked(
                "{0}: tổng {1} vượt quá giá trị lớn nhất kiểu dữ liệu của trường cho phép ({2}); không thể tổng hợp.",
                "{0}: the total {1} exceeds what the member's type can hold ({2}); it cannot be rolled up.",
                path, total.ToString(System.Globalization.CultureInfo.InvariantCulture),
                (total < min ? min : max).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return null;
        }

        return value;
    }

    /// <summary>
    /// 100 × <paramref name="numerator"/> ÷ <paramref name="denominator"/>, rounded half away from zero to
    /// <paramref name="decimals"/> places; null when either is missing or the denominator is 0.
    /// </summary>
    /// <param name="context">Where errors go.</param>
    /// <param name="path">The member's path.</param>
    /// <param name="numerator">The summed numerator.</param>
    /// <param name="denominator">The summed denominator.</param>
    /// <param name="decimals">Decimal places, 0 to 28.</param>
    /// <returns>The percentage, or null.</returns>
    public static decimal? Percent(RollUpContext context, string path, decimal? numerator, decimal? denominator, int decimals)
    {
        if (numerator is not decimal n || denominator is not decimal d || d == 0m)
        {
            return null;
        }

        try
        {
            return Math.Round(n * 100m / d, Math.Clamp(decimals, 0, 28), MidpointRounding.AwayFromZero);
        }
        catch (OverflowException)
        {
            Overflow(context, path, null);
            return null;
        }
    }

    /// <summary>
    /// Σ(value × weight) ÷ Σ weight over the units that give both, rounded half away from zero to
    /// <paramref name="decimals"/> places; null when the weights add up to 0.
    /// </summary>
    /// <typeparam name="T">The report or record type.</typeparam>
    /// <param name="context">Where errors go.</param>
    /// <param name="path">The member's path.</param>
    /// <param name="parts">The units' values.</param>
    /// <param name="get">Reads the member.</param>
    /// <param name="weight">Reads the weight.</param>
    /// <param name="decimals">Decimal places, 0 to 28.</param>
    /// <returns>The weighted average, or null.</returns>
    public static decimal? Weighted<T>(RollUpContext context, string path, IReadOnlyList<RollUpPart<T>> parts, Func<T, decimal?> get, Func<T, decimal?> weight, int decimals)
    {
        decimal total = 0m;
        decimal weights = 0m;
        try
        {
            foreach (RollUpPart<T> part in parts)
            {
                if (get(part.Value) is decimal value && weight(part.Value) is decimal w)
                {
                    total += value * w;
                    weights += w;
                }
            }

            return weights == 0m ? null : Math.Round(total / weights, Math.Clamp(decimals, 0, 28), MidpointRounding.AwayFromZero);
        }
        catch (OverflowException)
        {
            Overflow(context, path, null);
            return null;
        }
    }

    /// <summary>
    /// The units' texts, one line "Unit: text" per unit that wrote one (blank texts are skipped), in unit order; null
    /// when no unit wrote one.
    /// </summary>
    /// <typeparam name="T">The report or record type.</typeparam>
    /// <param name="parts">The units' values.</param>
    /// <param name="get">Reads the member.</param>
    /// <returns>The gathered text, or null.</returns>
    public static string? GatherText<T>(IReadOnlyList<RollUpPart<T>> parts, Func<T, string?> get)
    {
        System.Text.StringBuilder? text = null;
        foreach (RollUpPart<T> part in parts)
        {
            string? value = get(part.Value);
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            text = text is null ? new System.Text.StringBuilder() : text.Append('\n');
            text.Append(part.Unit).Append(": ").Append(value.Trim());
        }

        return text?.ToString();
    }

    /// <summary>The units' list items, each as "Unit: item", in unit order (blank and null items skipped).</summary>
    /// <typeparam name="T">The report or record type.</typeparam>
    /// <param name="parts">The units' values.</param>
    /// <param name="get">Reads the member.</param>
    /// <returns>The items.</returns>
    public static string[] GatherTexts<T>(IReadOnlyList<RollUpPart<T>> parts, Func<T, IEnumerable<string?>?> get)
    {
        var items = new List<string>();
        foreach (RollUpPart<T> part in parts)
        {
            foreach (string? item in get(part.Value) ?? [])
            {
                if (!string.IsNullOrWhiteSpace(item))
                {
                    items.Add(part.Unit + ": " + item.Trim());
                }
            }
        }

        return items.ToArray();
    }

    /// <summary>
    /// The units' records concatenated in unit order (null items skipped), each passed through
    /// <paramref name="withUnit"/> with its unit's name when given.
    /// </summary>
    /// <typeparam name="T">The report or record type.</typeparam>
    /// <typeparam name="TItem">The list's record type.</typeparam>
    /// <param name="parts">The units' values.</param>
    /// <param name="get">Reads the list.</param>
    /// <param name="withUnit">Marks an item with its unit, or null.</param>
    /// <returns>The items.</returns>
    public static TItem[] Gather<T, TItem>(IReadOnlyList<RollUpPart<T>> parts, Func<T, IEnumerable<TItem?>?> get, Func<TItem, string, TItem>? withUnit)
    {
        var items = new List<TItem>();
        foreach (RollUpPart<T> part in parts)
        {
            foreach (TItem? item in get(part.Value) ?? [])
            {
                if (item is not null)
                {
                    items.Add(withUnit is null ? item : withUnit(item, part.Unit));
                }
            }
        }

        return items.ToArray();
    }

    /// <summary>
    /// A list of records rolled up row by row: the items with the same key (ordinal, after trimming; null and blank
    /// keys each stay a row of their own) are rolled up together by <paramref name="rollUp"/>, rows in the order their
    /// key first appears, unit by unit.
    /// </summary>
    /// <typeparam name="T">The report or record type.</typeparam>
    /// <typeparam name="TItem">The list's record type.</typeparam>
    /// <param name="context">Where errors go.</param>
    /// <param name="path">The list's path; a row's is "path[i]".</param>
    /// <param name="parts">The units' values.</param>
    /// <param name="get">Reads the list.</param>
    /// <param name="key">Reads an item's key.</param>
    /// <param name="rollUp">Rolls one row's items up (the generated record roll-up).</param>
    /// <returns>The rows.</returns>
    public static TItem[] ByKey<T, TItem>(RollUpContext context, string path, IReadOnlyList<RollUpPart<T>> parts, Func<T, IEnumerable<TItem?>?> get,
        Func<TItem, string?> key, Func<RollUpContext, string, IReadOnlyList<RollUpPart<TItem>>, TItem> rollUp)
    {
        var rows = new List<List<RollUpPart<TItem>>>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (RollUpPart<T> part in parts)
        {
            foreach (TItem? item in get(part.Value) ?? [])
            {
                if (item is null)
                {
                    continue;
                }

                string? name = key(item)?.Trim();
                if (string.IsNullOrEmpty(name) || !index.TryGetValue(name, out int row))
                {
                    row = rows.Count;
                    rows.Add([]);
                    if (!string.IsNullOrEmpty(name))
                    {
                        index[name] = row;
                    }
                }

                rows[row].Add(new RollUpPart<TItem>(part.Unit, item));
            }
        }

        var result = new TItem[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            result[i] = rollUp(context, path + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", rows[i]);
        }

        return result;
    }

    /// <summary>The units' nested records (units without one are skipped), for a member-by-member roll-up.</summary>
    /// <typeparam name="T">The report or record type.</typeparam>
    /// <typeparam name="TItem">The nested record's type.</typeparam>
    /// <param name="parts">The units' values.</param>
    /// <param name="get">Reads the nested record.</param>
    /// <returns>The units' records.</returns>
    public static RollUpPart<TItem>[] Nested<T, TItem>(IReadOnlyList<RollUpPart<T>> parts, Func<T, TItem?> get)
        where TItem : class =>
        Present<T, TItem?, TItem>(parts, get);

    /// <summary>The units' nested structs (units without one are skipped), for a member-by-member roll-up.</summary>
    /// <typeparam name="T">The report or record type.</typeparam>
    /// <typeparam name="TItem">The nested struct's type.</typeparam>
    /// <param name="parts">The units' values.</param>
    /// <param name="get">Reads the nested struct.</param>
    /// <returns>The units' values.</returns>
    public static RollUpPart<TItem>[] NestedValue<T, TItem>(IReadOnlyList<RollUpPart<T>> parts, Func<T, TItem?> get)
        where TItem : struct =>
        Present<T, TItem?, TItem>(parts, get);

    // Nested and NestedValue: TValue is the nullable form of TItem (the reference itself, or Nullable<TItem>).
    private static RollUpPart<TItem>[] Present<T, TValue, TItem>(IReadOnlyList<RollUpPart<T>> parts, Func<T, TValue> get)
    {
        var items = new List<RollUpPart<TItem>>(parts.Count);
        foreach (RollUpPart<T> part in parts)
        {
            if (get(part.Value) is TItem item)
            {
                items.Add(new RollUpPart<TItem>(part.Unit, item));
            }
        }

        return items.ToArray();
    }

    /// <summary>
    /// The value the units give (null values, and blank texts, are skipped); when they disagree, an error naming the
    /// member and two units, and the first unit's value.
    /// </summary>
    /// <typeparam name="T">The report or record type.</typeparam>
    /// <typeparam name="TValue">The member's type.</typeparam>
    /// <param name="context">Where errors go.</param>
    /// <param name="path">The member's path.</param>
    /// <param name="parts">The units' values.</param>
    /// <param name="get">Reads the member.</param>
    /// <returns>The common value, or default when no unit gives one.</returns>
    public static TValue? Same<T, TValue>(RollUpContext context, string path, IReadOnlyList<RollUpPart<T>> parts, Func<T, TValue> get)
    {
        TValue? first = default;
        string? firstUnit = null;
        foreach (RollUpPart<T> part in parts)
        {
            TValue value = get(part.Value);
            if (value is null || (value is string text && string.IsNullOrWhiteSpace(text)))
            {
                continue;
            }

            if (firstUnit is null)
            {
                first = value;
                firstUnit = part.Unit;
            }
            else if (!EqualityComparer<TValue>.Default.Equals(first!, value) && !(first is string a && value is string b && string.Equals(a.Trim(), b.Trim(), StringComparison.Ordinal)))
            {
                context.Add(path, DisagreeCode, Messages.FormatPicked(
                    "{0}: {1} ghi {2} nhưng {3} ghi {4}; giá trị này phải như nhau ở mọi đơn vị.",
                    "{0}: {1} gives {2} but {3} gives {4}; this value must be the same in every unit.",
                    path, firstUnit, Messages.Quote(Convert.ToString(first, System.Globalization.CultureInfo.InvariantCulture)),
                    part.Unit, Messages.Quote(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture))));
                return first;
            }
        }

        return first;
    }

    private static TValue? Extreme<T, TValue>(IReadOnlyList<RollUpPart<T>> parts, Func<T, TValue?> get, int sign)
        where TValue : struct, IComparable<TValue>
    {
        TValue? best = null;
        foreach (RollUpPart<T> part in parts)
        {
            if (get(part.Value) is TValue value && (best is null || Math.Sign(value.CompareTo(best.Value)) == sign))
            {
                best = value;
            }
        }

        return best;
    }

    private static void Overflow(RollUpContext context, string path, string? unit) =>
        context.Add(path, OverflowCode, unit is null
            ? Messages.FormatPicked("{0}: kết quả tính vượt quá phạm vi số thập phân; không thể tổng hợp.", "{0}: the result exceeds the range of a decimal; it cannot be rolled up.", path)
            : Messages.FormatPicked("{0}: tổng vượt quá phạm vi số thập phân khi cộng số liệu của {1}; không thể tổng hợp.", "{0}: the total exceeds the range of a decimal when adding {1}'s figure; it cannot be rolled up.", path, unit));
}
