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
