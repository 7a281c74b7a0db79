using System.Collections.Concurrent;

namespace ReportGen.Core.Diagnostics;

/// <summary>
/// Where each value of an input file stands, by YAML path (<c>requests.denied.state_secret[2]</c>), so that
/// rules working on the model can point at the file.
/// </summary>
public sealed class SourceMap
{
    /// <summary>A bound on the shared paths, so that hostile files of made-up keys cannot grow them without end.</summary>
    private const int MaxSharedPaths = 20_000;

    /// <summary>
    /// The paths every file of the format has, one string each: a batch keeps every file's map until all are
    /// validated, and the same few hundred paths held once per file were most of a thousand files' memory.
    /// </summary>
    private static readonly ConcurrentDictionary<string, string> SharedPaths = new(StringComparer.Ordinal);

    private readonly Dictionary<string, SourcePosition> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourcePosition> _keys = new(StringComparer.Ordinal);

    public void AddValue(string path, SourcePosition position) => _values.TryAdd(Shared(path), position);

    public void AddKey(string path, SourcePosition position) => _keys.TryAdd(Shared(path), position);

    /// <summary>How many paths are shared; counted here because ConcurrentDictionary.Count takes every lock.</summary>
    private static int _sharedCount;

    private static string Shared(string path)
    {
        if (SharedPaths.TryGetValue(path, out var shared))
        {
            return shared;
        }

        if (Volatile.Read(ref _sharedCount) >= MaxSharedPaths)
        {
            return path;
        }

        if (SharedPaths.TryAdd(path, path))
        {
            Interlocked.Increment(ref _sharedCount);
            return path;
        }

        return SharedPaths.TryGetValue(path, out shared) ? shared : path;
    }

    public bool Contains(string path) => _values.ContainsKey(path) || _keys.ContainsKey(path);

    /// <summary>The value at the path, else its key, else the nearest enclosing value that the file has.</summary>
    public SourcePosition Locate(string path)
    {
        for (var p = path; p.Length > 0; p = Parent(p))
        {
            if (_values.TryGetValue(p, out var value) || _keys.TryGetValue(p, out value))
            {
                return value;
            }
        }

        return _values.TryGetValue("", out var root) ? root : new SourcePosition(1, 1);
    }

    /// <summary>The key at the path, else where its value or its parent stands.</summary>
    public SourcePosition LocateKey(string path) =>
        _keys.TryGetValue(path, out var key) ? key : Locate(path);

    public static string Parent(string path)
    {
        if (path.EndsWith(']'))
        {
            return path[..path.LastIndexOf('[')];
        }

        var dot = path.LastIndexOf('.');
        return dot < 0 ? "" : path[..dot];
    }
}

/// <summary>
/// Collects the findings of one file, placing each by its YAML path. A hostile file can hold hundreds of
/// thousands of mistakes (a generated file of unknown keys): past <see cref="MaxItems"/> findings the rest are
/// counted, not kept, and one last finding says how many were left out.
/// </summary>
public sealed class DiagnosticBag(string file, SourceMap map)
{
    public const int MaxItems = 1000;

    private readonly List<Diagnostic> _items = [];
    private Diagnostic? _firstDropped;
    private Diagnostic? _firstDroppedError;
    private int _dropped;

    public string File { get; } = file;
    public SourceMap Map { get; } = map;

    public IReadOnlyList<Diagnostic> Items => _dropped == 0 ? _items : [.. _items, Omitted()];

    public bool HasErrors => _firstDroppedError is not null || _items.Exists(d => d.IsError);

    /// <summary>Whether further findings are only counted (callers may skip costly messages).</summary>
    public bool IsFull => _items.Count >= MaxItems;

    public void Add(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (IsFull)
        {
            _firstDropped ??= diagnostic;
            if (diagnostic.IsError)
            {
                _firstDroppedError ??= diagnostic;
            }

            _dropped++;
            return;
        }

        _items.Add(diagnostic with
        {
            Message = DiagnosticText.Clean(diagnostic.Message),
            Expected = diagnostic.Expected is null ? null : DiagnosticText.Clean(diagnostic.Expected),
            Actual = diagnostic.Actual is null ? null : DiagnosticText.Clean(diagnostic.Actual),
        });
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    public void Report(RuleDescriptor rule, string path, string message, string? expected = null, string? actual = null) =>
        At(rule, Map.Locate(path), path, message, expected, actual);

    public void ReportAtKey(RuleDescriptor rule, string path, string message) =>
        At(rule, Map.LocateKey(path), path, message);

    public void At(RuleDescriptor rule, SourcePosition at, string? path, string message, string? expected = null, string? actual = null) =>
        Add(new Diagnostic(rule.Id, rule.Severity, File, at.Line, at.Column, path, message, expected, actual));

    // Stands for the first dropped error if any was dropped (the file stays invalid), else the first warning.
    private Diagnostic Omitted() => (_firstDroppedError ?? _firstDropped)! with
    {
        YamlPath = null,
        Message = $"从这里起还有 {_dropped} 个问题没有列出（每个文件最多列出 {MaxItems} 个）：多半是选错了文件，或文件整体格式不对。请先改正上面的问题再校验。",
        Expected = null,
        Actual = null,
    };
}
