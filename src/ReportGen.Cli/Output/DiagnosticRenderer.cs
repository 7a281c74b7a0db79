using ReportGen.Core.Inputs;
using ReportGen.Core.Pipeline;

namespace ReportGen.Cli.Output;

public enum OutputFormat
{
    Text,
    Json,
    GitHub,
    Sarif,
}

/// <summary>What a run did, for the closing summary line.</summary>
public sealed record RunSummary(int Files, int Errors, int Warnings, int ReportsWritten, TimeSpan Elapsed)
{
    /// <summary>For <c>build</c>: each input's report (where it went, or why it could not be written); null for commands that write none.</summary>
    public IReadOnlyDictionary<InputSource, BuildFileResult>? Reports { get; init; }

    /// <summary>The report of an input, when this run builds reports.</summary>
    public BuildFileResult? ReportOf(FileResult result) =>
        Reports is not null && Reports.TryGetValue(result.Source, out var report) ? report : null;

    public static RunSummary Of(IReadOnlyList<FileResult> results, int reportsWritten, TimeSpan elapsed) => new(
        results.Count,
        results.Sum(r => r.ErrorCount + (r.IsUnreadable ? 1 : 0)),
        results.Sum(r => r.WarningCount),
        reportsWritten,
        elapsed);
}

/// <summary>Renders the findings of a run in one output format. Every format renders the same <c>Diagnostic</c> record.</summary>
public abstract class DiagnosticRenderer
{
    public abstract void Render(IReadOnlyList<FileResult> results, RunSummary summary, CliEnvironment environment);

    public static DiagnosticRenderer For(OutputFormat format) => format switch
    {
        OutputFormat.Json => new JsonDiagnosticRenderer(),
        OutputFormat.GitHub => new GitHubDiagnosticRenderer(),
        OutputFormat.Sarif => new SarifDiagnosticRenderer(),
        _ => new TextDiagnosticRenderer(),
    };
}
