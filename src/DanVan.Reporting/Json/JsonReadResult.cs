namespace DanVan.Reporting.Json;

/// <summary>The outcome of reading a report from JSON: the value, or the problems found.</summary>
/// <typeparam name="T">The type read.</typeparam>
/// <remarks>
/// Reading stops at the first error that makes the input unreadable (malformed JSON, invalid UTF-8, too large); otherwise
/// it reports every problem it finds. The value is null when there is any error. A value read without errors is not
/// yet validated: call its <c>Validate()</c>. Immutable.
/// </remarks>
public sealed class JsonReadResult<T>
{
    internal JsonReadResult(T? value, IReadOnlyList<JsonReadError> errors)
    {
        Value = value;
        Errors = errors;
    }

    /// <summary>The value read; null when <see cref="Errors"/> is not empty.</summary>
    public T? Value { get; }

    /// <summary>The problems found, in the order of the input; empty when the value was read.</summary>
    public IReadOnlyList<JsonReadError> Errors { get; }

    /// <summary>Whether the value was read without errors.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Value))]
    public bool IsSuccess => Errors.Count == 0 && Value is not null;

    /// <summary>Whether the input could not be read as JSON at all (see <see cref="JsonErrorCodes.IsUnreadable"/>).</summary>
    public bool IsUnreadable => Errors.Any(e => e.IsUnreadable);

    /// <summary>The same outcome with the value seen as another type (e.g. <see cref="IReport"/>).</summary>
    /// <typeparam name="TOther">The other type; <typeparamref name="T"/> must convert to it.</typeparam>
    /// <returns>The result.</returns>
    public JsonReadResult<TOther> Cast<TOther>()
        where TOther : class =>
        Value is TOther other && Errors.Count == 0 ? JsonReadResult.Success(other) : JsonReadResult.Failure<TOther>(Errors);

    /// <summary>"ok", or one line per error.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Errors.Count == 0 ? "ok" : string.Join("\n", Errors);
}

/// <summary>Creates <see cref="JsonReadResult{T}"/> values.</summary>
public static class JsonReadResult
{
    /// <summary>A successful result.</summary>
    /// <typeparam name="T">The type read.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The result.</returns>
    public static JsonReadResult<T> Success<T>(T value) =>
        new JsonReadResult<T>(value ?? throw new ArgumentNullException(nameof(value)), Array.Empty<JsonReadError>());

    /// <summary>A failed result.</summary>
    /// <typeparam name="T">The type read.</typeparam>
    /// <param name="errors">The errors; at least one.</param>
    /// <returns>The result.</returns>
    public static JsonReadResult<T> Failure<T>(IEnumerable<JsonReadError> errors)
    {
        JsonReadError[] list = [.. errors];
        if (list.Length == 0)
        {
            throw new ArgumentException("A failed result needs at least one error.", nameof(errors));
        }

        return new JsonReadResult<T>(default, Array.AsReadOnly(list));
    }
}
