using System.Globalization;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Pipeline;

namespace ReportGen.Cli.Output;

/// <summary><c>file:line:col: error RG010: …</c> lines on standard error, grouped per file, then a summary line.</summary>
public sealed class TextDiagnosticRenderer : DiagnosticRenderer
{
    public override void Render(IReadOnlyList<FileResult> results, RunSummary summary, CliEnvironment environment)
    {
        var error = environment.Error;
        var color = environment.UseColor;
        foreach (var result in results)
        {
            if (result.IsUnreadable)
            {
                error.WriteLine(Paint($"{result.Source.DisplayName}: error: {result.ReadFailure}", "31", color));
                continue;
            }

            foreach (var d in result.Diagnostics)
            {
                error.WriteLine(Format(d, color));
            }

            if (summary.ReportOf(result)?.WriteFailure is { } failure)
            {
                error.WriteLine(Paint($"{result.Source.DisplayName}: error: {failure}", "31", color));
            }
        }

        error.WriteLine(SummaryLine(summary));
    }

    public static string Format(Diagnostic d, bool color = false)
    {
        var place = d.Location is not null ? (d.DocumentPlace is { } where ? $"{d.File}: {where}" : d.File)
            : d.Line > 0 ? $"{d.File}:{d.Line}:{d.Column}" : d.File;
        var severity = d.IsError ? Paint("error", "31", color) : Paint("warning", "33", color);
        return $"{place}: {severity} {d.RuleId}: {d.Message}";
    }

    /// <summary>The closing line: files, errors, warnings, what was made (reports, the summary, or nothing), seconds.</summary>
    public static string SummaryLine(RunSummary s) => string.Format(
        CultureInfo.InvariantCulture,
        "共 {0} 个文件：{1} 个错误，{2} 个警告，{3}，用时 {4:0.00} 秒。",
        s.Files, s.Errors, s.Warnings,
        s.Product switch
        {
            RunProduct.Reports => string.Create(CultureInfo.InvariantCulture, $"生成 {s.ReportsWritten} 份报告"),
            RunProduct.Summary => s.SummaryWritten ? "已生成汇总" : "未生成汇总",
            RunProduct.Imports => string.Create(CultureInfo.InvariantCulture, $"导入 {s.ReportsWritten} 份报告"),
            _ => "只检查，不生成报告",
        },
        s.Elapsed.TotalSeconds);

    private static string Paint(string text, string code, bool color) =>
        color ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
