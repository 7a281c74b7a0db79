using System.Text;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Inputs;
using ReportGen.Core.Output;
using ReportGen.Core.Pipeline;
using ReportGen.Core.Reading;

using ReportGen.Core.Importing;

namespace ReportGen.Core.Pipeline;

public sealed class ImportRunOptions
{
    /// <summary>Where the YAML files go: next to each document, into a folder, or one named file (one input).</summary>
    public BuildTarget Target { get; init; } = BuildTarget.NextToInputs;

    public required string CurrentDirectory { get; init; }

    /// <summary>Replace an existing YAML file (never an input).</summary>
    public bool Force { get; init; }

    public int Jobs { get; init; } = Environment.ProcessorCount;
}

/// <summary>
/// <c>reportgen import</c> without the console: plan every output (the same collision rules as build, decided
/// before anything is written), read and extract each document in parallel, write each YAML atomically. An
/// unreadable document gets nothing written and the others go on; an existing file is kept unless forced.
/// The findings are the import's own (what could not be read with certainty); validation is validate's job.
/// </summary>
public static class ImportRun
{
    /// <summary>Runs the import. Throws <see cref="OutputConflictException"/> (nothing written) when two documents would write one file.</summary>
    public static IReadOnlyList<BuildFileResult> Run(IReadOnlyList<InputSource> inputs, ImportRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        var outputs = BuildPlan.OutputPaths(inputs, options.Target, ".yaml", options.CurrentDirectory);
        if ((options.Target.Folder ?? Path.GetDirectoryName(options.Target.File)) is { } folder)
        {
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new OutputUnwritableException(BuildPlan.Show(folder, options.CurrentDirectory), "无法创建文件夹：" + AtomicFile.Reason(e), e);
            }
        }

        var results = new BuildFileResult[inputs.Count];
        Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs) }, i =>
            results[i] = One(inputs[i], outputs[i], options));

        // Each file was flushed before its rename; the renames become durable here, once per folder (as build does).
        foreach (var written in results.Where(r => r.Written).Select(r => Path.GetDirectoryName(r.OutputPath)!).Distinct(BuildPlan.PathComparer))
        {
            AtomicFile.FlushFolder(written);
        }

        return results;
    }

    private static BuildFileResult One(InputSource input, string output, ImportRunOptions options)
    {
        var shown = BuildPlan.Show(output, options.CurrentDirectory);
        if (input.IsStandardInput || !PublishedDocumentReaders.IsDocument(input.FullPath!))
        {
            var failure = $"不是已发布的报告文件（支持：{string.Join("、", PublishedDocumentReaders.Extensions)}），不能导入。";
            return new BuildFileResult(new FileResult(input, null, [], "无法读取文件：" + failure), output, shown, Written: false);
        }

        ImportResult import;
        try
        {
            import = DocumentInput.Import(input.FullPath!, input.DisplayName).Import;
        }
        catch (InputUnreadableException e)
        {
            return new BuildFileResult(new FileResult(input, null, [], e.Reason), output, shown, Written: false);
        }

        IReadOnlyList<Diagnostic> findings = [.. import.Findings.Select(f => DocumentInput.ToDiagnostic(f, input.DisplayName))];
        var validation = new FileResult(input, null, findings);
        if (import.Report is null)
        {
            return new BuildFileResult(validation, output, shown, Written: false);
        }

        if (!options.Force && File.Exists(output))
        {
            return new BuildFileResult(validation, output, shown, Written: false,
                $"{shown} 已存在：不会覆盖已有的文件（可能已经改过）。要重新导入请加 --force，或用 -o 指定另一个位置。");
        }

        var yaml = ImportedYaml.Write(import, input.DisplayName, Path.GetFileName(output));
        try
        {
            AtomicFile.Write(output, Encoding.UTF8.GetBytes(yaml), shown, replace: options.Force, flushFolder: false);
        }
        catch (OutputUnwritableException e)
        {
            return new BuildFileResult(validation, output, shown, Written: false, e.Message);
        }

        return new BuildFileResult(validation, output, shown, Written: true);
    }
}
