namespace DanVan.Reporting.Catalog;

/// <summary>
/// Where each member of a kind stands (<c>[Display(Order = …)]</c>), so that a kind's own members sit between those it
/// inherits from <see cref="CatalogReport"/> and <see cref="FieldsOfWorkReport"/>: the order of the rendered fields,
/// of the JSON properties and of the schema, which other teams' files follow. Members with the same place keep their
/// declaration order, base members first (docs/guide/reports.md, "Shared members").
/// </summary>
internal static class MemberOrder
{
    /// <summary>The kind's own opening members, section I's first.</summary>
    public const int Opening = 10;

    /// <summary>The results by field of work, the figures and the "Dân vận khéo" models (<see cref="FieldsOfWorkReport"/>).</summary>
    public const int FieldsOfWork = 20;

    /// <summary>Shortcomings ("hạn chế").</summary>
    public const int Shortcomings = 30;

    /// <summary>Lessons learned ("bài học kinh nghiệm").</summary>
    public const int Lessons = 40;

    /// <summary>The tasks of the period ahead (section II).</summary>
    public const int Tasks = 50;

    /// <summary>Proposals to the higher level ("kiến nghị, đề xuất"), last.</summary>
    public const int Proposals = 60;
}
