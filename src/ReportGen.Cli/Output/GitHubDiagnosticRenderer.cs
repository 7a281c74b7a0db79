using System.Text;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Pipeline;

namespace ReportGen.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=RG010::…</c>) on standard output,
/// where the runner reads them, escaped as the runner requires; the summary line goes to standard error.
/// </summary>
public sealed class GitHubDiagnosticRenderer : DiagnosticRenderer
{
    public override void Render(IReadOnlyList<FileResult> results, RunSummary summary, CliEnvironment environment)
    {
        foreach (var result in results)
        {
            if (result.IsUnreadable)
            {
                environment.Out.WriteLine($"::error file={EscapeProperty(result.Source.DisplayName)}::{EscapeData(result.ReadFailure!)}");
                continue;
            }

            foreach (var d in result.Diagnostics)
            {
                environment.Out.WriteLine(Format(d));
            }

            if (summary.ReportOf(result)?.WriteFailure is { } failure)
            {
                environment.Out.WriteLine($"::error file={EscapeProperty(result.Source.DisplayName)}::{EscapeData(failure)}");
            }
        }

        environment.Error.WriteLine(TextDiagnosticRenderer.SummaryLine(summary));
    }

    public static string Format(Diagnostic d)
    {
        var command = new StringBuilder(d.IsError ? "::error " : "::warning ");
        command.Append("file=").Append(EscapeProperty(d.File));
        if (d.Location is not null)
        {
            // A published document: the page as the line where known; the place in the title, where it shows.
            if (d.Line > 0)
            {
                command.Append(",line=").Append(d.Line);
            }
        }
        else if (d.Line > 0)
        {
            command.Append(",line=").Append(d.Line).Append(",col=").Append(d.Column);
        }

        command.Append(",title=").Append(EscapeProperty(d.DocumentPlace is { } place ? d.RuleId + " " + place : d.RuleId));
        command.Append("::").Append(EscapeData(d.Message));
        return command.ToString();
    }

    /// <summary>The message part: %, CR and LF are escaped.</summary>
    public static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A property value: as data, and also : and , which separate properties.</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);
}
