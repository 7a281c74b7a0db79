using System.Globalization;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Format;
using ReportGen.Core.Model;

namespace ReportGen.Core.Validation;

/// <summary>Rules about the report's facts as a whole: RG015, and the warnings RG101, RG107, RG109.</summary>
public sealed class PlausibilityRules : ReportRules
{
    private static readonly ProactiveTableSpec Proactive = FormatCatalog.ProactiveTable;

    public PlausibilityRules()
    {
        AddRule((s, found) =>
        {
            var year = s.Report.Year;
            if (!s.Current.IsCheckable("year"))
            {
                return;
            }

            if (year < FormatCatalog.FirstYear)
            {
                found.Add(RuleCatalog.YearOutOfRange, "year",
                    $"报告年度 {year} 早于 {FormatCatalog.FirstYear} 年：{FormatCatalog.NoticeNumber}格式从 2021 年度报告起使用，更早的年度不能用此格式。",
                    $"≥ {FormatCatalog.FirstYear}", ChineseText.Figure(year));
            }
            else if (year > s.Today.Year)
            {
                found.Add(RuleCatalog.YearOutOfRange, "year",
                    $"报告年度 {year} 晚于今年（{s.Today.Year} 年）：年度报告是对已过去年份的总结，请核对年度。",
                    $"≤ {s.Today.Year}", ChineseText.Figure(year));
            }
        });
        AddRule((s, found) =>
        {
            if (s.Current.IsCheckable(FormatCatalog.Proactive.Key))
            {
                RegulationsByWrongBody(s.Report, found);
                FeeInYuan(s.Report, found);
            }
        });
        AddRule((s, found) =>
        {
            // A year out of range is RG015's finding; its deadline may not even be a date (year 9999 + 1).
            if (s.Current.IsCheckable("year") && s.Report.Year >= FormatCatalog.FirstYear && s.Report.Year <= s.Today.Year)
            {
                LatePublication(s.Report, found);
            }
        });
    }

    /// <summary>RG101: only 国务院部门 and the governments of provinces and of 设区的市/自治州 make 规章 (立法法).</summary>
    private static void RegulationsByWrongBody(AnnualReport report, FindingSink found)
    {
        var counts = report.Proactive.Regulations;
        var columns = Proactive.DocumentColumns.Select((c, i) => (Column: c, Value: counts[i])).Where(x => x.Value != 0).ToList();
        if (columns.Count == 0 || !CannotMakeRegulations(report.AgencyType, report.AdminLevel))
        {
            return;
        }

        var body = BodyName(report);
        var cells = string.Join("、", columns.Select(x => $"{x.Column.Label} {ChineseText.Figure(x.Value)}"));
        found.Add(RuleCatalog.RegulationsByWrongBody, $"{Proactive.Regulations.YamlPath}.{columns[0].Column.Key}",
            $"本机关是{body}，却在“{Proactive.Regulations.Label}”一行填了数字（{cells}）：只有国务院部门和省、自治区、直辖市、设区的市、自治州的人民政府才能制定规章。" +
            $"{body}制发的是行政规范性文件，请填在“{Proactive.NormativeDocuments.Label}”一行；如果是 agency_type 或 admin_level 填错了，请改正它们。",
            "0", ChineseText.Figure(columns[0].Value));
    }

    private static bool CannotMakeRegulations(AgencyType? type, AdminLevel? level) => (type, level) switch
    {
        (_, AdminLevel.County or AdminLevel.Township) => true,
        (AgencyType.Department, AdminLevel.Provincial or AdminLevel.Municipal) => true,
        _ => false,
    };

    /// <summary>
    /// RG107: a fee entered in 元 is 10 000 times too large, so it lands far above what any body of its level
    /// collects in a year in 万元: a township 1 亿元 (10 000 万元), a county body 10 亿元, a city's 100 亿元, a
    /// province's 1 000 亿元, a national body's 1 万亿元; without a level, the city's line. Real 万元 amounts of
    /// county governments and bureaus reach tens of thousands of 万元 with two decimals (9 116.36, 18 651.06), so
    /// neither the decimals nor an ordinary size are evidence: only the magnitude is. A small fee typed in 元
    /// (a county bureau's 23 456 元) stays below the line and is not caught — a missed warning costs less than
    /// a wrong one.
    /// </summary>
    private static void FeeInYuan(AnnualReport report, FindingSink found)
    {
        var fee = report.Proactive.Fees;
        if (fee.Value < ImplausibleFee(report.AdminLevel))
        {
            return;
        }

        var inWan = Math.Round(fee.Value / 10_000m, 6).ToString("0.######", CultureInfo.InvariantCulture);
        var label = $"{Proactive.Fees.Label}·{Proactive.Clauses.Single(c => c.Items.Contains(Proactive.Fees)).ValueHeader}";
        var inYi = (fee.Value / 10_000m).ToString("0.####", CultureInfo.InvariantCulture);
        found.Add(RuleCatalog.FeeInYuan, Proactive.Fees.YamlPath,
            $"“{label}”填的是 {fee.Text}，即 {inYi} 亿元，对{BodyName(report)}而言大得不像一年的收费。这一栏的单位是万元：如果实际收费 {fee.Text} 元，应填 {inWan}。如果确实是 {fee.Text} 万元，可以忽略此警告。",
            inWan, fee.Text);
    }

    /// <summary>The 万元 amount from which a year's fees are implausible for a body of this level (RG107).</summary>
    internal static decimal ImplausibleFee(AdminLevel? level) => level switch
    {
        AdminLevel.Township => 10_000m,
        AdminLevel.County => 100_000m,
        AdminLevel.Provincial => 10_000_000m,
        AdminLevel.National => 100_000_000m,
        _ => 1_000_000m,
    };

    /// <summary>RG109: published after the statutory deadline, or before the year it reports on had ended.</summary>
    private static void LatePublication(AnnualReport report, FindingSink found)
    {
        if (report.PublishDate is not { } date)
        {
            return;
        }

        var government = report.AgencyType == AgencyType.Government;
        var deadline = FormatCatalog.PublicationDeadline(report.Year, government);
        var yearEnd = new DateOnly(report.Year, 12, 31);
        if (date > deadline)
        {
            var who = government ? "县级以上地方人民政府的年度报告" : "县级以上人民政府部门";
            var assumed = report.AgencyType is null ? "（未填 agency_type，按部门的期限检查；人民政府请填 agency_type: government）" : "";
            found.Add(RuleCatalog.LatePublication, "publish_date",
                $"发布日期 {Chinese(date)} 晚于法定期限 {Chinese(deadline)}：按条例第四十九条，{who}应在每年 {deadline.Month} 月 {deadline.Day} 日前公布上一年度的年度报告{assumed}。请核对日期。",
                "≤ " + Iso(deadline), Iso(date));
        }
        else if (date <= yearEnd)
        {
            found.Add(RuleCatalog.LatePublication, "publish_date",
                $"发布日期 {Chinese(date)} 早于统计期限的结束（{Chinese(yearEnd)}）：{report.Year} 年度报告只能在该年结束后发布。请核对发布日期或报告年度。",
                "> " + Iso(yearEnd), Iso(date));
        }
    }

    private static string BodyName(AnnualReport report)
    {
        var level = InputFields.AdminLevels.FirstOrDefault(c => c.Value.Equals(report.AdminLevel?.ToString(), StringComparison.OrdinalIgnoreCase))?.Label ?? "";
        var type = InputFields.AgencyTypes.FirstOrDefault(c => c.Value.Equals(report.AgencyType?.ToString(), StringComparison.OrdinalIgnoreCase))?.Label ?? "机关";
        return level + type;
    }

    private static string Chinese(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
