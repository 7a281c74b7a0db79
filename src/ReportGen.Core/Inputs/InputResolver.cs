using Microsoft.Extensions.FileSystemGlobbing;

namespace ReportGen.Core.Inputs;

/// <summary>One input: a file on disk, or standard input (<c>-</c>).</summary>
public sealed record InputSource(string DisplayName, string? FullPath)
{
    public const string StandardInputName = "<stdin>";

    public bool IsStandardInput => FullPath is null;
}

/// <summary>An INPUT argument that names nothing: exit code 2.</summary>
public sealed class InputNotFoundException(string argument, string message) : Exception(message)
{
    public string Argument { get; } = argument;
}

/// <summary>
/// Expands INPUT arguments (README.md, "Commands"): a file, a directory (every *.yaml/*.yml and published document below it), a glob expanded by
/// the tool itself (Windows shells and quoted CI strings do not), or <c>-</c> for standard input.
/// The result is deduplicated and in a stable order, so runs are reproducible.
/// </summary>
public static class InputResolver
{
    /// <summary>What a directory picks up: YAML inputs and every published document a reader supports.</summary>
    private static readonly string[] Extensions = [".yaml", ".yml", .. Importing.PublishedDocumentReaders.Extensions];

    public static IReadOnlyList<InputSource> Resolve(IEnumerable<string> arguments, string currentDirectory)
    {
        var result = new List<InputSource>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                if (seen.Add(InputSource.StandardInputName))
                {
                    result.Add(new InputSource(InputSource.StandardInputName, null));
                }

                continue;
            }

            var found = Expand(argument, currentDirectory);
            if (found.Count == 0)
            {
                throw new InputNotFoundException(argument, Directory.Exists(Path.GetFullPath(argument, currentDirectory))
                    ? $"{argument}: 这是一个目录，其中没有 *.yaml、*.yml 文件或已发布的报告。"
                    : $"{argument}: 找不到输入文件（没有匹配的文件或目录）。");
            }

            foreach (var path in found)
            {
                if (seen.Add(path))
                {
                    result.Add(new InputSource(DisplayPath(path, currentDirectory), path));
                }
            }
        }

        return result;
    }

    private static List<string> Expand(string argument, string currentDirectory)
    {
        var full = Path.GetFullPath(argument, currentDirectory);
        if (File.Exists(full))
        {
            return [full];
        }

        if (Directory.Exists(full))
        {
            return Glob(full, "**/*");
        }

        if (argument.IndexOfAny(['*', '?']) < 0)
        {
            return [];
        }

        // The literal prefix before the first wildcard segment is the root the pattern is matched under.
        var normalized = argument.Replace('\\', '/');
        var segments = normalized.Split('/');
        var firstWild = Array.FindIndex(segments, s => s.IndexOfAny(['*', '?']) >= 0);
        var root = string.Join('/', segments.Take(firstWild));
        var pattern = string.Join('/', segments.Skip(firstWild));
        var rootPath = Path.GetFullPath(root.Length == 0 ? "." : root + "/", currentDirectory);
        return Directory.Exists(rootPath) ? Glob(rootPath, pattern, filterExtensions: false) : [];
    }

    private static List<string> Glob(string root, string pattern, bool filterExtensions = true)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(pattern);
        return [.. matcher.GetResultsInFullPath(root)
            .Where(p => !filterExtensions || Extensions.Contains(Path.GetExtension(p), StringComparer.OrdinalIgnoreCase))
            .Select(Path.GetFullPath)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Paths are shown relative to the working directory, as a user typed them, with forward slashes.</summary>
    public static string DisplayPath(string fullPath, string currentDirectory)
    {
        var relative = Path.GetRelativePath(currentDirectory, fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative).Replace('\\', '/');
    }
}
