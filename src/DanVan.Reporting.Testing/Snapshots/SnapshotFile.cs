using System.Text;

namespace DanVan.Reporting.Testing;

/// <summary>
/// The comparison itself, on an explicit directory (so that the helper can be tested in a temporary directory).
/// The received text is normalised to "\n", scrubbed, and encoded as UTF-8 without BOM. Verified files are read as
/// bytes: a leading UTF-8 BOM (real Verify writes one) is skipped, and the rest must equal the received bytes exactly
/// (with <see cref="SnapshotSettings.NormalizeVerifiedLineEndings"/>, after "\r\n" is read as "\n"). Received and
/// accepted files are written as those bytes, without a final newline added. A check may carry a companion: the
/// original the text was projected from (a .docx), written as <c>….received.{ext}</c> beside the received text when the
/// check fails and deleted otherwise, never accepted.
/// </summary>
internal static class SnapshotFile
{
    /// <summary>Lines of a new snapshot shown in a CI failure message (the log is all a CI user sees).</summary>
    public const int MaxNewLinesShown = 500;

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SnapshotOutcome Check(
        string directory,
        string name,
        string extension,
        string received,
        SnapshotSettings settings,
        SnapshotEnvironment environment,
        (string Extension, byte[] Bytes)? companion = null,
        string? claimant = null)
    {
        string verifiedPath = Path.Combine(directory, name + ".verified." + extension);
        string receivedPath = Path.Combine(directory, name + ".received." + extension);
        string? companionPath = companion is null ? null : Path.Combine(directory, name + ".received." + companion.Value.Extension);
        SnapshotPaths.Claim(verifiedPath, claimant ?? name);
        if (System.IO.Directory.Exists(directory))
        {
            File.Delete(receivedPath);
            if (companionPath is not null)
            {
                File.Delete(companionPath);
            }
        }

        string text = settings.Apply(Normalize(received));
        byte[] receivedBytes = s_utf8.GetBytes(text);
        byte[]? verifiedBytes = File.Exists(verifiedPath) ? StripBom(File.ReadAllBytes(verifiedPath)) : null;
        bool verifiedExists = verifiedBytes is not null;
        if (verifiedBytes is not null && settings.NormalizesVerifiedLineEndings && verifiedBytes.AsSpan().Contains((byte)'\r'))
        {
            verifiedBytes = NormalizeBytes(verifiedBytes);
        }

        if (verifiedBytes is not null && verifiedBytes.AsSpan().SequenceEqual(receivedBytes))
        {
            return new SnapshotOutcome(true, "Equal: " + verifiedPath, receivedPath, verifiedPath, verifiedExists);
        }

        if (environment.MayAccept)
        {
            System.IO.Directory.CreateDirectory(directory);
            File.WriteAllBytes(verifiedPath, receivedBytes);
            AcceptedSnapshots.Record(verifiedPath, verifiedExists);
            return new SnapshotOutcome(
                true,
                SnapshotMessages.Format("Đã chấp nhận ({0}=1): {1}", "Accepted ({0}=1): {1}", SnapshotEnvironment.AcceptVariable, verifiedPath),
                receivedPath,
                verifiedPath,
                verifiedExists);
        }

        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllBytes(receivedPath, receivedBytes);
        if (companionPath is not null)
        {
            File.WriteAllBytes(companionPath, companion!.Value.Bytes);
        }

        var message = new StringBuilder();
        message.Append(verifiedBytes is null
            ? SnapshotMessages.Pick("Snapshot New: chưa có tệp verified.\n", "Snapshot New: no verified file yet.\n")
            : SnapshotMessages.Pick("Snapshot NotEqual: kết quả khác tệp verified.\n", "Snapshot NotEqual: the output differs from the verified file.\n"));
        message.Append("Received: ").Append(receivedPath).Append('\n');
        message.Append("Verified: ").Append(verifiedPath).Append('\n');
        if (companionPath is not null)
        {
            message.Append(SnapshotMessages.Pick(
                "Tài liệu nhận được (mở ra để xem; không bao giờ commit): ",
                "Received document (open it to look; it is never committed): ")).Append(companionPath).Append('\n');
        }

        if (verifiedBytes is not null)
        {
            message.Append(Difference(verifiedBytes, text));
        }
        else if (environment.OnCi)
        {
            message.Append(NewContent(text));
        }

        if (environment.OnCi)
        {
            message.Append(SnapshotMessages.Pick(
                "Trên CI (CI=true hoặc một máy chủ build): không bao giờ chấp nhận ảnh chụp ở đây; hãy chấp nhận trên máy mình rồi commit tệp verified (tệp received được giữ lại để tải lên làm artifact).\n",
                "On CI (CI=true or a build server): snapshots are never accepted here; accept locally and commit the verified file (the received file is kept for upload as a build artifact).\n"));
        }
        else
        {
            message.Append(SnapshotMessages.Pick("Xem tệp received; để chấp nhận: ", "Inspect the received file; to accept it: "))
                .Append(MoveCommand(receivedPath, verifiedPath))
                .Append(SnapshotMessages.Pick("\nhoặc chạy lại test với ", "\nor run the tests again with "))
                .Append(SnapshotEnvironment.AcceptVariable).Append("=1.\n");
        }

        return new SnapshotOutcome(false, message.ToString(), receivedPath, verifiedPath, verifiedExists);
    }

    /// <summary>"\r\n" and "\r" as "\n".</summary>
    internal static string Normalize(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static byte[] NormalizeBytes(byte[] bytes)
    {
        var result = new List<byte>(bytes.Length);
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\r')
            {
                result.Add((byte)'\n');
                if (i + 1 < bytes.Length && bytes[i + 1] == (byte)'\n')
                {
                    i++;
                }
            }
            else
            {
                result.Add(bytes[i]);
            }
        }

        return [.. result];
    }

    private static string MoveCommand(string from, string to) => OperatingSystem.IsWindows()
        ? $"move /Y \"{from}\" \"{to}\""
        : $"mv '{from.Replace("'", "'\\''", StringComparison.Ordinal)}' '{to.Replace("'", "'\\''", StringComparison.Ordinal)}'";

    private static byte[] StripBom(byte[] bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? bytes[3..] : bytes;

    /// <summary>A new snapshot's text, for a CI log: every line up to <see cref="MaxNewLinesShown"/>, marked "+".</summary>
    private static string NewContent(string text)
    {
        string[] lines = text.Split('\n');
        var builder = new StringBuilder();
        builder.Append(SnapshotMessages.Format(
            "Nội dung ảnh chụp mới ({0} dòng), để xem ngay trong log CI:\n",
            "Content of the new snapshot ({0} line(s)), to read in the CI log:\n",
            SnapshotMessages.Number(lines.Length)));
        foreach (string line in lines.Take(MaxNewLinesShown))
        {
            builder.Append("+ ").Append(line).Append('\n');
        }

        if (lines.Length > MaxNewLinesShown)
        {
            builder.Append(SnapshotMessages.Format(
                "… còn {0} dòng: xem tệp received.\n",
                "… {0} more line(s): see the received file.\n",
                SnapshotMessages.Number(lines.Length - MaxNewLinesShown)));
        }

        return builder.ToString();
    }

    private static string Difference(byte[] verifiedBytes, string received)
    {
        string verified;
        try
        {
            verified = s_utf8.GetString(verifiedBytes);
        }
        catch (DecoderFallbackException)
        {
            return SnapshotMessages.Pick(
                "Tệp verified không phải UTF-8 hợp lệ: hãy lưu lại dưới dạng UTF-8 (không BOM).\n",
                "The verified file is not valid UTF-8: save it as UTF-8 (without BOM).\n");
        }

        if (verified.Contains('\r', StringComparison.Ordinal))
        {
            string normalized = Normalize(verified);
            string endings = SnapshotMessages.Pick(
                "Tệp verified có ký tự xuống dòng \\r\\n (CRLF) còn kết quả dùng \\n (LF): một lần checkout đã đổi ký tự xuống dòng (Git for Windows, core.autocrlf=true). Thêm dòng `*.verified.* text eol=lf` vào .gitattributes rồi chạy `git add --renormalize .` và checkout lại; hoặc đọc tệp verified với SnapshotSettings.NormalizeVerifiedLineEndings().\n",
                "The verified file has \\r\\n (CRLF) line endings and the received text \\n (LF): a checkout converted the line endings (Git for Windows, core.autocrlf=true). Add `*.verified.* text eol=lf` to .gitattributes, run `git add --renormalize .` and check out again; or read verified files with SnapshotSettings.NormalizeVerifiedLineEndings().\n");
            if (normalized == received)
            {
                return SnapshotMessages.Pick(
                    "Chỉ ký tự xuống dòng khác nhau (line endings), nội dung giống hệt. ",
                    "Only the line endings differ; the content is the same. ") + endings;
            }

            return endings + LineDiff.Format(normalized, received);
        }

        if (verified.TrimEnd('\n') == received.TrimEnd('\n'))
        {
            return SnapshotMessages.Format(
                "Chỉ số dòng trống ở cuối khác nhau: tệp verified có {0}, kết quả có {1} ký tự xuống dòng ở cuối.\n",
                "Only the final newlines differ: the verified file has {0}, the received text {1} final newline(s).\n",
                SnapshotMessages.Number(verified.Length - verified.TrimEnd('\n').Length),
                SnapshotMessages.Number(received.Length - received.TrimEnd('\n').Length));
        }

        string diff = LineDiff.Format(verified, received);
        return diff.Length > 0
            ? diff
            : SnapshotMessages.Pick(
                "Các dòng giống nhau nhưng byte khác nhau (mã hóa, ví dụ Unicode dựng sẵn và tổ hợp).\n",
                "The lines are equal but the bytes differ (encoding, e.g. precomposed and combining Unicode).\n");
    }
}
