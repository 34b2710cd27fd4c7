namespace DanVan.Reporting;

/// <summary>Character rules shared by the <see cref="DocumentNumber"/> factories and parser.</summary>
internal static class DocumentSymbolText
{
    /// <summary>The largest document number accepted; numbers restart each year (state) or each term (Party).</summary>
    public const int MaxNumber = DocumentNumber.MaxNumber;

    /// <summary>A letter or digit of a code ("BC", "QyĐ", "QH14"). Combining marks are not: codes are NFC.</summary>
    public static bool IsCodeChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>A hyphen as typed, or its typographic look-alikes (en dash, non-breaking hyphen, hyphen).</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u2013';

    /// <summary>One group of a symbol: a non-empty run of letters and digits.</summary>
    public static bool IsCode(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!IsCodeChar(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An issuer symbol: one or more groups joined by single hyphens ("UBND", "BNV-VP", "TWĐTN-VP").</summary>
    public static bool IsIssuer(string text) => text.Split('-').All(IsCode);

    /// <summary>The first group of an issuer symbol ("BNV" of "BNV-VP").</summary>
    public static string FirstGroup(string issuer)
    {
        int hyphen = issuer.IndexOf('-', StringComparison.Ordinal);
        return hyphen < 0 ? issuer : issuer[..hyphen];
    }
}
