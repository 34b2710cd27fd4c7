using System.Text;

namespace DanVan.Reporting.Testing;

/// <summary>
/// The comparison itself, on an explicit directory (so that the helper can be tested in a temporary directory).
/// The received text is normalised to "\n", scrubbed, and encoded as UTF-8 without BOM. Verified files are read as
/// bytes: a leading UTF-8 BOM (real Verify writes one) is skipped, and the rest must equal the received bytes exactly.
/// Received and accepted files are written as those bytes, without a final newline added. A check may carry a
/// companion: the original the text was projected from (a .docx), written as <c>….received.{ext}</c> beside the
/// received text when the check fails and deleted otherwise, never accepted.
/// </summary>
internal static class SnapshotFile
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SnapshotOutcome Check(
        string directory,
        string name,
        string extension,
        string received,
        SnapshotSettings settings,
        SnapshotEnvironment environment,
        (string Extension, byte[] Bytes)? companion = null)
    {
        string verifiedPath = Path.Combine(directory, name + ".verified." + extension);
        string receivedPath = Path.Combine(directory, name + ".received." + extension);
        string? companionPath = companion is null ? null : Path.Combine(directory, name + ".received." + companion.Value.Extension);
        SnapshotPaths.Claim(verifiedPath, name);
        File.Delete(receivedPath);
        if (companionPath is not null)
        {
            File.Delete(companionPath);
        }

        string text = settings.Apply(received.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
        byte[] receivedBytes = s_utf8.GetBytes(text);
        byte[]? verifiedBytes = File.Exists(verifiedPath) ? StripBom(File.ReadAllBytes(verifiedPath)) : null;
        bool verifiedExists = verifiedBytes is not null;
        if (verifiedBytes is not null && verifiedBytes.AsSpan().SequenceEqual(receivedBytes))
        {
            return new SnapshotOutcome(true, "Equal: " + verifiedPath, receivedPath, verifiedPath, verifiedExists);
        }

        if (environment.MayAccept)
        {
            File.WriteAllBytes(verifiedPath, receivedBytes);
            return new SnapshotOutcome(true, $"Accepted ({SnapshotEnvironment.AcceptVariable}=1): {verifiedPath}", receivedPath, verifiedPath, verifiedExists);
        }

        File.WriteAllBytes(receivedPath, receivedBytes);
        if (companionPath is not null)
        {
            File.WriteAllBytes(companionPath, companion!.Value.Bytes);
        }

        var message = new StringBuilder();
        message.Append(verifiedBytes is null
            ? "Snapshot New: no verified file yet.\n"
            : "Snapshot NotEqual: the output differs from the verified file.\n");
        message.Append("Received: ").Append(receivedPath).Append('\n');
        message.Append("Verified: ").Append(verifiedPath).Append('\n');
        if (companionPath is not null)
        {
            message.Append("Received document (open it to look; it is never committed): ").Append(companionPath).Append('\n');
        }
        if (verifiedBytes is not null)
        {
            message.Append(Difference(verifiedBytes, text));
        }

        if (environment.OnCi)
        {
            message.Append("On CI (CI=true or a build server): snapshots are never accepted here; accept locally and commit the verified file.\n");
        }
        else
        {
            message.Append("Inspect the received file; to accept it: ").Append(MoveCommand(receivedPath, verifiedPath))
                .Append("\nor run the tests again with ").Append(SnapshotEnvironment.AcceptVariable).Append("=1.\n");
        }

        return new SnapshotOutcome(false, message.ToString(), receivedPath, verifiedPath, verifiedExists);
    }

    private static string MoveCommand(string from, string to) => OperatingSystem.IsWindows()
        ? $"move /Y \"{from}\" \"{to}\""
        : $"mv '{from.Replace("'", "'\\''", StringComparison.Ordinal)}' '{to.Replace("'", "'\\''", StringComparison.Ordinal)}'";

    private static byte[] StripBom(byte[] bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? bytes[3..] : bytes;

    private static string Difference(byte[] verifiedBytes, string received)
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
            return "The verified file contains \\r: verified files must use \\n line endings (check .gitattributes and the editor).\n"
                + LineDiff.Format(verified.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), received);
        }

        return LineDiff.Format(verified, received);
    }
}
