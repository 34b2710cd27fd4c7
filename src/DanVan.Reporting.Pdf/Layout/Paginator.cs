namespace DanVan.Reporting.Pdf.Layout;

/// <summary>
/// Fills pages top to bottom with units. When a unit does not fit, the page ends at the last place before it where a
/// break is allowed (<see cref="Unit.CanBreakBefore"/>); when there is none on the page, it ends just before the unit
/// (a rule gives way rather than overflow). A table row opening a page brings its header row with it.
/// </summary>
internal static class Paginator
{
    public static List<List<PlacedUnit>> Paginate(IReadOnlyList<Unit> units, double pageHeight)
    {
        var pages = new List<List<PlacedUnit>>();
        int i = 0;
        while (i < units.Count)
        {
            var page = new List<PlacedUnit>();
            int start = i;
            double y = 0;
            if (units[i].RepeatedHeader is Unit header)
            {
                page.Add(new PlacedUnit(header, 0));
                y = header.Height;
            }

            int repeated = page.Count;
            double spaceAfter = 0;
            while (i < units.Count)
            {
                Unit unit = units[i];
                double space = page.Count == repeated ? 0 : spaceAfter + unit.SpaceBefore;
                if (i > start && y + space + unit.Height > pageHeight + 0.01)
                {
                    int k = i;
                    while (k > start && !units[k].CanBreakBefore)
                    {
                        k--;
                    }

                    if (k > start)
                    {
                        page.RemoveRange(repeated + (k - start), i - k);
                        i = k;
                    }

                    break;
                }

                page.Add(new PlacedUnit(unit, y + space));
                y += space + unit.Height;
                spaceAfter = unit.SpaceAfter;
                i++;
            }

            pages.Add(page);
        }

        return pages;
    }
}

/// <summary>A unit and the distance of its top below the top of the text area, in points.</summary>
internal readonly record struct PlacedUnit(Unit Unit, double Top);
