using System.Text;

namespace DanVan.Reporting.Tests.Snapshots;

/// <summary>
/// The comparison itself, on an explicit directory (so that the helper can be tested in a temporary directory).
/// Verified files are read as bytes: a leading UTF-8 BOM (real Verify writes one) is skipped, and the rest must equal
/// the received text's UTF-8 bytes exactly. Received and accepted files are written as UTF-8 without BOM, "\n" only,
/// without a final newline added.
/// </summary>
internal static class SnapshotFile
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SnapshotOutcome Check(string directory, string name, string extension, string received, SnapshotEnvironment environment)
    {
        string verifiedPath = Path.Combine(directory, name + ".verified." + extension);
        string receivedPath = Path.Combine(directory, name + ".received." + extension);
        SnapshotPaths.Claim(verifiedPath, name);
        File.Delete(receivedPath);

        byte[] receivedBytes = s_utf8.GetBytes(received.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
        byte[]? verifiedBytes = File.Exists(verifiedPath) ? StripBom(File.ReadAllBytes(verifiedPath)) : null;
        if (verifiedBytes is not null && verifiedBytes.AsSpan().SequenceEqual(receivedBytes))
        {
            return new SnapshotOutcome(true, "Equal: " + verifiedPath);
        }

        if (environment.MayAccept)
        {
            File.WriteAllBytes(verifiedPath, receivedBytes);
            return new SnapshotOutcome(true, "Accepted (DANVAN_ACCEPT_SNAPSHOTS=1): " + verifiedPath);
        }

        File.WriteAllBytes(receivedPath, receivedBytes);
        var message = new StringBuilder();
        if (verifiedBytes is null)
        {
            message.Append("Snapshot New: no verified file yet.\n");
        }
        else
        {
            message.Append("Snapshot NotEqual: the output differs from the verified file.\n");
        }

        message.Append("Received: ").Append(receivedPath).Append('\n');
        message.Append("Verified: ").Append(verifiedPath).Append('\n');
        if (verifiedBytes is not null)
        {
            message.Append(FirstDifference(verifiedBytes, receivedBytes));
        }

        if (environment.OnCi)
        {
            message.Append("On CI (CI=true or a build server): snapshots are never accepted here; accept locally and commit the verified file.\n");
        }
        else
        {
            message.Append("Inspect the received file; to accept it: mv '").Append(receivedPath).Append("' '").Append(verifiedPath)
                .Append("'\nor run the tests again with DANVAN_ACCEPT_SNAPSHOTS=1.\n");
        }

        return new SnapshotOutcome(false, message.ToString());
    }

    private static byte[] StripBom(byte[] bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? bytes[3..] : bytes;

    private static string FirstDifference(byte[] verifiedBytes, byte[] receivedBytes)
    {
        string verified;
        try
        {
            verified = s_utf8.GetString(verifiedBytes);
        }
        catch (DecoderFallbackException)
        {
            return "The verified file is not valid UTF-8.\n";
        }

        if (verified.Contains('\r', StringComparison.Ordinal))
        {
            return "The verified file contains \\r: verified files must use \\n line endings (check .gitattributes and the editor).\n";
        }

        string[] verifiedLines = verified.Split('\n');
        string[] receivedLines = s_utf8.GetString(receivedBytes).Split('\n');
        int count = Math.Max(verifiedLines.Length, receivedLines.Length);
        for (int i = 0; i < count; i++)
        {
            string? v = i < verifiedLines.Length ? verifiedLines[i] : null;
            string? r = i < receivedLines.Length ? receivedLines[i] : null;
            if (v != r)
            {
                return "First difference at line " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ":\n  verified: " + Show(v) + "\n  received: " + Show(r) + "\n";
            }
        }

        return "The files differ only in their bytes (encoding).\n";
    }

    private static string Show(string? line) => line is null ? "(end of file)" : "\"" + line + "\"";
}
