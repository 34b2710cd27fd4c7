using DanVan.Cli.Processing;

namespace DanVan.Cli.Input;

/// <summary>
/// Reads an input's bytes, never more than the size limit plus one byte: a 10 GB file costs no more than a small one,
/// and the JSON reader, seeing one byte too many, reports the limit (code <c>json-too-large</c>).
/// </summary>
internal static class InputReader
{
    /// <summary>The bytes (at most <paramref name="maxBytes"/> + 1), or null and the problem.</summary>
    public static byte[]? Read(InputSource source, int maxBytes, Stream standardInput, out Problem? problem)
    {
        problem = null;
        try
        {
            if (source.IsStandardInput)
            {
                return ReadAtMost(standardInput, maxBytes + 1L);
            }

            using var file = new FileStream(source.FullPath!, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            return ReadAtMost(file, maxBytes + 1L);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            bool missing = error is FileNotFoundException or DirectoryNotFoundException;
            problem = new Problem("$", "-", missing ? FileCodes.NotFound : FileCodes.Unreadable, missing
                ? Text.Pick("không tìm thấy tệp.", "the file does not exist.")
                : Text.Format("không đọc được tệp: {0}", "the file cannot be read: {0}", error.Message));
            return null;
        }
    }

    private static byte[] ReadAtMost(Stream stream, long limit)
    {
        var buffer = new MemoryStream();
        byte[] chunk = new byte[81_920];
        while (buffer.Length < limit)
        {
            int read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length));
            if (read == 0)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
