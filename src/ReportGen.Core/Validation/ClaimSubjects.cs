using ReportGen.Core.Format;
using ReportGen.Core.Model;

namespace ReportGen.Core.Validation;

/// <summary>Which table (or part of one) a figure in the prose speaks of.</summary>
public enum ClaimDomain
{
    /// <summary>Table 三: requests.</summary>
    Requests,
    /// <summary>Table 四: 行政复议.</summary>
    Reviews,
    /// <summary>Table 四: 行政诉讼 (both kinds).</summary>
    Litigation,
    /// <summary>Table 二: documents and decisions.</summary>
    Proactive,
}

/// <summary>
/// A figure the prose can state and the table cell (or sum of cells) it must equal. <see cref="IsDomainLevel"/>
/// marks the figures that say whether anything happened at all (requests received, reviews, lawsuits).
/// </summary>
public sealed class ClaimSubject
{
    public required string Key { get; init; }

    /// <summary>The cell as the report labels it, e.g. “一、本年新收政府信息公开申请数量·总计”.</summary>
    public required string CellLabel { get; init; }

    public required ClaimDomain Domain { get; init; }

    public required Func<AnnualReport, long> TableValue { get; init; }

    public bool IsDomainLevel { get; init; }

    /// <summary>The section key whose soundness the comparison needs.</summary>
    public string Part => Domain switch
    {
        ClaimDomain.Requests => FormatCatalog.Requests.Key,
        ClaimDomain.Proactive => FormatCatalog.Proactive.Key,
        _ => FormatCatalog.Reviews.Key,
    };

    public override string ToString() => Key;
}

/// <summary>Every figure the claim extractor knows, each mapped to its cells through the format catalog.</summary>
public static class ClaimSubjects
{
    private static readonly RequestTableSpec Requests = FormatCatalog.RequestTable;
    private static readonly ReviewTableSpec Reviews = FormatCatalog.ReviewTable;
    private static readonly ProactiveTableSpec Proactive = FormatCatalog.ProactiveTable;
    private const string TotalSuffix = "·总计";

    public static readonly ClaimSubject Received = RowTotal("received", Requests.Received, domainLevel: true);
    public static readonly ClaimSubject CarriedOver = RowTotal("carried_over", Requests.CarriedOver);
    public static readonly ClaimSubject CarriedForward = RowTotal("carried_forward", Requests.CarriedForward);
    public static readonly ClaimSubject Granted = RowTotal("granted", Requests.Row("granted"));
    public static readonly ClaimSubject PartiallyGranted = RowTotal("partially_granted", Requests.Row("partially_granted"));
    public static readonly ClaimSubject Denied = GroupTotal("denied");
    public static readonly ClaimSubject Unable = GroupTotal("unable");
    public static readonly ClaimSubject NotProcessed = GroupTotal("not_processed");
    public static readonly ClaimSubject OtherProcessing = GroupTotal("other");
    public static readonly ClaimSubject Concluded = RowTotal("concluded", Requests.Total);

    /// <summary>本年新收 from the 法人或其他组织 (the five columns after 自然人).</summary>
    public static readonly ClaimSubject ReceivedFromLegalPersons = new()
    {
        Key = "received.legal_persons",
        CellLabel = $"{Requests.Received.Label}·{RequestTableSpec.LegalPersonsHeader}（{string.Join("、", Requests.Applicants.Where(c => c.IsLegalPerson).Select(c => c.Label))}之和）",
        Domain = ClaimDomain.Requests,
        TableValue = r => Requests.Applicants.Where(c => c.IsLegalPerson).Sum(c => r.Requests.Value(Requests.Received, c)),
    };

    public static readonly ClaimSubject Review = new()
    {
        Key = "review",
        CellLabel = Reviews.Review.FullLabel + TotalSuffix,
        Domain = ClaimDomain.Reviews,
        TableValue = r => r.Reviews.Value(Reviews.Review, Reviews.TotalColumn),
        IsDomainLevel = true,
    };

    public static readonly ClaimSubject Litigation = new()
    {
        Key = "litigation",
        CellLabel = $"{Reviews.LitigationDirect.FullLabel}{TotalSuffix} + {Reviews.LitigationAfterReview.FullLabel}{TotalSuffix}",
        Domain = ClaimDomain.Litigation,
        TableValue = r => r.Reviews.Value(Reviews.LitigationDirect, Reviews.TotalColumn) + r.Reviews.Value(Reviews.LitigationAfterReview, Reviews.TotalColumn),
        IsDomainLevel = true,
    };

    public static readonly ClaimSubject RegulationsIssued = Documents(Proactive.Regulations, Proactive.Issued);
    public static readonly ClaimSubject RegulationsRepealed = Documents(Proactive.Regulations, Proactive.Repealed);
    public static readonly ClaimSubject RegulationsInForce = Documents(Proactive.Regulations, Proactive.InForce);
    public static readonly ClaimSubject NormativeIssued = Documents(Proactive.NormativeDocuments, Proactive.Issued);
    public static readonly ClaimSubject NormativeRepealed = Documents(Proactive.NormativeDocuments, Proactive.Repealed);
    public static readonly ClaimSubject NormativeInForce = Documents(Proactive.NormativeDocuments, Proactive.InForce);
    public static readonly ClaimSubject Licensing = Decisions(Proactive.Licensing);
    public static readonly ClaimSubject Penalty = Decisions(Proactive.Penalty);
    public static readonly ClaimSubject Coercion = Decisions(Proactive.Coercion);

    /// <summary>本年新收 from one kind of applicant.</summary>
    public static ClaimSubject ReceivedFrom(ApplicantColumn column) => new()
    {
        Key = "received." + column.Key,
        CellLabel = Requests.Received.Label + "·" + column.Label,
        Domain = ClaimDomain.Requests,
        TableValue = r => r.Requests.Value(Requests.Received, column),
    };

    /// <summary>Whether every cell of the domain's table part is zero.</summary>
    public static bool IsAllZero(AnnualReport report, ClaimDomain domain) => domain switch
    {
        ClaimDomain.Requests => Requests.Rows.All(row => Requests.Applicants.All(c => report.Requests.Value(row, c) == 0)),
        ClaimDomain.Reviews => Review.TableValue(report) == 0,
        ClaimDomain.Litigation => Litigation.TableValue(report) == 0,
        _ => false,
    };

    /// <summary>What the domain's table part is called in a message.</summary>
    public static string DomainLabel(ClaimDomain domain) => domain switch
    {
        ClaimDomain.Requests => FormatCatalog.Requests.Heading,
        ClaimDomain.Reviews => FormatCatalog.Reviews.Heading + "·" + Reviews.Review.Label,
        ClaimDomain.Litigation => FormatCatalog.Reviews.Heading + "·" + ReviewTableSpec.LitigationHeader,
        _ => FormatCatalog.Proactive.Heading,
    };

    private static ClaimSubject RowTotal(string key, RequestRow row, bool domainLevel = false) => new()
    {
        Key = key,
        CellLabel = row.FullLabel + TotalSuffix,
        Domain = ClaimDomain.Requests,
        TableValue = r => r.Requests.Value(row, Requests.TotalColumn),
        IsDomainLevel = domainLevel,
    };

    private static ClaimSubject GroupTotal(string groupKey)
    {
        var group = Requests.Groups.Single(g => g.Key == groupKey);
        var rows = Requests.Rows.Where(r => r.Group == group).ToList();
        return new ClaimSubject
        {
            Key = groupKey,
            CellLabel = $"{RequestTableSpec.OutcomesLabel}·{group.Label}（{rows.Count} 项之和）{TotalSuffix}",
            Domain = ClaimDomain.Requests,
            TableValue = r => rows.Sum(row => r.Requests.Value(row, Requests.TotalColumn)),
        };
    }

    private static ClaimSubject Documents(ProactiveItem item, ProactiveColumn column) => new()
    {
        Key = item.Key + "." + column.Key,
        CellLabel = item.Label + "·" + column.Label,
        Domain = ClaimDomain.Proactive,
        TableValue = r => r.Proactive.Documents(item)[Proactive.DocumentColumns.ToList().IndexOf(column)],
    };

    private static ClaimSubject Decisions(ProactiveItem item) => new()
    {
        Key = item.Key,
        CellLabel = item.Label + "·" + Proactive.Clauses.Single(c => c.Items.Contains(item)).ValueHeader,
        Domain = ClaimDomain.Proactive,
        TableValue = r => r.Proactive.Decisions(item),
    };
}
