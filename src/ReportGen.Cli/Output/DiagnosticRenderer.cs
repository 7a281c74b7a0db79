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

/// <summary>What a command makes of its inputs, for the closing summary line.</summary>
public enum RunProduct
{
    /// <summary><c>validate</c>: it only checks.</summary>
    Nothing,
    /// <summary><c>build</c>: one report per valid input.</summary>
    Reports,
    /// <summary><c>summarize</c>: one summary of all inputs.</summary>
    Summary,
    /// <summary><c>import</c>: one input file per readable published report.</summary>
    Imports,
}

/// <summary>What a run did, for the closing summary line.</summary>
public sealed record RunSummary(int Files, int Errors, int Warnings, int ReportsWritten, TimeSpan Elapsed)
{
    public RunProduct Product { get; init; }

    /// <summary>For <c>build</c>: each input's report (where it went, or why it could not be written); null for commands that write none.</summary>
    public IReadOnlyDictionary<InputSource, BuildFileResult>? Reports { get; init; }

    /// <summary>The report of an input, when this run builds reports.</summary>
    public BuildFileResult? ReportOf(FileResult result) =>
        Reports is not null && Reports.TryGetValue(result.Source, out var report) ? report : null;

    /// <param name="results">Every input's findings.</param>
    /// <param name="product">What the command makes.</param>
    /// <param name="written">How many of it were written (reports; 0 or 1 summary).</param>
    /// <param name="elapsed">Time since the command started.</param>
    public static RunSummary Of(IReadOnlyList<FileResult> results, RunProduct product, int written, TimeSpan elapsed) => new(
        results.Count,
        results.Sum(r => r.ErrorCount + (r.IsUnreadable ? 1 : 0)),
        results.Sum(r => r.WarningCount),
        product is RunProduct.Reports or RunProduct.Imports ? written : 0,
        elapsed)
    {
        Product = product,
        SummaryWritten = product == RunProduct.Summary && written > 0,
    };

    /// <summary>For <c>summarize</c>: whether the summary file was written.</summary>
    public bool SummaryWritten { get; init; }
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
