using System.Globalization;
using DanVan.Cli.Processing;
using DanVan.Reporting;
using DanVan.Reporting.Json;

namespace DanVan.Cli.Input;

/// <summary>
/// Reads an input's bytes, never more than the size limit plus one byte: a 10 GB file costs no more than a small one.
/// Input over the limit is refused unread (code <c>json-too-large</c>, exit 2), naming its size and the limit.
/// </summary>
internal static class InputReader
{
    /// <summary>The bytes (at most <paramref name="maxBytes"/>), or null and the problem.</summary>
    public static byte[]? Read(InputSource source, int maxBytes, Stream standardInput, out Problem? problem)
    {
        problem = null;
        try
        {
            if (source.IsStandardInput)
            {
                byte[] piped = ReadAtMost(standardInput, maxBytes + 1L);
                return piped.Length <= maxBytes ? piped : TooLarge(null, maxBytes, out problem);
            }

            using var file = new FileStream(source.FullPath!, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            if (file.CanSeek && file.Length > maxBytes)
            {
                return TooLarge(file.Length, maxBytes, out problem);
            }

            byte[] bytes = ReadAtMost(file, maxBytes + 1L);
            return bytes.Length <= maxBytes ? bytes : TooLarge(null, maxBytes, out problem);
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

    private static byte[]? TooLarge(long? length, int maxBytes, out Problem problem)
    {
        string limit = Number(maxBytes);
        problem = new Problem("$", "-", JsonErrorCodes.TooLarge, length is long size
            ? Text.Format("tệp dài {0} byte, quá giới hạn {1} byte; --max-bytes đổi giới hạn.", "the file is {0} bytes long, over the limit of {1} bytes; --max-bytes changes the limit.", Number(size), limit)
            : Text.Format("dữ liệu dài hơn giới hạn {0} byte; --max-bytes đổi giới hạn.", "the input is longer than the limit of {0} bytes; --max-bytes changes the limit.", limit));
        return null;
    }

    private static string Number(long value) => MessageSettings.Current == MessageLanguage.English
        ? value.ToString("N0", CultureInfo.InvariantCulture)
        : VietnameseNumbers.Format(value);

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
