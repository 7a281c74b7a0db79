using System.Globalization;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Pipeline;
using ReportGen.Core.Reading;

namespace ReportGen.Cli.Commands;

/// <summary>
/// --previous is used only for an input of the year after it. When it is last year's for none of the
/// inputs, the cross-year checks it was given for did not run: a warning says so, naming both years, rather
/// than passing in silence. Not a refusal: every other check ran and the findings are still right.
/// </summary>
internal static class PreviousYearCheck
{
    private static readonly RuleDescriptor[] CrossYearRules =
        [RuleCatalog.CarryOverMismatch, RuleCatalog.InForceRollForward, RuleCatalog.CopiedProse, RuleCatalog.CopiedNumbers];

    /// <summary>The warning for a --previous no input used, or null.</summary>
    public static string? Unused(string? path, ReadResult? previous, IEnumerable<FileResult> results)
    {
        if (path is null || previous?.Report?.Year is not { } year)
        {
            return null;
        }

        var years = results.Select(r => r.Read?.Report?.Year).OfType<int>().Distinct().Order().ToList();
        if (years.Count == 0 || years.Contains(year + 1))
        {
            return null;
        }

        var inputs = string.Join("、", years.Select(N));
        var wanted = years.Count == 1 ? $"（{N(years[0])} 年度的上一年度是 {N(years[0] - 1)} 年度）" : "";
        return $"警告：--previous {path} 是 {N(year)} 年度的报告，不是输入（{inputs} 年度）的上一年度{wanted}，"
            + $"因此没有使用它：跨年度检查（{string.Join("、", CrossYearRules.Select(r => r.Id))}）没有进行。";
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
