using ReportGen.Core.Diagnostics;
using ReportGen.Core.Format;

namespace ReportGen.Core.Validation;

/// <summary>Rules about the report's facts as a whole: RG015 and the plausibility warnings.</summary>
public sealed class PlausibilityRules : ReportRules
{
    public PlausibilityRules()
    {
        Check((s, found) =>
        {
            var year = s.Report.Year;
            if (!s.Current.IsSound("year"))
            {
                return;
            }

            if (year < FormatCatalog.FirstYear)
            {
                found.Add(RuleCatalog.YearOutOfRange, "year",
                    $"报告年度 {year} 早于 {FormatCatalog.FirstYear} 年：{FormatCatalog.NoticeNumber}格式从 2021 年度报告起使用，更早的年度不能用此格式。",
                    $"≥ {FormatCatalog.FirstYear}", ArithmeticRules.N(year));
            }
            else if (year > s.Today.Year)
            {
                found.Add(RuleCatalog.YearOutOfRange, "year",
                    $"报告年度 {year} 晚于今年（{s.Today.Year} 年）：年度报告是对已过去年份的总结，请核对年度。",
                    $"≤ {s.Today.Year}", ArithmeticRules.N(year));
            }
        });
    }
}
