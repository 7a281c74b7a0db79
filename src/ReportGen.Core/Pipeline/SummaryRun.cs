using ReportGen.Core.Inputs;
using ReportGen.Core.Output;
using ReportGen.Core.Reading;
using ReportGen.Core.Summary;

namespace ReportGen.Core.Pipeline;

public sealed record SummaryRunOptions
{
    /// <summary>The output file, absolute.</summary>
    public required string Target { get; init; }

    /// <summary>How the output file is named in messages (relative to the current folder where it can be).</summary>
    public required string ShownTarget { get; init; }

    public required SummaryWriter Writer { get; init; }

    public ValidationRunOptions Validation { get; init; } = new();
}

/// <summary>What a summary run did: every input's findings, and the summary when it was written.</summary>
public sealed record SummaryRunResult(IReadOnlyList<FileResult> Inputs, JurisdictionSummary? Summary)
{
    public bool Written => Summary is not null;
}

/// <summary>
/// The summarize flow: validate every input, refuse when any has errors, add the valid ones up, clear stale
/// temporary files and write the output atomically. Refusals are exceptions with the user's message:
/// <see cref="OutputConflictException"/> (the output is an input), <see cref="SummaryRefusedException"/>
/// (years differ, an agency twice) and <see cref="OutputUnwritableException"/>.
/// </summary>
public static class SummaryRun
{
    public static SummaryRunResult Run(IReadOnlyList<InputSource> inputs, Func<InputSource, ReadResult> read, SummaryRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        if (inputs.Any(s => !s.IsStandardInput && BuildPlan.PathComparer.Equals(s.FullPath, options.Target)))
        {
            throw new OutputConflictException($"-o {options.ShownTarget} 是一个输入文件，不能覆盖输入；请换一个输出文件名。");
        }

        var results = ValidationRun.Run(inputs, read, options.Validation);
        if (results.Any(r => r.HasErrors))
        {
            return new SummaryRunResult(results, null);
        }

        var summary = JurisdictionSummary.Create([.. results.Select(r => new SummarizedAgency(r.Source.DisplayName, r.Read!.Report!))],
            [.. results.SelectMany(r => r.CopiedParagraphs)]);
        var keep = inputs.Where(s => !s.IsStandardInput).Select(s => s.FullPath!).ToHashSet(BuildPlan.PathComparer);
        AtomicFile.CreateFolderFor(options.Target, options.ShownTarget);
        AtomicFile.RemoveStaleTemporaryFiles(Path.GetDirectoryName(options.Target)!, Path.GetExtension(options.Target), keep);
        AtomicFile.Write(options.Target, stream => options.Writer.Write(summary, stream), options.ShownTarget);
        return new SummaryRunResult(results, summary);
    }
}
