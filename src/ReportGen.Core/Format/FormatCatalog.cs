namespace ReportGen.Core.Format;

/// <summary>
/// The 2021 format (国办公开办函〔2021〕30号) as data: every section, row, column, label and identity.
/// The YAML keys, the validator, the .docx tables, the init template and the JSON Schema all derive from
/// this class; no label is typed anywhere else.
/// </summary>
public static class FormatCatalog
{
    public const int FormatId = 2021;
    public const int FirstYear = 2021;
    public const string NoticeNumber = "国办公开办函〔2021〕30号";
    public const string NoticeTitle = "《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开年度报告格式〉的通知》";
    public const string Regulations = "《中华人民共和国政府信息公开条例》";

    /// <summary>The decree of the Regulations in force since 2019-05-15 (the 2007 one was 国务院令第492号).</summary>
    public const string RegulationsDecree = "国务院令第711号";
    public const string OutdatedRegulationsDecree = "国务院令第492号";

    /// <summary>The notice of the 2019 trial format, used for the 2019 and 2020 reports only.</summary>
    public const string TrialNoticeNumber = "国办公开办函〔2019〕60号";

    /// <summary>What section 六 must report on, even when nothing was collected.</summary>
    public const string ProcessingFee = "信息处理费";
    public const string ProcessingFeeMeasures = "《政府信息公开信息处理费管理办法》";
    public const string ProcessingFeeMeasuresNumber = "国办函〔2020〕109号";

    /// <summary>
    /// The statutory deadline (条例第四十九条): 县级以上人民政府部门 by 31 January, the report of a 人民政府 by
    /// 31 March of the following year. Townships follow local rules; they are held to the same dates here.
    /// </summary>
    public static DateOnly PublicationDeadline(int year, bool government) =>
        government ? new DateOnly(year + 1, 3, 31) : new DateOnly(year + 1, 1, 31);

    public static readonly ReportSection Overview = new("overview", "一", "总体情况");
    public static readonly ReportSection Proactive = new("proactive", "二", "主动公开政府信息情况");
    public static readonly ReportSection Requests = new("requests", "三", "收到和处理政府信息公开申请情况");
    public static readonly ReportSection Reviews = new("reviews_and_litigation", "四", "政府信息公开行政复议、行政诉讼情况");
    public static readonly ReportSection Problems = new("problems", "五", "存在的主要问题及改进情况") { PrefaceName = "存在的问题及改进情况" };
    public static readonly ReportSection OtherMatters = new("other_matters", "六", "其他需要报告的事项");

    /// <summary>The six sections in the order the format prescribes.</summary>
    public static readonly IReadOnlyList<ReportSection> Sections =
        [Overview, Proactive, Requests, Reviews, Problems, OtherMatters];

    /// <summary>The sections that are tables (二、三、四), in order.</summary>
    public static readonly IReadOnlyList<ReportSection> TableSections = [Proactive, Requests, Reviews];

    /// <summary>The three tables named together, as users read it: 第二、三、四部分的表格.</summary>
    public static string TablesName => "第" + string.Join("、", TableSections.Select(s => s.Number)) + "部分的表格";

    public static ProactiveTableSpec ProactiveTable { get; } = ProactiveTableSpec.Create();
    public static RequestTableSpec RequestTable { get; } = RequestTableSpec.Create();
    public static ReviewTableSpec ReviewTable { get; } = ReviewTableSpec.Create();

    /// <summary>
    /// What 一、总体情况 must cover (条例第五十条 and the format's notes), as the sub-headings a new input file
    /// starts with.
    /// </summary>
    public static readonly IReadOnlyList<string> OverviewTopics =
        ["主动公开情况", "依申请公开情况", "政府信息管理情况", "政府信息公开平台建设情况", "监督保障情况"];

    /// <summary>The sub-heading of 六、其他需要报告的事项 under which the 信息处理费 statement goes.</summary>
    public const string FeeStatementHeading = "信息处理费收取情况";

    /// <summary>What else 六 covers, in the format's words, which reports repeat when they have nothing to add.</summary>
    public const string OtherMattersScope = "其他有关文件专门要求通过年度报告予以报告的事项";

    /// <summary>Labels that exist only in the 2019 trial format (国办公开办函〔2019〕60号).</summary>
    public static readonly IReadOnlyList<string> TrialFormatLabels =
    [
        "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减",
        "其他对外管理服务事项", "政府集中采购", "采购项目数量", "采购总金额",
    ];

    /// <summary>Chinese numerals for headings: 一、… and （一）….</summary>
    public static string ChineseNumeral(int n) => n switch
    {
        >= 1 and <= 10 => "一二三四五六七八九十"[n - 1].ToString(),
        > 10 and < 20 => "十" + ChineseNumeral(n - 10),
        >= 20 and < 100 => ChineseNumeral(n / 10) + "十" + (n % 10 == 0 ? "" : ChineseNumeral(n % 10)),
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static string SubHeadingNumber(int n) => "（" + ChineseNumeral(n) + "）";
}

/// <summary>One of the six sections: its YAML key, its number and its heading.</summary>
public sealed record ReportSection(string Key, string Number, string Title)
{
    public string Heading => Number + "、" + Title;

    /// <summary>
    /// The section's table as every user-facing text names it (第三部分的表格): the format numbers sections,
    /// not tables, so a table is named by its section.
    /// </summary>
    public string TableName => "第" + Number + "部分的表格";

    /// <summary>How the customary preface names the section in its list of contents (usually the title itself).</summary>
    public string PrefaceName { get; init; } = Title;
}
