using ReportGen.Core.Diagnostics;
using ReportGen.Core.Model;

namespace ReportGen.Core.Reading;

/// <summary>What reading one input file gave: the report (null when the file cannot be parsed) and its findings.</summary>
public sealed record ReadResult(
    string File,
    AnnualReport? Report,
    SourceMap Map,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlySet<string> UnsoundParts)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Whether a part (a table's section key, or "year") was read without a shape error, so its rules can run.</summary>
    public bool IsSound(string part) => Report is not null && !UnsoundParts.Contains(part);
}

/// <summary>Reads input files (input-format.md) strictly, with a position for every value.</summary>
public static class ReportReader
{
    public static ReadResult Read(string file, ReadOnlySpan<byte> bytes)
    {
        var map = new SourceMap();
        var diagnostics = new DiagnosticBag(file, map);
        var text = InputDecoder.Decode(bytes, diagnostics);
        if (text is null)
        {
            return new ReadResult(file, null, map, diagnostics.Items, new HashSet<string>());
        }

        if (text.AsSpan().Trim().Length == 0)
        {
            diagnostics.At(RuleCatalog.MissingKey, new SourcePosition(1, 1), null, "文件是空的：请用 reportgen init 生成模板后填写。");
            return new ReadResult(file, null, map, diagnostics.Items, new HashSet<string>());
        }

        var root = YamlTreeBuilder.Build(text, diagnostics);
        if (root is null)
        {
            if (!diagnostics.HasErrors)
            {
                // Only comments (or "---"): nothing the format needs is there.
                diagnostics.At(RuleCatalog.MissingKey, new SourcePosition(1, 1), null, "文件中只有注释，没有任何内容：请用 reportgen init 生成模板后填写。");
            }

            return new ReadResult(file, null, map, diagnostics.Items, new HashSet<string>());
        }

        var binder = new ReportBinder(diagnostics);
        var report = binder.Bind(root);
        return new ReadResult(file, report, map, diagnostics.Items, binder.UnsoundParts);
    }

    /// <summary>Reads a file from disk. I/O failures are thrown as <see cref="InputUnreadableException"/>.</summary>
    public static ReadResult ReadFile(string path, string? displayName = null)
    {
        var name = displayName ?? path;
        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            if (stream.Length > InputDecoder.MaxBytes)
            {
                // Refuse a huge file without reading it.
                var map = new SourceMap();
                var diagnostics = new DiagnosticBag(name, map);
                InputDecoder.ReportTooLarge(stream.Length, diagnostics);
                return new ReadResult(name, null, map, diagnostics.Items, new HashSet<string>());
            }

            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputUnreadableException(name, e.Message, e);
        }

        return Read(name, bytes);
    }
}

/// <summary>An input that cannot be read at all (missing, a directory, no permission): exit code 2.</summary>
public sealed class InputUnreadableException(string file, string reason, Exception? inner = null)
    : Exception($"{file}: 无法读取文件：{reason}", inner)
{
    public string File { get; } = file;
}
