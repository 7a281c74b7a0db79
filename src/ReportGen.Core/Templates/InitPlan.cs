using System.Text;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Format;
using ReportGen.Core.Model;
using ReportGen.Core.Reading;

namespace ReportGen.Core.Templates;

/// <summary>What the clerk asked <c>init</c> for: each value as given, or null when left to the plan.</summary>
public sealed record InitRequest
{
    /// <summary>The output as given (a path, or <see cref="StandardOutput"/>), or null for {year}.yaml.</summary>
    public string? Output { get; init; }

    public string? Agency { get; init; }

    public int? Year { get; init; }

    /// <summary>Last year's report (already read and found free of errors), and its file as the clerk named it.</summary>
    public AnnualReport? LastYear { get; init; }

    public string? LastYearFile { get; init; }

    /// <summary>The current year, from the caller's clock: the default report year is the one before.</summary>
    public required int ThisYear { get; init; }

    public const string StandardOutput = "-";
}

/// <summary>A template <c>init</c> can write, when <see cref="InitPlan.Create"/> accepts the request.</summary>
public sealed class InitRefusedException(string message) : Exception(message);

/// <summary>
/// The rules of <c>init</c>: which year (the year before this one, or the one after --from's), which years the
/// 2021 format allows, the agency, the file name, and a template that the real reader accepts apart from the
/// blanks the clerk must fill.
/// </summary>
public sealed record InitPlan(int Year, string Agency, string Target, string Text)
{
    public bool ToStandardOutput => Target == InitRequest.StandardOutput;

    public static InitPlan Create(InitRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var last = request.LastYear;
        var year = request.Year ?? (last is null ? request.ThisYear - 1 : last.Year + 1);
        if (last is not null && year != last.Year + 1)
        {
            throw new InitRefusedException(
                $"--from 的文件 {request.LastYearFile} 是 {ChineseText.Figure(last.Year)} 年度的，不是 {ChineseText.Figure(year)} 年度的上一年度：上年结转和现行有效件数只能从上一年度带入。请去掉 --year，或换成 {ChineseText.Figure(year - 1)} 年度的文件。");
        }

        if (year < FormatCatalog.FirstYear || year > request.ThisYear)
        {
            throw new InitRefusedException(
                $"--year {ChineseText.Figure(year)} 不可用：{FormatCatalog.NoticeNumber}格式用于 {ChineseText.Figure(FormatCatalog.FirstYear)} 年度至今年（{ChineseText.Figure(request.ThisYear)} 年）的报告。");
        }

        var agency = (request.Agency ?? last?.Agency ?? "").Trim();
        var target = request.Output ?? ChineseText.Figure(year) + ".yaml";
        var text = InputTemplate.Create(new InputTemplateOptions
        {
            Year = year,
            Agency = agency,
            LastYear = last,
            FileName = target == InitRequest.StandardOutput ? null : target,
        });
        EnsureReadable(text, target);
        return new InitPlan(year, agency, target, text);
    }

    /// <summary>
    /// The template goes through the real reader before it is written: only the blanks the clerk must fill
    /// (the missing-key rule) may be reported. Anything else is a bad agency name (the reader's message says why).
    /// </summary>
    private static void EnsureReadable(string text, string target)
    {
        var read = ReportReader.Read(target, Encoding.UTF8.GetBytes(text));
        var problems = read.Diagnostics.Where(d => d.IsError && d.RuleId != RuleCatalog.MissingKey.Id).ToList();
        if (read.Report is null || problems.Count > 0)
        {
            throw new InitRefusedException("无法生成模板：" + string.Join("；", problems.Select(p => p.Message)));
        }
    }
}
