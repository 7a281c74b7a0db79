using ReportGen.Core.Diagnostics;
using ReportGen.Core.Model;

namespace ReportGen.Core.Reading;

/// <summary>What reading one input file gave: the report (null when the file cannot be parsed) and its findings.</summary>
public sealed record ReadResult(
    string File,
    AnnualReport? Report,
    SourceMap Map,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlySet<string> UncheckableParts)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>For an input imported from a published document: where each YAML path stands in the document.</summary>
    public Diagnostics.DocumentMap? Document { get; init; }

    /// <summary>Whether a part (a table's section key, or "year") was read without a shape error, so its rules can run.</summary>
    public bool IsCheckable(string part) => Report is not null && !UncheckableParts.Contains(part);
}

/// <summary>
/// Reads input files (docs/input-reference.md) strictly, with a position for every value. Whatever the bytes, the
/// answer is findings, never an exception: only a file that cannot be read at all throws
/// <see cref="InputUnreadableException"/>. Time and memory are bounded by <see cref="MaxBytes"/>.
/// </summary>
public static class ReportReader
{
    /// <summary>The largest input read; a larger one is refused without being read.</summary>
    public const int MaxBytes = InputDecoder.MaxBytes;

    public static ReadResult Read(string file, ReadOnlySpan<byte> bytes)
    {
        var map = new SourceMap();
        var diagnostics = new DiagnosticBag(file, map);
        var text = InputDecoder.Decode(bytes, diagnostics);
        if (text is null)
        {
            return Unparsed(file, map, diagnostics);
        }

        // YAML (and every editor) takes CR LF, LF and a lone CR (old Mac, some Excel exports) as a line break:
        // one kind of break from here on keeps every line number the same as the user's editor shows.
        if (text.Contains('\r', StringComparison.Ordinal))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        if (text.AsSpan().Trim().Length == 0)
        {
            diagnostics.At(RuleCatalog.MissingKey, new SourcePosition(1, 1), null, "文件是空的：请用 reportgen init 生成模板后填写。");
            return Unparsed(file, map, diagnostics);
        }

        var root = YamlTreeBuilder.Build(text, diagnostics);
        if (root is null or YamlScalar { IsNull: true } && !diagnostics.HasErrors)
        {
            diagnostics.At(RuleCatalog.MissingKey, new SourcePosition(1, 1), null,
                "文件中没有数据（只有注释、空行或文档分隔符）：请用 reportgen init 生成模板后填写。");
            return Unparsed(file, map, diagnostics);
        }

        if (root is null)
        {
            return Unparsed(file, map, diagnostics);
        }

        var binder = new ReportBinder(diagnostics);
        var report = binder.Bind(root);
        return new ReadResult(file, report, map, diagnostics.Items, binder.UncheckableParts);
    }

    /// <summary>Reads a file from disk. I/O failures are thrown as <see cref="InputUnreadableException"/>.</summary>
    public static ReadResult ReadFile(string path, string? displayName = null)
    {
        var name = displayName ?? path;
        if (Directory.Exists(path))
        {
            throw new InputUnreadableException(name, "这是一个目录，不是文件。");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            return ReadStream(name, stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new InputUnreadableException(name, Explain(e), e);
        }
    }

    /// <summary>
    /// Reads a stream (standard input, a pipe, a file), at most <see cref="MaxBytes"/> of it: a larger one is
    /// refused by its length when the stream knows it, without reading, else after reading one byte too many.
    /// </summary>
    public static ReadResult ReadStream(string name, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var length = stream.CanSeek ? stream.Length - stream.Position : -1;
        if (length > MaxBytes)
        {
            return TooLarge(name, length);
        }

        // A seekable stream may still lie about its length (/dev/zero, a file being written): read to the end, bounded.
        var buffer = new byte[length is >= 0 and < MaxBytes ? length + 1 : 64 * 1024];
        var read = 0;
        while (true)
        {
            if (read == buffer.Length)
            {
                if (read > MaxBytes)
                {
                    return TooLarge(name, read);
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, MaxBytes + 1L));
            }

            var n = stream.Read(buffer, read, buffer.Length - read);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        return read > MaxBytes ? TooLarge(name, read) : Read(name, buffer.AsSpan(0, read));
    }

    private static ReadResult TooLarge(string name, long length)
    {
        var map = new SourceMap();
        var diagnostics = new DiagnosticBag(name, map);
        InputDecoder.ReportTooLarge(length, diagnostics);
        return Unparsed(name, map, diagnostics);
    }

    private static ReadResult Unparsed(string file, SourceMap map, DiagnosticBag diagnostics) =>
        new(file, null, map, diagnostics.Items, new HashSet<string>());

    /// <summary>Why a file cannot be read, in Chinese (the system's message is English, or the OS's language).</summary>
    private static string Explain(Exception e) => e switch
    {
        FileNotFoundException => "文件不存在。",
        DirectoryNotFoundException => "文件所在的目录不存在。",
        UnauthorizedAccessException => "没有读取这个文件的权限。",
        PathTooLongException => "路径太长。",
        NotSupportedException => "这种文件不能读取（" + e.Message + "）。",
        _ => "读取时出错（" + e.Message + "）。",
    };
}

/// <summary>An input that cannot be read at all (missing, a directory, no permission): exit code 2.</summary>
public sealed class InputUnreadableException(string file, string reason, Exception? inner = null)
    : Exception($"{file}: 无法读取文件：{reason}", inner)
{
    public string File { get; } = file;

    /// <summary>The message without the file name, for outputs that name the file already.</summary>
    public string Reason { get; } = "无法读取文件：" + reason;
}
