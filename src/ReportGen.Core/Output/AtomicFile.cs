using System.Security.Cryptography;

namespace ReportGen.Core.Output;

/// <summary>An output that cannot be written (a folder in the way, no folder, no permission, a full disk): exit code 2.</summary>
public sealed class OutputUnwritableException(string path, string reason, Exception? inner = null)
    : Exception($"无法写入 {path}：{reason}", inner)
{
    public string Path { get; } = path;

    public string Reason { get; } = reason;
}

/// <summary>
/// Writes a file so that a crash, a full disk or a failing writer never leaves a half-written file under
/// its final name: the content goes to a temporary file in the same folder (so the rename cannot cross
/// file systems), is flushed to disk, and only then renamed into place.
/// </summary>
public static class AtomicFile
{
    private const string TempSuffix = ".tmp";

    /// <summary>
    /// Writes <paramref name="path"/> with <paramref name="write"/>. I/O failures become
    /// <see cref="OutputUnwritableException"/> with a Chinese reason; any other exception of the writer is
    /// rethrown. In every failure the temporary file is gone and the final path is untouched.
    /// </summary>
    public static void Write(string path, Action<Stream> write, string? displayPath = null)
    {
        ArgumentNullException.ThrowIfNull(write);
        var shown = displayPath ?? path;
        var full = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(full)!;
        if (Directory.Exists(full))
        {
            throw new OutputUnwritableException(shown, "该位置已有一个同名文件夹；请改名或移走它，或用 -o 指定别的输出文件夹。");
        }

        if (!Directory.Exists(folder))
        {
            var shownFolder = System.IO.Path.GetDirectoryName(shown);
            throw new OutputUnwritableException(shown, $"文件夹 {(string.IsNullOrEmpty(shownFolder) ? folder : shownFolder)} 不存在。");
        }

        var temp = TempPath(full);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new OutputUnwritableException(shown, Reason(e), e);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Writes bytes atomically (small outputs built in memory).</summary>
    public static void Write(string path, ReadOnlyMemory<byte> content, string? displayPath = null) =>
        Write(path, stream => stream.Write(content.Span), displayPath);

    /// <summary>Whether a file name is one of this class's temporary files (hidden, <c>.{name}.{random}.tmp</c>).</summary>
    public static bool IsTempFile(string fileName) =>
        fileName.StartsWith('.') && fileName.EndsWith(TempSuffix, StringComparison.Ordinal);

    /// <summary>A user's explanation of an I/O failure, in Chinese, with what to do.</summary>
    public static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "没有写入权限；请检查文件夹权限，或用 -o 指定可写的文件夹。",
        IOException io when IsDiskFull(io) => "磁盘已满；请腾出空间后重试。",
        DirectoryNotFoundException => "文件夹不存在。",
        PathTooLongException => "路径过长；请用 -o 指定较短的输出文件夹。",
        _ => e.Message,
    };

    /// <summary>ENOSPC on Unix; ERROR_DISK_FULL or ERROR_HANDLE_DISK_FULL on Windows.</summary>
    public static bool IsDiskFull(IOException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        const int enospc = 28;
        return OperatingSystem.IsWindows()
            ? (e.HResult & 0xFFFF) is 0x70 or 0x27
            : e.HResult == enospc || e.Message.Contains("No space left", StringComparison.Ordinal);
    }

    private static string TempPath(string full)
    {
        var random = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        return System.IO.Path.Combine(System.IO.Path.GetDirectoryName(full)!, $".{System.IO.Path.GetFileName(full)}.{random}{TempSuffix}");
    }

    private static void TryDelete(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the hidden .tmp name says what it is.
        }
    }
}
