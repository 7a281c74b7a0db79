using ReportGen.Core.Inputs;

namespace ReportGen.Core.Pipeline;

/// <summary>Where reports go: next to each input, into one folder (<c>-o DIR</c>), or one named file (<c>-o FILE.docx</c>, one input).</summary>
public sealed record BuildTarget
{
    private BuildTarget(string? folder, string? file)
    {
        Folder = folder;
        File = file;
    }

    /// <summary>The output folder (full path), or null.</summary>
    public string? Folder { get; }

    /// <summary>The single output file (full path), or null.</summary>
    public string? File { get; }

    public static BuildTarget NextToInputs { get; } = new(null, null);

    public static BuildTarget IntoFolder(string fullPath) => new(fullPath, null);

    public static BuildTarget IntoFile(string fullPath) => new(null, fullPath);

    /// <summary>The target of another kind of output: <c>-o 报告.docx</c> with <c>--to docx,html</c> also writes 报告.html.</summary>
    public BuildTarget WithExtension(string extension) =>
        File is null ? this : new(null, Path.ChangeExtension(File, extension));
}

/// <summary>Two inputs would write the same report, or a report would replace an input: refused before anything is written (exit 2).</summary>
public sealed class OutputConflictException(string message) : Exception(message);

/// <summary>
/// Decides every output path before anything is read or written, so that a collision stops the whole run
/// while the disk is still untouched.
/// </summary>
public static class BuildPlan
{
    /// <summary>
    /// The file stem of a report built from standard input, which has no name of its own:
    /// <c>report.docx</c> in <c>-o DIR</c> or the working directory.
    /// </summary>
    public const string StandardInputStem = "report";

    /// <summary>
    /// Paths are compared ignoring case on every system: the reports end up on Windows PCs, where
    /// <c>A.docx</c> and <c>a.docx</c> are one file.
    /// </summary>
    public static StringComparer PathComparer { get; } = StringComparer.OrdinalIgnoreCase;

    /// <summary>
    /// The full output path of each input, in input order. Throws <see cref="OutputConflictException"/>
    /// naming the inputs when two outputs coincide or an output is one of <paramref name="protectedPaths"/>
    /// (the inputs themselves and the <c>--previous</c> file are always protected).
    /// </summary>
    public static IReadOnlyList<string> OutputPaths(
        IReadOnlyList<InputSource> inputs,
        BuildTarget target,
        string extension,
        string currentDirectory,
        IEnumerable<string>? protectedPaths = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(target);
        if (target.File is not null && inputs.Count != 1)
        {
            throw new OutputConflictException(
                $"-o 指定的是一个文件（{Show(target.File, currentDirectory)}），只能用于一个输入，而现在有 {inputs.Count} 个；多个输入请用 -o 指定文件夹。");
        }

        var outputs = inputs.Select(input => OutputPath(input, target, extension, currentDirectory)).ToArray();
        var problems = new List<string>();

        var inputsByPath = inputs.Where(i => !i.IsStandardInput)
            .Select(i => (Path: i.FullPath!, Name: i.DisplayName))
            .Concat((protectedPaths ?? []).Select(p => (Path: p, Name: Show(p, currentDirectory))))
            .GroupBy(p => p.Path, PathComparer)
            .ToDictionary(g => g.Key, g => g.First().Name, PathComparer);
        for (var i = 0; i < inputs.Count; i++)
        {
            if (inputsByPath.TryGetValue(outputs[i], out var overwritten))
            {
                problems.Add($"{inputs[i].DisplayName} 的报告 {Show(outputs[i], currentDirectory)} 会覆盖输入文件 {overwritten}");
            }
        }

        foreach (var group in Enumerable.Range(0, inputs.Count).GroupBy(i => outputs[i], PathComparer).Where(g => g.Count() > 1))
        {
            var names = string.Join(" 和 ", group.Select(i => inputs[i].DisplayName));
            problems.Add($"{names} 都会生成 {Show(group.Key, currentDirectory)}");
        }

        if (problems.Count > 0)
        {
            throw new OutputConflictException(
                "输出文件冲突，未生成任何报告：" + string.Join("；", problems) +
                "。请把冲突的输入分几次生成并用 -o 指定不同的输出文件夹，或给输入文件改名。");
        }

        return outputs;
    }

    /// <summary>A path as shown to the user: relative to the working directory when below it.</summary>
    public static string Show(string fullPath, string currentDirectory) => InputResolver.DisplayPath(fullPath, currentDirectory);

    private static string OutputPath(InputSource input, BuildTarget target, string extension, string currentDirectory)
    {
        if (target.File is not null)
        {
            return target.File;
        }

        var stem = input.IsStandardInput ? StandardInputStem : Path.GetFileNameWithoutExtension(input.FullPath!);
        var folder = target.Folder
            ?? (input.IsStandardInput ? currentDirectory : Path.GetDirectoryName(input.FullPath!)!);
        return Path.GetFullPath(Path.Combine(folder, stem + extension));
    }
}
