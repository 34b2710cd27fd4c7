namespace DanVan.Reporting;

/// <summary>
/// The word read for a zero tens digit between a hundreds digit and a non-zero units digit, as in 105
/// ("một trăm lẻ năm" or "một trăm linh năm").
/// </summary>
/// <remarks>
/// Both words are correct Vietnamese; the choice is regional usage, not a rule of official documents.
/// Which one official reports prefer is UNVERIFIED (docs/domain/numbers-and-text.md §6): the SDK defaults to <see cref="Le"/>.
/// </remarks>
public enum ZeroTensWord
{
    /// <summary>"lẻ": 105 → "một trăm lẻ năm". The default of <see cref="NumberWordsOptions"/>; common in the South and in accounting guides.</summary>
    Le,

    /// <summary>"linh": 105 → "một trăm linh năm". Usual in the North; the word Humanizer writes.</summary>
    Linh,
}
