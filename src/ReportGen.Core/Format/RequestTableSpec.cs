namespace ReportGen.Core.Format;

/// <summary>A data column of the request table: one kind of applicant, or the 总计 column.</summary>
public sealed record ApplicantColumn(int Index, string Key, string Label, bool IsLegalPerson, bool IsTotal);

public enum RequestRowRole
{
    /// <summary>一、本年新收政府信息公开申请数量.</summary>
    Received,
    /// <summary>二、上年结转政府信息公开申请数量.</summary>
    CarriedOver,
    /// <summary>One of the outcome rows under 三、本年度办理结果.</summary>
    Outcome,
    /// <summary>（七）总计.</summary>
    Total,
    /// <summary>四、结转下年度继续办理.</summary>
    CarriedForward,
}

/// <summary>An outcome group with numbered items, e.g. （三）不予公开.</summary>
public sealed record OutcomeGroup(string Key, string Label);

/// <summary>A data row of the request table.</summary>
public sealed record RequestRow(int Index, string Key, string Label, RequestRowRole Role, OutcomeGroup? Group)
{
    /// <summary>The key path under <c>requests</c>, e.g. <c>denied.state_secret</c>.</summary>
    public string Path => Group is null ? Key : Group.Key + "." + Key;

    public string YamlPath => "requests." + Path;

    /// <summary>The label as the balance is spoken of: “一、本年新收” for “一、本年新收政府信息公开申请数量”.</summary>
    public string ShortLabel => Label.EndsWith(RequestTableSpec.CountSuffix, StringComparison.Ordinal)
        ? Label[..^RequestTableSpec.CountSuffix.Length]
        : Label;

    /// <summary>The row as a reader finds it in the report: every label from the left edge.</summary>
    public string FullLabel => Role switch
    {
        RequestRowRole.Outcome or RequestRowRole.Total when Group is null => RequestTableSpec.OutcomesLabel + "·" + Label,
        RequestRowRole.Outcome => RequestTableSpec.OutcomesLabel + "·" + Group!.Label + "·" + Label,
        _ => Label,
    };
}

/// <summary>The request table — 三、收到和处理政府信息公开申请情况: 3 label columns and 7 data columns.</summary>
public sealed class RequestTableSpec
{
    public const string CornerNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    public const string ApplicantsHeader = "申请人情况";
    public const string LegalPersonsHeader = "法人或其他组织";
    public const string OutcomesLabel = "三、本年度办理结果";

    /// <summary>What rows 一 and 二 count: “…政府信息公开申请数量”.</summary>
    public const string CountSuffix = "政府信息公开申请数量";
    public const int ApplicantCount = 6;
    public const int LabelColumns = 3;

    public required IReadOnlyList<ApplicantColumn> Columns { get; init; }
    public required IReadOnlyList<RequestRow> Rows { get; init; }
    public required IReadOnlyList<OutcomeGroup> Groups { get; init; }

    public ApplicantColumn TotalColumn => Columns[ApplicantCount];
    public IEnumerable<ApplicantColumn> Applicants => Columns.Take(ApplicantCount);

    public RequestRow Received => Rows.Single(r => r.Role == RequestRowRole.Received);
    public RequestRow CarriedOver => Rows.Single(r => r.Role == RequestRowRole.CarriedOver);
    public RequestRow Total => Rows.Single(r => r.Role == RequestRowRole.Total);
    public RequestRow CarriedForward => Rows.Single(r => r.Role == RequestRowRole.CarriedForward);
    public IEnumerable<RequestRow> Outcomes => Rows.Where(r => r.Role == RequestRowRole.Outcome);

    public RequestRow Row(string path) => Rows.Single(r => r.Path == path);

    internal static RequestTableSpec Create()
    {
        ApplicantColumn[] columns =
        [
            new(0, "natural_person", "自然人", false, false),
            new(1, "commercial", "商业企业", true, false),
            new(2, "research", "科研机构", true, false),
            new(3, "public_interest", "社会公益组织", true, false),
            new(4, "legal_service", "法律服务机构", true, false),
            new(5, "other", "其他", true, false),
            new(6, "total", "总计", false, true),
        ];
        var denied = new OutcomeGroup("denied", "（三）不予公开");
        var unable = new OutcomeGroup("unable", "（四）无法提供");
        var notProcessed = new OutcomeGroup("not_processed", "（五）不予处理");
        var other = new OutcomeGroup("other", "（六）其他处理");

        var specs = new (string Key, string Label, RequestRowRole Role, OutcomeGroup? Group)[]
        {
            ("new", "一、本年新收政府信息公开申请数量", RequestRowRole.Received, null),
            ("carried_over", "二、上年结转政府信息公开申请数量", RequestRowRole.CarriedOver, null),
            ("granted", "（一）予以公开", RequestRowRole.Outcome, null),
            ("partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", RequestRowRole.Outcome, null),
            ("state_secret", "1.属于国家秘密", RequestRowRole.Outcome, denied),
            ("prohibited_by_law", "2.其他法律行政法规禁止公开", RequestRowRole.Outcome, denied),
            ("security_stability", "3.危及“三安全一稳定”", RequestRowRole.Outcome, denied),
            ("third_party_rights", "4.保护第三方合法权益", RequestRowRole.Outcome, denied),
            ("internal_affairs", "5.属于三类内部事务信息", RequestRowRole.Outcome, denied),
            ("process_information", "6.属于四类过程性信息", RequestRowRole.Outcome, denied),
            ("enforcement_files", "7.属于行政执法案卷", RequestRowRole.Outcome, denied),
            ("administrative_query", "8.属于行政查询事项", RequestRowRole.Outcome, denied),
            ("not_held", "1.本机关不掌握相关政府信息", RequestRowRole.Outcome, unable),
            ("needs_creation", "2.没有现成信息需要另行制作", RequestRowRole.Outcome, unable),
            ("still_unclear", "3.补正后申请内容仍不明确", RequestRowRole.Outcome, unable),
            ("petition_complaint", "1.信访举报投诉类申请", RequestRowRole.Outcome, notProcessed),
            ("duplicate", "2.重复申请", RequestRowRole.Outcome, notProcessed),
            ("publication", "3.要求提供公开出版物", RequestRowRole.Outcome, notProcessed),
            ("excessive", "4.无正当理由大量反复申请", RequestRowRole.Outcome, notProcessed),
            ("confirm_or_reissue", "5.要求行政机关确认或重新出具已获取信息", RequestRowRole.Outcome, notProcessed),
            ("overdue_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", RequestRowRole.Outcome, other),
            ("unpaid_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", RequestRowRole.Outcome, other),
            ("other", "3.其他", RequestRowRole.Outcome, other),
            ("total", "（七）总计", RequestRowRole.Total, null),
            ("carried_forward", "四、结转下年度继续办理", RequestRowRole.CarriedForward, null),
        };
        return new RequestTableSpec
        {
            Columns = columns,
            Rows = specs.Select((s, i) => new RequestRow(i, s.Key, s.Label, s.Role, s.Group)).ToArray(),
            Groups = [denied, unable, notProcessed, other],
        };
    }
}
