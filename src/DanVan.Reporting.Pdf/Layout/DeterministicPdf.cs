using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace DanVan.Reporting.Pdf.Layout;

/// <summary>
/// Pins what PDFsharp 6.2.4 chooses at random when it saves, in place and without changing any length (so the
/// cross-reference offsets stay valid): the six-letter subset tags of the embedded fonts ("AUWFMA+Liberation Serif"),
/// the XMP DocumentID and InstanceID uuids, and the trailer's file id. Tags are numbered in order of appearance;
/// the uuids and the id are taken from a SHA-256 hash of the file with those places blanked, so the same document gives
/// the same bytes and a different one a different id.
/// </summary>
internal static partial class DeterministicPdf
{
    public static void Pin(byte[] pdf)
    {
        // Latin-1 maps every byte to one char and back, so offsets in the string are offsets in the file.
        string text = Encoding.Latin1.GetString(pdf);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in SubsetTag().Matches(text))
        {
            Group tag = match.Groups["tag"];
            if (!tags.TryGetValue(tag.Value, out string? pinned))
            {
                pinned = Tag(tags.Count);
                tags.Add(tag.Value, pinned);
            }

            Write(pdf, tag.Index, pinned);
        }

        MatchCollection uuids = Uuid().Matches(text);
        Match id = FileId().Match(text);
        foreach (Match uuid in uuids)
        {
            Write(pdf, uuid.Groups["uuid"].Index, new string('0', 36));
        }

        if (id.Success)
        {
            Write(pdf, id.Groups["first"].Index, new string('0', 32));
            Write(pdf, id.Groups["second"].Index, new string('0', 32));
        }

        byte[] hash = SHA256.HashData(pdf);
        string hex = Convert.ToHexString(hash); // 64 hex digits, upper case
        for (int i = 0; i < uuids.Count; i++)
        {
            // A version-4-shaped uuid from the hash, one per place (the instance differs from the document id).
            string digits = Convert.ToHexString(SHA256.HashData([.. hash, (byte)i])).ToLowerInvariant();
            string uuid = digits[..8] + "-" + digits[8..12] + "-4" + digits[13..16] + "-a" + digits[17..20] + "-" + digits[20..32];
            Write(pdf, uuids[i].Groups["uuid"].Index, uuid);
        }

        if (id.Success)
        {
            Write(pdf, id.Groups["first"].Index, hex[..32]);
            Write(pdf, id.Groups["second"].Index, hex[..32]);
        }
    }

    /// <summary>"DVAAAA", "DVAAAB", …: six capitals, as PDF subset tags must be.</summary>
    private static string Tag(int n)
    {
        Span<char> tag = ['D', 'V', 'A', 'A', 'A', 'A'];
        for (int i = 5; i >= 2 && n > 0; i--)
        {
            tag[i] = (char)('A' + (n % 26));
            n /= 26;
        }

        return new string(tag);
    }

    private static void Write(byte[] pdf, int index, string ascii) => Encoding.ASCII.GetBytes(ascii, 0, ascii.Length, pdf, index);

    [GeneratedRegex(@"/(?:FontName|BaseFont)\s*/(?<tag>[A-Z]{6})\+")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"uuid:(?<uuid>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"/ID\s*\[\s*<(?<first>[0-9A-Fa-f]{32})>\s*<(?<second>[0-9A-Fa-f]{32})>\s*\]", RegexOptions.RightToLeft)]
    private static partial Regex FileId();
}
