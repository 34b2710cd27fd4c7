namespace DanVan.Reporting;

/// <summary>One unit's contribution to a roll-up: the unit's name (as gathered text names it) and its report or record.</summary>
/// <typeparam name="T">The report, or a nested record of it.</typeparam>
/// <param name="Unit">The unit's name, e.g. "Huyện ủy Đắk Song".</param>
/// <param name="Value">The unit's report or record.</param>
public readonly record struct RollUpPart<T>(string Unit, T Value);
