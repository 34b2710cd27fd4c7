using DanVan.Reporting.Internal;

namespace DanVan.Reporting;

/// <summary>Collects the errors of one roll-up; used by the generated <c>RollUp</c> through <see cref="RollUpMath"/>.</summary>
public sealed class RollUpContext
{
    private readonly List<RollUpError> _errors = [];

    /// <summary>The errors so far.</summary>
    public IReadOnlyList<RollUpError> Errors => _errors;

    /// <summary>Records an error.</summary>
    /// <param name="path">The member's path.</param>
    /// <param name="code">Its code.</param>
    /// <param name="message">Its message.</param>
    public void Add(string path, string code, string message)
    {
        Preconditions.CheckNotNull(path, nameof(path));
        _errors.Add(new RollUpError(path, code, message));
    }

    /// <summary>The result: <paramref name="value"/> with the errors collected.</summary>
    /// <typeparam name="T">The report type.</typeparam>
    /// <param name="value">The rolled-up report.</param>
    /// <returns>The result.</returns>
    public RollUpResult<T> Result<T>(T value) => new(value, _errors.ToArray());
}
