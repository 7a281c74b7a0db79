using System.Globalization;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Format;
using ReportGen.Core.Model;

namespace ReportGen.Core.Validation;

/// <summary>The arithmetic the format implies inside one report: RG010–RG013.</summary>
public sealed class ArithmeticRules : ReportRules
{
    private static readonly RequestTableSpec Requests = FormatCatalog.RequestTable;
    private static readonly ReviewTableSpec Reviews = FormatCatalog.ReviewTable;

    public ArithmeticRules()
    {
        AddRule((s, found) =>
        {
            if (s.Current.IsCheckable(FormatCatalog.Requests.Key))
            {
                ApplicantTotals(s.Report.Requests, found);
                OutcomeTotals(s.Report.Requests, found);
                Balance(s.Report.Requests, found);
            }
        });
        AddRule((s, found) =>
        {
            if (s.Current.IsCheckable(FormatCatalog.Reviews.Key))
            {
                ReviewTotals(s.Report.Reviews, found);
            }
        });
    }

    /// <summary>RG012: a given 总计 column equals the sum of the six applicant columns.</summary>
    private static void ApplicantTotals(RequestTable table, FindingSink found)
    {
        foreach (var row in Requests.Rows)
        {
            if (table.GivenRowTotals[row.Index] is not { } given)
            {
                continue;
            }

            var parts = Requests.Applicants.Select(c => table.Value(row.Index, c.Index)).ToList();
            var sum = parts.Sum();
            if (given != sum)
            {
                found.Add(RuleCatalog.ApplicantTotal, $"{row.YamlPath}[{RequestTableSpec.ApplicantCount}]",
                    $"“{row.FullLabel}”的总计填的是 {ChineseText.Figure(given)}，但六类申请人之和 {string.Join(" + ", parts.Select(ChineseText.Figure))} = {ChineseText.Figure(sum)}，{Difference(given, sum)}。请改正总计或各列数字（总计也可以不填，由工具计算）。",
                    ChineseText.Figure(sum), ChineseText.Figure(given));
            }
        }
    }

    /// <summary>RG011: a given （七）总计 equals the sum of the outcome rows, per column.</summary>
    private static void OutcomeTotals(RequestTable table, FindingSink found)
    {
        if (!table.TotalRowGiven)
        {
            return;
        }

        foreach (var column in Requests.Applicants)
        {
            var given = table.Entered(Requests.Total.Index, column.Index);
            var sum = table.OutcomeSum(column.Index);
            if (given != sum)
            {
                found.Add(RuleCatalog.OutcomeTotal, $"{Requests.Total.YamlPath}[{column.Index}]",
                    $"“{Requests.Total.Label}·{column.Label}”填的是 {ChineseText.Figure(given)}，但（一）至（六）各项办理结果之和是 {ChineseText.Figure(sum)}，{Difference(given, sum)}。请核对“{column.Label}”列的各项办理结果（{Requests.Total.Label}也可以不填，由工具计算）。",
                    ChineseText.Figure(sum), ChineseText.Figure(given));
            }
        }
    }

    /// <summary>RG010: 本年新收 + 上年结转 = （七）总计 + 结转下年度继续办理, in each applicant column.</summary>
    private static void Balance(RequestTable table, FindingSink found)
    {
        foreach (var column in Requests.Applicants)
        {
            var received = table.Value(Requests.Received.Index, column.Index);
            var carriedOver = table.Value(Requests.CarriedOver.Index, column.Index);
            var total = table.Value(Requests.Total.Index, column.Index);
            var carriedForward = table.Value(Requests.CarriedForward.Index, column.Index);
            var left = received + carriedOver;
            var right = total + carriedForward;
            if (left != right)
            {
                found.Add(RuleCatalog.Balance, $"{Requests.CarriedForward.YamlPath}[{column.Index}]",
                    $"“{column.Label}”列勾稽关系不成立：{Requests.Received.ShortLabel} {ChineseText.Figure(received)} + {Requests.CarriedOver.ShortLabel} {ChineseText.Figure(carriedOver)} = {ChineseText.Figure(left)}，" +
                    $"而{Requests.Total.Label} {ChineseText.Figure(total)} + {Requests.CarriedForward.Label} {ChineseText.Figure(carriedForward)} = {ChineseText.Figure(right)}，{Difference(right, left)}。" +
                    "每件申请要么已办结（计入某项办理结果），要么结转下年度：请核对这一列的数字。",
                    ChineseText.Figure(left), ChineseText.Figure(right));
            }
        }
    }

    /// <summary>RG013: table 四's 总计 equals its four outcomes, for 复议 and both kinds of 诉讼.</summary>
    private static void ReviewTotals(ReviewTable table, FindingSink found)
    {
        foreach (var row in Reviews.Rows)
        {
            if (table.GivenTotals[row.Index] is not { } given)
            {
                continue;
            }

            var sum = table.Value(row.Index, Reviews.TotalColumn.Index);
            if (given != sum)
            {
                var parts = string.Join(" + ", Reviews.Outcomes.Select(c => $"{c.Label} {ChineseText.Figure(table.Value(row.Index, c.Index))}"));
                found.Add(RuleCatalog.ReviewTotal, $"{row.YamlPath}[{ReviewTableSpec.OutcomeCount}]",
                    $"“{row.FullLabel}·总计”填的是 {ChineseText.Figure(given)}，但 {parts} = {ChineseText.Figure(sum)}，{Difference(given, sum)}。请改正（总计也可以不填，由工具计算）。",
                    ChineseText.Figure(sum), ChineseText.Figure(given));
            }
        }
    }


    /// <summary>"多 3" / "少 3": how the written figure differs from the right one.</summary>
    internal static string Difference(long actual, long expected) =>
        actual > expected ? $"多了 {ChineseText.Figure(actual - expected)}" : $"少了 {ChineseText.Figure(expected - actual)}";
}
