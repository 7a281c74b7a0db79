namespace ReportGen.Core.Format;

public enum InputFieldKind
{
    WholeNumber,
    Text,
    Date,
    Choice,
    Mapping,
    /// <summary>Text, or a list of {heading, text}.</summary>
    Prose,
    /// <summary>A list of {heading, text}.</summary>
    ProseList,
    /// <summary>One of the three tables, whose shape comes from its table spec.</summary>
    Table,
}

public sealed record InputChoice(string Value, string Label);

/// <summary>A key of the input file that is not a table cell.</summary>
public sealed record InputField(
    string Key,
    string Label,
    InputFieldKind Kind,
    bool Required,
    string Description,
    IReadOnlyList<InputChoice>? Choices = null,
    IReadOnlyList<InputField>? Children = null);

/// <summary>The keys of the input file (docs/input-reference.md), with their Chinese labels.</summary>
public static class InputFields
{
    public const string Heading = "heading";
    public const string Text = "text";

    public static readonly IReadOnlyList<InputChoice> AgencyTypes =
    [
        new("department", "部门"),
        new("government", "人民政府"),
    ];

    public static readonly IReadOnlyList<InputChoice> AdminLevels =
    [
        new("national", "国家级"),
        new("provincial", "省级"),
        new("municipal", "市级（设区的市、自治州）"),
        new("county", "县级"),
        new("township", "乡镇级"),
    ];

    // The contact block, in the order a file lists them (the preface names address, postcode and phone in it).
    public static readonly InputField ContactOffice = new("office", "联系机关", InputFieldKind.Text, false, "前言中“请与……联系”的机关全称；省略时用机关名称");
    public static readonly InputField ContactWebsiteName = new("website_name", "网站名称", InputFieldKind.Text, false, "报告电子版所在网站的名称");
    public static readonly InputField ContactWebsite = new("website", "网址", InputFieldKind.Text, false, "报告电子版所在网站的网址");
    public static readonly InputField ContactAddress = new("address", "地址", InputFieldKind.Text, false, "联系地址");
    public static readonly InputField ContactPostcode = new("postcode", "邮编", InputFieldKind.Text, false, "邮政编码，六位数字；请加引号，如 \"014070\"");
    public static readonly InputField ContactPhone = new("phone", "电话", InputFieldKind.Text, false, "联系电话");

    public static readonly IReadOnlyList<InputField> Contact =
        [ContactOffice, ContactWebsiteName, ContactWebsite, ContactAddress, ContactPostcode, ContactPhone];

    public static readonly IReadOnlyList<InputField> ProseItem =
    [
        new(Heading, "小标题", InputFieldKind.Text, false, "小标题，不写序号，工具自动编号（一）（二）……"),
        new(Text, "正文", InputFieldKind.Text, true, "正文，每个非空行是一个自然段"),
    ];

    public static readonly IReadOnlyList<InputField> TopLevel =
    [
        new("format", "报告格式", InputFieldKind.WholeNumber, true, "报告格式：2021 表示" + FormatCatalog.NoticeNumber + "格式，是唯一支持的格式"),
        new("year", "报告年度", InputFieldKind.WholeNumber, true, "报告年度（统计期限为该年1月1日至12月31日）"),
        new("agency", "机关名称", InputFieldKind.Text, true, "机关名称，与标题中一致"),
        new("title", "标题", InputFieldKind.Text, false, "标题；省略时为“{机关名称}{年度}年政府信息公开工作年度报告”"),
        new("agency_type", "机关类型", InputFieldKind.Choice, false, "机关类型：department（部门）或 government（人民政府）", AgencyTypes),
        new("admin_level", "行政层级", InputFieldKind.Choice, false, "行政层级", AdminLevels),
        new("publish_date", "发布日期", InputFieldKind.Date, false, "落款日期，如 2024-01-20；也用于检查是否超过法定期限"),
        new("contact", "联系方式", InputFieldKind.Mapping, false, "用于自动生成的前言", Children: Contact),
        new("preface", "前言", InputFieldKind.Text, false, "前言；省略时由工具根据联系方式生成"),
        new(FormatCatalog.Overview.Key, FormatCatalog.Overview.Heading, InputFieldKind.ProseList, true, "一、总体情况：若干小节，每节有小标题和正文", Children: ProseItem),
        new(FormatCatalog.Proactive.Key, FormatCatalog.Proactive.Heading, InputFieldKind.Table, false, FormatCatalog.Proactive.Heading),
        new(FormatCatalog.Requests.Key, FormatCatalog.Requests.Heading, InputFieldKind.Table, false, FormatCatalog.Requests.Heading),
        new(FormatCatalog.Reviews.Key, FormatCatalog.Reviews.Heading, InputFieldKind.Table, false, FormatCatalog.Reviews.Heading),
        new(FormatCatalog.Problems.Key, FormatCatalog.Problems.Heading, InputFieldKind.Prose, true, "五、存在的主要问题及改进情况：正文，或若干小节", Children: ProseItem),
        new(FormatCatalog.OtherMatters.Key, FormatCatalog.OtherMatters.Heading, InputFieldKind.Prose, true, "六、其他需要报告的事项：正文，或若干小节；须说明信息处理费收取情况", Children: ProseItem),
    ];

    public static InputField Field(string key) => TopLevel.Single(f => f.Key == key);
}
