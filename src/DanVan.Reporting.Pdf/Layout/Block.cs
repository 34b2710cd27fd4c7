namespace DanVan.Reporting.Pdf.Layout;

/// <summary>Something the writer puts on the page, top to bottom: a paragraph, a rule, a boxed note, side-by-side columns or a table.</summary>
internal abstract record Block
{
    /// <summary>Space above, in points; dropped at the top of a page.</summary>
    public double SpaceBefore { get; init; }

    /// <summary>Space below, in points.</summary>
    public double SpaceAfter { get; init; }

    /// <summary>Whether a page may not end after this block (headings, labels, the header block).</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>Whether a page may not end just before this block (the signature block stays with the body's end).</summary>
    public bool KeepWithPrevious { get; init; }
}

/// <summary>A paragraph of styled runs. Indents and widths are in points.</summary>
internal sealed record ParagraphBlock(IReadOnlyList<StyledText> Runs, Alignment Alignment) : Block
{
    public double FirstLineIndent { get; init; }

    public double LeftIndent { get; init; }

    public double RightIndent { get; init; }

    /// <summary>The line height as a multiple of the font's single line (Word's "multiple": 1.15 for the body).</summary>
    public double LineSpacing { get; init; } = 1.0;

    /// <summary>Whether the lines stay on one page.</summary>
    public bool KeepTogether { get; init; }

    /// <summary>The height of an empty paragraph (no runs): one line of this size.</summary>
    public double EmptySize { get; init; } = 12;
}

/// <summary>A horizontal line of <paramref name="Width"/> points, centred in the space it is given.</summary>
internal sealed record RuleBlock(double Width) : Block;

/// <summary>A note in a thin box at the right edge ("Dự thảo").</summary>
internal sealed record BoxBlock(StyledText Text) : Block;

/// <summary>Columns side by side that stay on one page: the header block, the signature beside "Nơi nhận".</summary>
internal sealed record ColumnsBlock(IReadOnlyList<double> Fractions, IReadOnlyList<IReadOnlyList<Block>> Columns) : Block;

/// <summary>A table with a header row repeated on every page it spans; rows that fit on a page are never split.</summary>
internal sealed record TableBlock(IReadOnlyList<StyledText> Header, IReadOnlyList<IReadOnlyList<StyledText>> Rows, IReadOnlyList<Alignment> Alignments) : Block;
