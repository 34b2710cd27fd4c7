using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace DanVan.Reporting.Validation;

/// <summary>
/// Collects the errors of one <c>Validate()</c> call and knows where in the report it is. Used by generated code.
/// </summary>
/// <remarks>
/// A mutable struct passed by <c>ref</c>: it allocates nothing until the first error, so validating a valid report
/// allocates nothing at all. The path of nested members and list items is kept as a stack of (member, index) pairs and
/// turned into text ("MoHinh[2].TenMoHinh") only when an error is added. Paths keep <see cref="MaxDepth"/> levels;
/// deeper ones are shortened with "…".
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct ValidationContext
{
    /// <summary>How many nested levels the path keeps.</summary>
    public const int MaxDepth = 8;

    private List<ValidationError>? _errors;
    private PathStack _path;
    private int _depth;
    private int _visits;
    private bool _limitReported;

    /// <summary>
    /// How deep nested records are followed; deeper levels (a cycle in the data, say) are not validated, and
    /// <see cref="TryEnter"/> reports it once (<see cref="ValidationCodes.NestingLimit"/>). Generated <c>WriteTo</c>
    /// stops at the same depth.
    /// </summary>
    public const int MaxNesting = 32;

    /// <summary>
    /// How many nested records one validation or rendering enters in all. Data that shares a subtree, or lists a node
    /// twice, is a DAG that doubles at every level: without this bound 32 levels would be 2³² visits.
    /// </summary>
    public const int MaxVisits = 1_000_000;

    /// <summary>Whether a nested level may be entered (fewer than <see cref="MaxNesting"/> levels are open and fewer than <see cref="MaxVisits"/> records were entered).</summary>
    public readonly bool CanEnter => _depth < MaxNesting && _visits < MaxVisits;

    /// <summary>
    /// Enters a nested member or list item when <see cref="CanEnter"/>, like <see cref="Enter"/>; otherwise adds one
    /// <see cref="ValidationCodes.NestingLimit"/> error (the first time only) and returns false.
    /// </summary>
    /// <param name="member">The member's C# name.</param>
    /// <param name="index">The list index, or −1.</param>
    /// <returns>Whether the level was entered (then call <see cref="Leave"/>).</returns>
    public bool TryEnter(string member, int index = -1)
    {
        if (CanEnter)
        {
            Enter(member, index);
            return true;
        }

        if (!_limitReported)
        {
            _limitReported = true;
            Add(member, ValidationCodes.NestingLimit, Internal.Messages.Pick(
                Internal.Messages.Format("Dữ liệu lồng quá {0} cấp hoặc có quá {1} bản ghi lồng nhau (có thể có vòng lặp hay phần dùng chung); phần sâu hơn không được kiểm tra.", MaxNesting, MaxVisits),
                Internal.Messages.Format("The data nests deeper than {0} levels or holds more than {1} nested records (it may contain a cycle or a shared part); the rest is not validated.", MaxNesting, MaxVisits)));
        }

        return false;
    }

    /// <summary>The errors so far, or null when there are none.</summary>
    public readonly IReadOnlyList<ValidationError>? Errors => _errors;

    /// <summary>Enters a nested member, or the item <paramref name="index"/> of a list member (−1 for none).</summary>
    /// <param name="member">The member's C# name.</param>
    /// <param name="index">The list index, or −1.</param>
    public void Enter(string member, int index = -1)
    {
        _visits++;
        if (_depth < MaxDepth)
        {
            _path[_depth] = new PathSegment(member, index);
        }

        _depth++;
    }

    /// <summary>Leaves the member entered last.</summary>
    public void Leave() => _depth--;

    /// <summary>Adds an error on <paramref name="member"/> of the current level.</summary>
    /// <param name="member">The member's C# name.</param>
    /// <param name="code">The rule's code (<see cref="ValidationCodes"/>).</param>
    /// <param name="message">The message.</param>
    public void Add(string member, string code, string message) =>
        (_errors ??= []).Add(new ValidationError(PathTo(member), code, message));

    /// <summary>Adds an error whose message is written when first read (<see cref="ValidationError.Message"/>).</summary>
    internal void Add(string member, string code, PendingMessage message) =>
        (_errors ??= []).Add(new ValidationError(PathTo(member), code, message));

    /// <summary>The result: <see cref="ReportValidationResult.Valid"/> when nothing was added.</summary>
    /// <returns>The result.</returns>
    public readonly ReportValidationResult ToResult() =>
        _errors is null ? ReportValidationResult.Valid : ReportValidationResult.FromList(_errors);

    // "MoHinh[2].TenMoHinh": measured first, then written once into the string.
    private readonly string PathTo(string member)
    {
        if (_depth == 0)
        {
            return member;
        }

        int levels = Math.Min(_depth, MaxDepth);
        int length = member.Length + (_depth > MaxDepth ? Ellipsis.Length : 0);
        for (int level = 0; level < levels; level++)
        {
            PathSegment segment = _path[level];
            length += segment.Member.Length + 1 + (segment.Index >= 0 ? Digits(segment.Index) + 2 : 0);
        }

        return string.Create(length, (this, member), static (path, state) =>
        {
            (ValidationContext context, string member) = state;
            int at = 0;
            for (int level = 0; level < Math.Min(context._depth, MaxDepth); level++)
            {
                PathSegment segment = context._path[level];
                segment.Member.CopyTo(path[at..]);
                at += segment.Member.Length;
                if (segment.Index >= 0)
                {
                    path[at++] = '[';
                    at += WriteDigits(segment.Index, path[at..]);
                    path[at++] = ']';
                }

                path[at++] = '.';
            }

            if (context._depth > MaxDepth)
            {
                Ellipsis.CopyTo(path[at..]);
                at += Ellipsis.Length;
            }

            member.CopyTo(path[at..]);
        });
    }

    private const string Ellipsis = "….";

    private static int Digits(int value)
    {
        int digits = 1;
        while (value >= 10)
        {
            value /= 10;
            digits++;
        }

        return digits;
    }

    // A list index (never negative) in ASCII digits.
    private static int WriteDigits(int value, Span<char> destination)
    {
        int digits = Digits(value);
        for (int i = digits - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (value % 10));
            value /= 10;
        }

        return digits;
    }

    private readonly record struct PathSegment(string Member, int Index);

    [InlineArray(MaxDepth)]
    private struct PathStack
    {
        private PathSegment _first;
    }
}
