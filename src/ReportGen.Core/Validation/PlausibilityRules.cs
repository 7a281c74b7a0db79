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
            if (s.Current.IsCheckable("year"))
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
    /// RG107: a fee entered in 元 is 10 000 times too large. Two signs:
    /// <list type="bullet">
    /// <item>an amount no body of that level collects in a year. A township hardly levies fees (≥ 1 000 万元 is not
    /// real); a county body, or a city's department, rarely passes 1 亿元 (≥ 10 000 万元); a city government or a
    /// province, 10 亿元 (≥ 100 000 万元, also for an unknown level); a national body, 100 亿元. A yuan figure of
    /// ordinary size typed into the cell lands far above these lines.</item>
    /// <item>exactly two decimals (元、角、分) on an amount of at least 1 000 below the provincial level: 万元 figures
    /// are written with one to six decimals as they convert, yuan ones always with two.</item>
    /// </list>
    /// </summary>
    private static void FeeInYuan(AnnualReport report, FindingSink found)
    {
        var fee = report.Proactive.Fees;
        if (fee.Value == 0)
        {
            return;
        }

        var limit = report.AdminLevel switch
        {
            AdminLevel.Township => 1_000m,
            AdminLevel.County => 10_000m,
            AdminLevel.Municipal when report.AgencyType == AgencyType.Department => 10_000m,
            AdminLevel.National => 1_000_000m,
            _ => 100_000m,
        };
        var decimals = fee.Text.Contains('.', StringComparison.Ordinal) ? fee.Text.Length - fee.Text.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        var yuanLike = decimals == 2 && fee.Value >= 1_000m && report.AdminLevel is not (AdminLevel.National or AdminLevel.Provincial);
        if (fee.Value < limit && !yuanLike)
        {
            return;
        }

        var inWan = Math.Round(fee.Value / 10_000m, 6).ToString("0.######", CultureInfo.InvariantCulture);
        var label = $"{Proactive.Fees.Label}·{Proactive.Clauses.Single(c => c.Items.Contains(Proactive.Fees)).ValueHeader}";
        var why = fee.Value >= limit
            ? $"即 {(fee.Value / 10_000m).ToString("0.####", CultureInfo.InvariantCulture)} 亿元，对{BodyName(report)}而言大得不像一年的收费"
            : "带两位小数（元、角、分），像是以元为单位的金额";
        found.Add(RuleCatalog.FeeInYuan, Proactive.Fees.YamlPath,
            $"“{label}”填的是 {fee.Text}，{why}。这一栏的单位是万元：如果实际收费 {fee.Text} 元，应填 {inWan}。如果确实是 {fee.Text} 万元，可以忽略此警告。",
            inWan, fee.Text);
    }

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
