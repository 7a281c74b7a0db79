using System.Globalization;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Format;
using ReportGen.Core.Model;

namespace ReportGen.Core.Validation;

/// <summary>
/// Rules between this year's report and last year's of the same agency: RG014, RG102, RG104, RG111. They run
/// only when last year's file is known and really of the year before (see <see cref="ValidationSubject.Previous"/>).
/// </summary>
public sealed class CrossYearRules : ReportRules
{
    private static readonly RequestTableSpec Requests = FormatCatalog.RequestTable;
    private static readonly ReviewTableSpec Reviews = FormatCatalog.ReviewTable;
    private static readonly ProactiveTableSpec Proactive = FormatCatalog.ProactiveTable;

    /// <summary>RG104 fires when at least this share of this year's prose was there last year.</summary>
    public const double CopiedShare = 0.8;

    /// <summary>Shorter paragraphs ("无。", "详见下表。") say nothing about copying.</summary>
    private const int SubstantiveParagraph = 20;

    /// <summary>Below this much prose in all, a share means little.</summary>
    private const int SubstantiveProse = 60;

    public CrossYearRules()
    {
        AddRule((s, found) =>
        {
            if (s.Previous is { } previous && s.BothSound(FormatCatalog.Requests.Key))
            {
                CarryOver(s.Report, previous, found);
            }
        });
        AddRule((s, found) =>
        {
            if (s.Previous is { } previous && s.BothSound(FormatCatalog.Proactive.Key))
            {
                InForceRollForward(s.Report, previous, found);
            }
        });
        AddRule((s, found) =>
        {
            if (s.Previous is { } previous)
            {
                CopiedProse(s.Report, previous, found);
            }
        });
        AddRule((s, found) =>
        {
            if (s.Previous is { } previous && s.BothSound(FormatCatalog.Proactive.Key) && s.BothSound(FormatCatalog.Requests.Key) && s.BothSound(FormatCatalog.Reviews.Key))
            {
                CopiedNumbers(s, previous, found);
            }
        });
    }

    /// <summary>RG014: 上年结转 equals last year's 结转下年度继续办理, per column.</summary>
    private static void CarryOver(AnnualReport report, AnnualReport previous, FindingSink found)
    {
        foreach (var column in Requests.Applicants)
        {
            var last = previous.Requests.Value(Requests.CarriedForward.Index, column.Index);
            var now = report.Requests.Value(Requests.CarriedOver.Index, column.Index);
            if (last != now)
            {
                found.Add(RuleCatalog.CarryOverMismatch, $"{Requests.CarriedOver.YamlPath}[{column.Index}]",
                    $"“{Requests.CarriedOver.ShortLabel}·{column.Label}”填的是 {ChineseText.Figure(now)}，但 {previous.Year} 年度报告的“{Requests.CarriedForward.Label}·{column.Label}”是 {ChineseText.Figure(last)}，{ArithmeticRules.Difference(now, last)}。上年结转必须等于上年度报告的结转数。",
                    ChineseText.Figure(last), ChineseText.Figure(now));
            }
        }
    }

    /// <summary>RG102: 现行有效 = last year's 现行有效 + 本年制发 − 本年废止, for 规章 and 行政规范性文件.</summary>
    private static void InForceRollForward(AnnualReport report, AnnualReport previous, FindingSink found)
    {
        foreach (var item in Proactive.Items.Where(i => i.Kind == ProactiveValueKind.DocumentCounts))
        {
            var last = previous.Proactive.Documents(item).InForce;
            var now = report.Proactive.Documents(item);
            var expected = last + now.Issued - now.Repealed;
            if (expected != now.InForce)
            {
                found.Add(RuleCatalog.InForceRollForward, $"{item.YamlPath}.{Proactive.InForce.Key}",
                    $"“{item.Label}·{Proactive.InForce.Label}”填的是 {ChineseText.Figure(now.InForce)}，但 {previous.Year} 年度报告的{Proactive.InForce.Label} {ChineseText.Figure(last)} + " +
                    $"{Proactive.Issued.Label} {ChineseText.Figure(now.Issued)} − {Proactive.Repealed.Label} {ChineseText.Figure(now.Repealed)} = {ChineseText.Figure(expected)}，{ArithmeticRules.Difference(now.InForce, expected)}。" +
                    "请核对这三个数；若有文件因有效期届满而失效，应计入本年废止件数或在正文中说明。",
                    ChineseText.Figure(expected), ChineseText.Figure(now.InForce));
            }
        }
    }

    /// <summary>RG104: most of this year's 总体情况 and 存在的主要问题 was there, word for word, last year.</summary>
    private static void CopiedProse(AnnualReport report, AnnualReport previous, FindingSink found)
    {
        var earlier = ProseParagraphs.Body(previous)
            .Select(p => ProseSimilarity.Normalize(p.Text))
            .Where(t => t.Length > 0)
            .Select(t => (Text: t, Pairs: ProseSimilarity.Pairs(t)))
            .ToList();
        if (earlier.Count == 0)
        {
            return;
        }

        var earlierTexts = earlier.Select(e => e.Text).ToHashSet(StringComparer.Ordinal);
        var paragraphs = ProseParagraphs.Of(report, FormatCatalog.Overview).Concat(ProseParagraphs.Of(report, FormatCatalog.Problems))
            .Select(p => (Paragraph: p, Text: ProseSimilarity.Normalize(p.Text)))
            .Where(p => p.Text.Length >= SubstantiveParagraph)
            .Select(p => (p.Paragraph, p.Text, Pairs: ProseSimilarity.Pairs(p.Text)))
            .ToList();
        var total = paragraphs.Sum(p => p.Text.Length);
        if (total < SubstantiveProse)
        {
            return;
        }

        var copied = paragraphs.Where(p => earlierTexts.Contains(p.Text)
            || earlier.Exists(e => ProseSimilarity.Dice(p.Pairs, e.Pairs) >= ProseSimilarity.NearlyIdentical)).ToList();
        var share = (double)copied.Sum(p => p.Text.Length) / total;
        if (share < CopiedShare)
        {
            return;
        }

        var percent = ((int)Math.Floor(share * 100)).ToString(CultureInfo.InvariantCulture) + "%";
        var first = copied[0].Paragraph;
        var excerpt = first.Text.Length > 24 ? first.Text[..24] + "……" : first.Text;
        found.Add(RuleCatalog.CopiedProse, first.Path,
            $"“{FormatCatalog.Overview.Heading}”和“{FormatCatalog.Problems.Heading}”的文字有 {percent}（按字数，不计数字和年份）与 {previous.Year} 年度报告相同或几乎相同，" +
            $"从这一段（“{excerpt}”）开始。内容雷同的年度报告会被通报问责（条例第四十七条）：请按本年度的实际工作重写。",
            $"< {(int)(CopiedShare * 100)}%", percent);
    }

    /// <summary>RG111: every figure of the three tables as last year, and not merely "nothing happened" twice.</summary>
    private static void CopiedNumbers(ValidationSubject s, AnnualReport previous, FindingSink found)
    {
        var now = Figures(s.Report).ToList();
        var last = Figures(previous).ToList();
        if (!now.Select(f => f.Value).SequenceEqual(last.Select(f => f.Value)))
        {
            return;
        }

        // Only figures of the year's own activity count as evidence: 现行有效件数 and 上年结转 carry over by nature.
        var activity = now.Count(f => f.IsYearly && f.Value != 0);
        if (activity == 0)
        {
            return;
        }

        var tableKeys = new[] { FormatCatalog.Proactive, FormatCatalog.Requests, FormatCatalog.Reviews };
        var at = tableKeys.FirstOrDefault(t => s.Current.Map.Contains(t.Key)) ?? FormatCatalog.Proactive;
        found.AddAtKey(RuleCatalog.CopiedNumbers, at.Key,
            $"“{FormatCatalog.Proactive.Heading}”“{FormatCatalog.Requests.Heading}”“{FormatCatalog.Reviews.Heading}”三张表的全部 {now.Count} 个数字与 {previous.Year} 年度报告完全相同" +
            $"（其中本年发生的数字有 {activity} 个不为 0）：像是照抄了上年度的报告。请按本年度的实际情况填写。",
            "与上年度不同", "完全相同");
    }

    /// <summary>Every figure of the three tables, marked whether it counts what happened in the year.</summary>
    private static IEnumerable<(decimal Value, bool IsYearly)> Figures(AnnualReport report)
    {
        foreach (var item in Proactive.Items)
        {
            switch (item.Kind)
            {
                case ProactiveValueKind.DocumentCounts:
                    var counts = report.Proactive.Documents(item);
                    yield return (counts.Issued, true);
                    yield return (counts.Repealed, true);
                    yield return (counts.InForce, false);
                    break;
                case ProactiveValueKind.DecisionCount:
                    yield return (report.Proactive.Decisions(item), true);
                    break;
                default:
                    yield return (report.Proactive.Fees.Value, true);
                    break;
            }
        }

        foreach (var row in Requests.Rows)
        {
            foreach (var column in Requests.Applicants)
            {
                yield return (report.Requests.Value(row, column), row != Requests.CarriedOver);
            }
        }

        foreach (var row in Reviews.Rows)
        {
            foreach (var column in Reviews.Outcomes)
            {
                yield return (report.Reviews.Value(row, column), true);
            }
        }
    }

}
