using System.ComponentModel;
using DanVan.Reporting.Internal;
using DanVan.Reporting.Validation;

namespace DanVan.Reporting.Rendering;

/// <summary>
/// Bounds the nested records one generated <c>WriteTo</c> writes, with the limits of <see cref="ValidationContext"/>:
/// at most <see cref="ValidationContext.MaxNesting"/> levels deep and <see cref="ValidationContext.MaxVisits"/> in all.
/// Where it stops it writes a note, once, so that a document cut short says so. Used by generated code.
/// </summary>
/// <remarks>A mutable struct passed by <c>ref</c>; it allocates nothing.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct NestingGuard
{
    private int _depth;
    private int _visits;
    private bool _noted;

    /// <summary>
    /// Enters one nested record when the limits allow; otherwise writes the note (the first time only: as a list item
    /// when <paramref name="inList"/>, else as a text labelled <paramref name="label"/>) and returns false.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="label">The label of the record not written.</param>
    /// <param name="inList">Whether the writer is directly inside a list.</param>
    /// <returns>Whether the record may be written (then call <see cref="Leave"/> after it).</returns>
    public bool TryEnter(IReportWriter writer, string label, bool inList)
    {
        if (_depth < ValidationContext.MaxNesting && _visits < ValidationContext.MaxVisits)
        {
            _depth++;
            _visits++;
            return true;
        }

        if (!_noted)
        {
            _noted = true;
            string note = Messages.Pick(
                Messages.Format("(Phần này không được trình bày: dữ liệu lồng quá {0} cấp hoặc có quá {1} bản ghi lồng nhau.)", ValidationContext.MaxNesting, ValidationContext.MaxVisits),
                Messages.Format("(Not shown: the data nests deeper than {0} levels or holds more than {1} nested records.)", ValidationContext.MaxNesting, ValidationContext.MaxVisits));
            if (inList)
            {
                writer.WriteListItem(note);
            }
            else
            {
                writer.WriteText(label, note);
            }
        }

        return false;
    }

    /// <summary>Leaves the record entered last.</summary>
    public void Leave() => _depth--;
}
