using System.Security.Cryptography;
using System.Text.RegularExpressions;

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
/// file systems), is flushed to disk, and only then renamed into place; then the folder is flushed, so that
/// the new name survives a power cut too.
/// </summary>
public static class AtomicFile
{
    private const string TempSuffix = ".tmp";

    /// <summary>
    /// Writes <paramref name="path"/> with <paramref name="write"/>. I/O failures become
    /// <see cref="OutputUnwritableException"/> with a Chinese reason; any other exception of the writer is
    /// rethrown. In every failure the temporary file is gone and the final path is untouched.
    /// </summary>
    /// <param name="path">The file to write.</param>
    /// <param name="write">Writes the content.</param>
    /// <param name="displayPath">The path as the user gave it, for messages.</param>
    /// <param name="replace">Whether an existing file is replaced; if not, one that appears meanwhile is kept and the write fails.</param>
    /// <param name="flushFolder">Whether to make the rename durable now (<see cref="FlushFolder"/>); a batch does it once per folder at the end.</param>
    public static void Write(string path, Action<Stream> write, string? displayPath = null, bool replace = true, bool flushFolder = true)
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
            shownFolder = string.IsNullOrEmpty(shownFolder) ? folder : shownFolder;
            throw new OutputUnwritableException(shown, FileInTheWay(folder) is { } file
                ? $"{ShowAncestor(shownFolder, folder, file)} 是一个文件，不是文件夹；请改用别的输出位置。"
                : $"文件夹 {shownFolder} 不存在。");
        }

        var temp = TempPath(full);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: replace);
        }
        catch (IOException) when (!replace && File.Exists(full))
        {
            TryDelete(temp);
            throw new OutputUnwritableException(shown, "该文件已存在，不会覆盖已有的文件；请换一个文件名，或先移走它。");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            // The hidden temporary file is ours, not the user's: a message names the file they asked for.
            throw new OutputUnwritableException(shown, Reason(e).Replace(temp, full, StringComparison.Ordinal), e);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }

        if (flushFolder)
        {
            FlushFolder(folder);
        }
    }

    /// <summary>
    /// Creates the folder <paramref name="path"/> goes in when it is missing, as every command that writes
    /// does (<c>-o out/2023汇总.xlsx</c>); a file in the way, or a folder that cannot be made, is
    /// <see cref="OutputUnwritableException"/>. <see cref="Write(string, Action{Stream}, string?, bool, bool)"/>
    /// itself never creates folders: a report batch creates each once, up front.
    /// </summary>
    public static void CreateFolderFor(string path, string? displayPath = null)
    {
        var shown = displayPath ?? path;
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        if (Directory.Exists(folder))
        {
            return;
        }

        if (FileInTheWay(folder) is { } file)
        {
            var shownFolder = System.IO.Path.GetDirectoryName(shown);
            throw new OutputUnwritableException(shown, $"{ShowAncestor(string.IsNullOrEmpty(shownFolder) ? folder : shownFolder, folder, file)} 是一个文件，不是文件夹；请改用别的输出位置。");
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputUnwritableException(shown, "无法创建文件夹：" + Reason(e), e);
        }
    }

    /// <summary>Makes the renames into a folder durable (Unix: fsync of the folder); best effort.</summary>
    public static void FlushFolder(string folder) => FolderSync.Flush(folder);

    /// <summary>Writes bytes atomically (small outputs built in memory).</summary>
    public static void Write(string path, ReadOnlyMemory<byte> content, string? displayPath = null, bool replace = true, bool flushFolder = true) =>
        Write(path, stream => stream.Write(content.Span), displayPath, replace, flushFolder);

    /// <summary>Whether a file name is one of this class's temporary files (hidden, <c>.{name}.{random}.tmp</c>).</summary>
    public static bool IsTempFile(string fileName) =>
        fileName.StartsWith('.') && fileName.EndsWith(TempSuffix, StringComparison.Ordinal);

    /// <summary>
    /// How old a temporary file must be before a later run takes it for the leftover of a killed run. Writing
    /// one takes milliseconds, so an hour never catches the file of another run still in progress.
    /// </summary>
    public static TimeSpan StaleAfter { get; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Deletes, in <paramref name="folder"/>, the temporary files this class names for outputs ending in
    /// <paramref name="extension"/> that are older than <see cref="StaleAfter"/>: what a run killed between
    /// creating and renaming them left behind. Never touches <paramref name="keep"/> (the inputs), nor any
    /// other file. Returns how many were deleted; a file that cannot be deleted is left, silently.
    /// </summary>
    public static int RemoveStaleTemporaryFiles(string folder, string extension, IReadOnlySet<string>? keep = null)
    {
        var cutoff = DateTime.UtcNow - StaleAfter;
        var ours = new Regex(@"^\..+" + Regex.Escape(extension) + @"\.[0-9a-f]{12}" + Regex.Escape(TempSuffix) + "$", RegexOptions.CultureInvariant);
        var removed = 0;
        try
        {
            foreach (var file in Directory.EnumerateFiles(folder, ".*" + TempSuffix))
            {
                if (ours.IsMatch(System.IO.Path.GetFileName(file))
                    && keep?.Contains(file) != true
                    && File.GetLastWriteTimeUtc(file) < cutoff)
                {
                    File.Delete(file);
                    removed++;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Tidying up is a courtesy: it never stops a run.
        }

        return removed;
    }

    /// <summary>
    /// The nearest existing ancestor of <paramref name="folder"/> (or the folder itself) when it is a file
    /// rather than a folder, e.g. <c>notes.txt</c> for <c>-o notes.txt/out</c>; otherwise null.
    /// </summary>
    public static string? FileInTheWay(string folder)
    {
        for (var path = System.IO.Path.GetFullPath(folder); !string.IsNullOrEmpty(path); path = System.IO.Path.GetDirectoryName(path))
        {
            if (File.Exists(path))
            {
                return path;
            }

            if (Directory.Exists(path))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A user's explanation of an I/O failure, in Chinese, with what to do.</summary>
    public static string Reason(Exception e) => Reason(e, OperatingSystem.IsWindows());

    /// <summary>The same for the given system: Windows reports a file held open by another program differently.</summary>
    internal static string Reason(Exception e, bool windows) => e switch
    {
        // Word and WPS keep an open document locked on Windows, and replacing it then fails either way.
        IOException io when windows && IsInUseOnWindows(io) => InUse,
        UnauthorizedAccessException when windows => "没有写入权限，或者同名文件正在 Word、WPS 等程序中打开；请关闭该文件或检查文件夹权限后重试，或用 -o 指定别的输出文件夹。",
        UnauthorizedAccessException => "没有写入权限；请检查文件夹权限，或用 -o 指定可写的文件夹。",
        IOException io when IsDiskFull(io) => "磁盘空间不足；请腾出空间后重试，或用 -o 指定别的磁盘上的文件夹。",
        IOException io when IsReadOnly(io) => "所在的磁盘或文件系统是只读的；请用 -o 指定可写的文件夹。",
        IOException io when HasErrno(io, IsDirectoryErrno) => "该位置已有一个同名文件夹；请改名或移走它，或用 -o 指定别的输出文件夹。",
        DirectoryNotFoundException => "文件夹不存在。",
        // A folder that exists but takes no new files (/proc, /sys): creating one reports it "not found".
        FileNotFoundException => "这个文件夹里不能新建文件（系统文件夹，如 /proc）；请用 -o 指定普通的文件夹。",
        PathTooLongException => "路径过长；请用 -o 指定较短的输出文件夹。",
        IOException io when HasErrno(io, InputOutputErrno) => "磁盘读写出错（硬件或网络盘故障）；请检查磁盘后重试。",
        // Anything else: still one line, in Chinese, with the system's own words for the maintainers.
        _ => $"写入失败（系统信息：{e.Message}）；请检查输出位置后重试。",
    };

    private const string InUse = "同名文件正在 Word、WPS 等程序中打开；请关闭该文件后重试，或用 -o 指定别的输出文件夹。";

    /// <summary>ERROR_SHARING_VIOLATION or ERROR_LOCK_VIOLATION: another program has the file open.</summary>
    private static bool IsInUseOnWindows(IOException e) => (e.HResult & 0xFFFF) is 0x20 or 0x21;

    /// <summary>ENOSPC or EDQUOT (quota) on Unix; ERROR_DISK_FULL or ERROR_HANDLE_DISK_FULL on Windows.</summary>
    public static bool IsDiskFull(IOException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        const int enospc = 28;
        var edquot = OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD() ? 69 : 122;
        return OperatingSystem.IsWindows()
            ? (e.HResult & 0xFFFF) is 0x70 or 0x27
            : e.HResult == enospc || e.HResult == edquot || e.Message.Contains("No space left", StringComparison.Ordinal);
    }

    /// <summary>EROFS on Unix (a read-only mount, even for root); ERROR_WRITE_PROTECT on Windows.</summary>
    public static bool IsReadOnly(IOException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        const int erofs = 30;
        return OperatingSystem.IsWindows() ? (e.HResult & 0xFFFF) is 0x13 : e.HResult == erofs;
    }

    // On Unix .NET puts the raw errno into an IOException's HResult; these numbers are the same on Linux and macOS.
    private const int InputOutputErrno = 5;
    private const int IsDirectoryErrno = 21;

    private static bool HasErrno(IOException e, int errno) => !OperatingSystem.IsWindows() && e.HResult == errno;

    /// <summary><paramref name="file"/>, an ancestor of <paramref name="folder"/>, as the user sees it, given how <paramref name="folder"/> is shown.</summary>
    private static string ShowAncestor(string shownFolder, string folder, string file)
    {
        var shownFile = shownFolder;
        for (var path = System.IO.Path.GetFullPath(folder); path != file && !string.IsNullOrEmpty(shownFile); path = System.IO.Path.GetDirectoryName(path)!)
        {
            shownFile = System.IO.Path.GetDirectoryName(shownFile);
        }

        return string.IsNullOrEmpty(shownFile) ? file : shownFile;
    }

    /// <summary><c>.{name}.{12 hex digits}.tmp</c>: hidden, and recognisable by <see cref="RemoveStaleTemporaryFiles"/>.</summary>
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
