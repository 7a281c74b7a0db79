using System.Globalization;
using ReportGen.Core.Format;
using ReportGen.Core.Model;
using ReportGen.Core.Validation;

namespace ReportGen.Core.Summary;

/// <summary>One agency's report among those added up, with the file it came from.</summary>
public sealed record SummarizedAgency(string File, AnnualReport Report)
{
    public string Agency => Report.Agency;

    public decimal Value(SummaryCell cell) => cell.Read(Report);
}

/// <summary>The inputs cannot be added up together (different years, one agency twice): exit code 2.</summary>
public sealed class SummaryRefusedException(string message) : Exception(message);

/// <summary>
/// 汇总: the three tables of several agencies of one year added up into jurisdiction totals, each total
/// traceable to the agencies' own figures.
/// </summary>
public sealed class JurisdictionSummary
{
    private JurisdictionSummary(int year, IReadOnlyList<SummarizedAgency> agencies, AnnualReport totals, IReadOnlyList<CopiedParagraph> copied)
    {
        Year = year;
        Agencies = agencies;
        Totals = totals;
        CopiedParagraphs = copied;
    }

    /// <summary>
    /// The paragraphs of one agency (nearly) the same as another's (RG113), ordered by agency pair, so that the
    /// office sees who copied from whom.
    /// </summary>
    public IReadOnlyList<CopiedParagraph> CopiedParagraphs { get; }

    public int Year { get; }

    /// <summary>The agencies in input order.</summary>
    public IReadOnlyList<SummarizedAgency> Agencies { get; }

    /// <summary>The three tables added up, as a report without prose, so totals read like any report's cells.</summary>
    public AnnualReport Totals { get; }

    public decimal Total(SummaryCell cell) => cell.Read(Totals);

    /// <summary>
    /// Adds up valid reports. Throws <see cref="SummaryRefusedException"/> when they are of different years
    /// or one agency appears twice, naming the files.
    /// </summary>
    public static JurisdictionSummary Create(IReadOnlyList<SummarizedAgency> agencies, IReadOnlyList<CopiedParagraph>? copied = null)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        if (agencies.Count == 0)
        {
            throw new SummaryRefusedException("没有可汇总的报告。");
        }

        var years = agencies.GroupBy(a => a.Report.Year).OrderByDescending(g => g.Key).ToList();
        if (years.Count > 1)
        {
            var listed = years.Select(g => $"{g.Key.ToString(CultureInfo.InvariantCulture)} 年：{Files(g)}");
            throw new SummaryRefusedException($"输入的报告年度不一致，无法汇总（{string.Join("；", listed)}）。请只汇总同一年度的报告。");
        }

        var duplicates = agencies.GroupBy(a => AnnualReport.KeyOf(a.Agency), StringComparer.Ordinal).Where(g => g.Count() > 1).ToList();
        if (duplicates.Count > 0)
        {
            var listed = duplicates.Select(g => $"{g.First().Agency}（{Files(g)}）");
            throw new SummaryRefusedException($"同一机关出现了不止一次，无法汇总：{string.Join("；", listed)}。每个机关只能有一份报告，请去掉重复的文件。");
        }

        var pairs = (copied ?? [])
            .OrderBy(c => c.Report.Report.Agency, StringComparer.Ordinal)
            .ThenBy(c => c.Other.Report.Agency, StringComparer.Ordinal)
            .ThenBy(c => c.Report.Input)
            .ToList();
        return new JurisdictionSummary(years[0].Key, agencies, AddUp(agencies.Select(a => a.Report).ToList()), pairs);
    }

    private static string Files(IEnumerable<SummarizedAgency> agencies) => string.Join("、", agencies.Select(a => a.File));

    private static AnnualReport AddUp(List<AnnualReport> reports)
    {
        var proactive = FormatCatalog.ProactiveTable;
        var requests = FormatCatalog.RequestTable;
        var reviews = FormatCatalog.ReviewTable;
        var totals = new AnnualReport { Year = reports[0].Year };

        foreach (var item in proactive.Items)
        {
            switch (item.Kind)
            {
                case ProactiveValueKind.DocumentCounts:
                    totals.Proactive.SetDocuments(item, new DocumentCounts(
                        reports.Sum(r => r.Proactive.Documents(item).Issued),
                        reports.Sum(r => r.Proactive.Documents(item).Repealed),
                        reports.Sum(r => r.Proactive.Documents(item).InForce)));
                    break;
                case ProactiveValueKind.DecisionCount:
                    totals.Proactive.SetDecisions(item, reports.Sum(r => r.Proactive.Decisions(item)));
                    break;
                default:
                    var fee = reports.Sum(r => r.Proactive.Fee(item).Value);
                    totals.Proactive.SetFee(item, new FeeAmount(fee, SummaryCell.Format(fee)));
                    break;
            }
        }

        // The （七）总计 row is left to be computed from the outcome rows, as in an input that omits it.
        foreach (var row in requests.Rows.Where(r => r.Role != RequestRowRole.Total))
        {
            foreach (var applicant in requests.Applicants)
            {
                totals.Requests.Set(row.Index, applicant.Index, reports.Sum(r => r.Requests.Value(row, applicant)));
            }
        }

        foreach (var row in reviews.Rows)
        {
            foreach (var outcome in reviews.Outcomes)
            {
                totals.Reviews.Set(row.Index, outcome.Index, reports.Sum(r => r.Reviews.Value(row, outcome)));
            }
        }

        return totals;
    }
}
