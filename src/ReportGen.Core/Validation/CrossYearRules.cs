using ReportGen.Core.Diagnostics;
using ReportGen.Core.Format;

namespace ReportGen.Core.Validation;

/// <summary>Rules between this year's report and last year's of the same agency: RG014, RG102, RG104, RG111.</summary>
public sealed class CrossYearRules : ReportRules
{
    private static readonly RequestTableSpec Requests = FormatCatalog.RequestTable;

    public CrossYearRules()
    {
        Check((s, found) =>
        {
            if (s.Previous is not { } previous || !s.Current.IsSound(FormatCatalog.Requests.Key))
            {
                return;
            }

            foreach (var column in Requests.Applicants)
            {
                var last = previous.Requests.Value(Requests.CarriedForward.Index, column.Index);
                var now = s.Report.Requests.Value(Requests.CarriedOver.Index, column.Index);
                if (last != now)
                {
                    found.Add(RuleCatalog.CarryOverMismatch, $"{Requests.CarriedOver.YamlPath}[{column.Index}]",
                        $"“二、上年结转·{column.Label}”填的是 {ArithmeticRules.N(now)}，但 {previous.Year} 年度报告的“四、结转下年度继续办理·{column.Label}”是 {ArithmeticRules.N(last)}，{ArithmeticRules.Difference(now, last)}。上年结转必须等于上年度报告的结转数。",
                        ArithmeticRules.N(last), ArithmeticRules.N(now));
                }
            }
        });
    }
}
