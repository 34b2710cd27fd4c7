namespace DanVan.Reporting;

/// <summary>One token of folded period text: a word ("quy"), a number ("2024") or a symbol ('/', '-', '.', ',').</summary>
/// <remarks>Numbers longer than six digits keep <see cref="Value"/> = -1 so that no input can overflow.</remarks>
internal readonly record struct PeriodToken(PeriodTokenType Type, string Text, int Value)
{
    public bool IsWord(string word) => Type == PeriodTokenType.Word && Text == word;

    public bool IsSymbol(char symbol) => Type == PeriodTokenType.Symbol && Text[0] == symbol;
}

/// <summary>The kinds of <see cref="PeriodToken"/>.</summary>
internal enum PeriodTokenType
{
    Word,
    Number,
    Symbol,
}
