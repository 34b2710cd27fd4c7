namespace DanVan.Reporting;

/// <summary>The rolled-up report and the errors met building it (a member whose total overflowed is left at its default).</summary>
/// <typeparam name="T">The report type.</typeparam>
public sealed class RollUpResult<T>
{
    /// <summary>Creates a result.</summary>
    /// <param name="value">The rolled-up report.</param>
    /// <param name="errors">The errors, or none.</param>
    public RollUpResult(T value, IReadOnlyList<RollUpError> errors)
    {
        Value = value;
        Errors = errors ?? [];
    }

    /// <summary>The rolled-up report; do not use it when <see cref="IsSuccess"/> is false.</summary>
    public T Value { get; }

    /// <summary>The errors, in member order.</summary>
    public IReadOnlyList<RollUpError> Errors { get; }

    /// <summary>Whether every member was rolled up.</summary>
    public bool IsSuccess => Errors.Count == 0;
}
