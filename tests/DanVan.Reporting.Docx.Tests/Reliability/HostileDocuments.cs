using CsCheck;

namespace DanVan.Reporting.Docx.Tests.Reliability;

/// <summary>
/// Hostile profile and document texts for the writers' fuzz tests (DOCX here, PDF in its own tests, which link this
/// file): markup, control and line-break characters, a lone surrogate, long and null texts.
/// </summary>
internal static class HostileDocuments
{
    public const string Script = "</style><script>alert(1)</script>";

    private static readonly Gen<string> s_text = Gen.OneOf(
        Gen.String[Gen.Char["<>&\"'*/\\;{}#-_|`[]()!\0\u0001\u001f\u007f\u0085\u2028\u2029\r\n\t \uFEFFaăâđêôơưÁẢẠ0123456789ſıİ😀中"], 0, 40],
        Gen.Const(Script),
        Gen.Const("\uD800"),
        Gen.Const(new string('x', 300)),
        Gen.Const((string)null!));

    /// <summary>Six texts: profile name, font family, body ending, header, issuer, one line.</summary>
    public static Gen<(string Name, string Font, string Ending, string Header, string Issuer, string Line)> Texts =>
        Gen.Select(s_text, s_text, s_text, s_text, s_text, s_text);

    /// <summary>The document with every profile and document text taken from <paramref name="t"/>.</summary>
    public static DocumentInfo Document(DocumentInfo basis, (string Name, string Font, string Ending, string Header, string Issuer, string Line) t, TextStyle headerStyle) =>
        basis with
        {
            Layout = basis.Layout with
            {
                Name = t.Name,
                Source = t.Ending,
                FontFamily = t.Font,
                BodyEnding = t.Ending,
                LetterSubjectPrefix = t.Header,
                HeaderLines = [new HeaderLine(t.Header, headerStyle)],
            },
            Issuer = new IssuingBody { Name = t.Issuer, Parent = t.Name },
            KindName = t.Line,
            Subject = t.Issuer,
            Recipients = new Recipients { Addressees = [t.Line, null!], Lines = [null!, t.Issuer], Archive = t.Line },
        };
}
