using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DanVan.Reporting.Internal;

namespace DanVan.Reporting;

/// <summary>
/// Reads "số và ký hiệu văn bản" for <see cref="DocumentNumber.Parse"/>. A hand-written scanner rather than a regular
/// expression: it reports why the input failed, and it runs in linear time on any input.
/// </summary>
internal static class DocumentNumberParser
{
    /// <summary>Why an input is not a document number, in both message languages.</summary>
    internal readonly record struct Failure(string Vietnamese, string English);

    public static bool TryParse(string text, [NotNullWhen(true)] out DocumentNumber? result, out Failure failure)
    {
        result = null;
        var scanner = new Scanner(text);
        scanner.SkipSpaces();
        scanner.SkipPrefix();
        if (scanner.AtEnd)
        {
            failure = new("thiếu số văn bản", "the number is missing");
            return false;
        }

        if (!scanner.TryReadNumber(out long number))
        {
            failure = new("phải bắt đầu bằng số văn bản (chữ số Ả Rập)", "it must start with the number (Arabic digits)");
            return false;
        }

        if (number < 1 || number > DocumentNumber.MaxNumber)
        {
            failure = new(
                Messages.Format("số văn bản phải từ 1 đến {0}", DocumentNumber.MaxNumber),
                Messages.Format("the number must be from 1 to {0}", DocumentNumber.MaxNumber));
            return false;
        }

        scanner.SkipSpaces();
        if (scanner.TryTake(DocumentSymbolText.IsHyphen))
        {
            return TryParseParty((int)number, ref scanner, out result, out failure);
        }

        if (scanner.TryTake(c => c == '/'))
        {
            return TryParseState((int)number, ref scanner, out result, out failure);
        }

        failure = new(
            "sau số phải có dấu gạch nối (-) (văn bản Đảng) hoặc dấu gạch chéo (/) (văn bản nhà nước)",
            "the number must be followed by a hyphen (-) (Party) or a slash (/) (state)");
        return false;
    }

    public static FormatException CreateException(string text, Failure failure) =>
        new(Messages.Pick(
            Messages.Format(
                "Không đọc được số và ký hiệu văn bản {0}: {1}. Các dạng được chấp nhận: văn bản Đảng \"Số 45-BC/BDVTU\"; "
                + "văn bản nhà nước \"Số: 15/QĐ-BNV\", công văn \"Số: 05/BNV-VP\", văn bản quy phạm pháp luật \"Số: 09/2019/NĐ-CP\" "
                + "(có thể bỏ chữ \"Số\"; số từ 1 đến {2}).",
                Messages.Quote(text), failure.Vietnamese, DocumentNumber.MaxNumber),
            Messages.Format(
                "Cannot read the document number {0}: {1}. Accepted forms: Party \"Số 45-BC/BDVTU\"; "
                + "state \"Số: 15/QĐ-BNV\", công văn \"Số: 05/BNV-VP\", legal document \"Số: 09/2019/NĐ-CP\" "
                + "(\"Số\" may be left out; numbers from 1 to {2}).",
                Messages.Quote(text), failure.English, DocumentNumber.MaxNumber)));

    // Party: <n> - <KIND> / <ISSUER>; the hyphen after the number is already taken.
    private static bool TryParseParty(int number, ref Scanner scanner, [NotNullWhen(true)] out DocumentNumber? result, out Failure failure)
    {
        result = null;
        scanner.SkipSpaces();
        string kind = scanner.ReadCode();
        if (kind.Length == 0)
        {
            failure = new("thiếu ký hiệu tên loại sau dấu gạch nối", "the kind code after the hyphen is missing");
            return false;
        }

        scanner.SkipSpaces();
        if (!scanner.TryTake(c => c == '/'))
        {
            failure = new("sau ký hiệu tên loại phải có dấu gạch chéo (/) và ký hiệu cơ quan", "the kind code must be followed by a slash (/) and the issuer");
            return false;
        }

        if (!TryReadGroups(ref scanner, out List<string> groups, out failure))
        {
            return false;
        }

        string canonicalKind = DocumentKind.TryFindByCode(kind, DocumentSystem.Party, out DocumentKind? found) ? found.PartyCode! : kind;
        result = new DocumentNumber(DocumentSystem.Party, number, null, canonicalKind, string.Join('-', groups));
        return true;
    }

    // State: <n> / [<YEAR> /] <SYMBOL>; the slash after the number is already taken.
    private static bool TryParseState(int number, ref Scanner scanner, [NotNullWhen(true)] out DocumentNumber? result, out Failure failure)
    {
        result = null;
        int? year = null;
        Scanner lookahead = scanner;
        lookahead.SkipSpaces();
        string first = lookahead.ReadCode();
        lookahead.SkipSpaces();
        if (first.Length == 4 && first.All(char.IsAsciiDigit) && lookahead.TryTake(c => c == '/'))
        {
            year = int.Parse(first, CultureInfo.InvariantCulture);
            if (year < 1000)
            {
                failure = new("năm ban hành phải có bốn chữ số, từ 1000 đến 9999", "the year of issue must have four digits, 1000 to 9999");
                return false;
            }

            scanner = lookahead;
        }

        if (!TryReadGroups(ref scanner, out List<string> groups, out failure))
        {
            return false;
        }

        string? kind = null;
        if (groups.Count >= 2
            && (year is not null || DocumentKind.TryFindByCode(groups[0], DocumentSystem.State, out _)))
        {
            kind = DocumentKind.TryFindByCode(groups[0], DocumentSystem.State, out DocumentKind? found) ? found.StateCode! : groups[0];
            groups.RemoveAt(0);
        }

        result = new DocumentNumber(DocumentSystem.State, number, year, kind, string.Join('-', groups));
        return true;
    }

    // One or more code groups joined by hyphens (spaces allowed around them), then the end of the text.
    private static bool TryReadGroups(ref Scanner scanner, out List<string> groups, out Failure failure)
    {
        groups = [];
        while (true)
        {
            scanner.SkipSpaces();
            string group = scanner.ReadCode();
            if (group.Length == 0)
            {
                failure = scanner.AtEnd
                    ? new("thiếu ký hiệu cơ quan ban hành", "the issuer code is missing")
                    : Unexpected(scanner);
                return false;
            }

            groups.Add(group);
            scanner.SkipSpaces();
            if (!scanner.TryTake(DocumentSymbolText.IsHyphen))
            {
                break;
            }
        }

        if (!scanner.AtEnd)
        {
            failure = Unexpected(scanner);
            return false;
        }

        failure = default;
        return true;
    }

    private static Failure Unexpected(Scanner scanner) =>
        new(
            Messages.Format("ký tự không hợp lệ {0} ở vị trí {1}", Messages.Quote(new string(scanner.Current, 1)), scanner.Position + 1),
            Messages.Format("unexpected character {0} at position {1}", Messages.Quote(new string(scanner.Current, 1)), scanner.Position + 1));

    /// <summary>A position in the input; a value type so that a look-ahead is a copy.</summary>
    private struct Scanner(string text)
    {
        private readonly string _text = text;

        public int Position { get; private set; }

        public readonly bool AtEnd => Position >= _text.Length;

        public readonly char Current => _text[Position];

        public void SkipSpaces()
        {
            while (!AtEnd && char.IsWhiteSpace(Current))
            {
                Position++;
            }
        }

        public bool TryTake(Func<char, bool> accepts)
        {
            if (!AtEnd && accepts(Current))
            {
                Position++;
                return true;
            }

            return false;
        }

        /// <summary>Skips "Số", "số", "SỐ", "So" (NFC or NFD) and a following colon, when followed by a space, colon or digit.</summary>
        public void SkipPrefix()
        {
            int p = Position;
            if (p >= _text.Length || VietnameseFolding.Fold(_text[p]) != 's')
            {
                return;
            }

            p++;
            if (p >= _text.Length || VietnameseFolding.Fold(_text[p]) != 'o')
            {
                return;
            }

            p++;
            while (p < _text.Length && VietnameseFolding.Fold(_text[p]) == '\0')
            {
                p++;
            }

            if (p < _text.Length && !char.IsWhiteSpace(_text[p]) && _text[p] != ':' && !char.IsAsciiDigit(_text[p]))
            {
                return;
            }

            Position = p;
            SkipSpaces();
            if (TryTake(c => c == ':'))
            {
                SkipSpaces();
            }
        }

        /// <summary>Reads ASCII digits; false when there are none or too many to be a document number.</summary>
        public bool TryReadNumber(out long number)
        {
            number = 0;
            int start = Position;
            while (!AtEnd && char.IsAsciiDigit(Current))
            {
                if (number <= DocumentNumber.MaxNumber)
                {
                    number = (number * 10) + (Current - '0');
                }

                Position++;
            }

            return Position > start;
        }

        public string ReadCode()
        {
            int start = Position;
            while (!AtEnd && DocumentSymbolText.IsCodeChar(Current))
            {
                Position++;
            }

            return _text[start..Position];
        }
    }
}
