using ReportGen.Core.Format;

namespace ReportGen.Core.Diagnostics;

public sealed record RuleDescriptor(string Id, Severity Severity, string Title, string TitleEnglish);

/// <summary>
/// Every rule the validator knows. Ids are public (users filter and suppress by them): never renumber,
/// only add.
/// </summary>
public static class RuleCatalog
{
    public static readonly RuleDescriptor Syntax = Error("RG001", "YAML 语法错误、用制表符缩进、文件过大或嵌套过深", "YAML syntax error, tab indentation, file too large or nested too deep");
    public static readonly RuleDescriptor UnknownKey = Error("RG002", "未知的键", "Unknown key");
    public static readonly RuleDescriptor DuplicateKey = Error("RG003", "重复的键", "Duplicate key");
    public static readonly RuleDescriptor WrongType = Error("RG004", "值的类型不对（数字须为不小于 0 的整数，金额为不小于 0 的小数）", "Value of the wrong type");
    public static readonly RuleDescriptor RowLength = Error("RG005", "行的数字个数不对", "Row of the wrong length");
    public static readonly RuleDescriptor MissingKey = Error("RG006", "缺少必填的键或内容为空", "Required key missing or empty");
    public static readonly RuleDescriptor UnsupportedFormat = Error("RG007", "不支持的格式，或使用了 2019 年试行格式", "Unsupported format, or the 2019 trial format");
    public static readonly RuleDescriptor AnchorAlias = Error("RG008", "不允许使用 YAML 锚点和别名", "YAML anchors and aliases are not allowed");
    public static readonly RuleDescriptor BadCharacter = Error("RG009", "文字中含有不能出现在文档中的字符", "Text with characters that cannot appear in a document");
    public static readonly RuleDescriptor Balance = Error("RG010", "勾稽关系不成立：本年新收 + 上年结转 ≠ （七）总计 + 结转下年度继续办理", "Balance broken: received + carried over ≠ total + carried forward");
    public static readonly RuleDescriptor OutcomeTotal = Error("RG011", "（七）总计与各办理结果之和不符", "（七）总计 differs from the sum of the outcome rows");
    public static readonly RuleDescriptor ApplicantTotal = Error("RG012", "总计列与六类申请人之和不符", "总计 column differs from the sum of the six applicant columns");
    public static readonly RuleDescriptor ReviewTotal = Error("RG013",
        $"{FormatCatalog.Reviews.TableName}总计与{string.Join("、", FormatCatalog.ReviewTable.Outcomes.Select(o => o.Label))}之和不符",
        $"Total of the section {FormatCatalog.Reviews.Number} table differs from the sum of its outcomes");
    public static readonly RuleDescriptor CarryOverMismatch = Error("RG014", "上年结转与上年度报告的结转下年度继续办理不符", "Carried over differs from last year's carried forward");
    public static readonly RuleDescriptor YearOutOfRange = Error("RG015", "报告年度超出范围", "Year out of range");
    public static readonly RuleDescriptor TextTooLong = Error("RG016", "一段文字过长", "A paragraph is too long");
    public static readonly RuleDescriptor ImportUncertain = Error("RG017", "已发布的文档中有不能确定的内容（单元格无法读取、缺少行、合并成一行的分组、找不到标题或表格）", "Something in a published document cannot be read with certainty");

    public static readonly RuleDescriptor RegulationsByWrongBody = Warning("RG101", "本机关无权制定规章，却报告了规章", "Regulations reported by a body that cannot make them");
    public static readonly RuleDescriptor InForceRollForward = Warning("RG102", "现行有效件数与上年度不衔接", "Documents in force do not roll forward");
    public static readonly RuleDescriptor FeeStatementMissing = Warning("RG103", "第六部分未说明信息处理费收取情况", "Section 6 does not mention the information processing fee");
    public static readonly RuleDescriptor CopiedProse = Warning("RG104", "文字与上年度报告相同或几乎相同（内容雷同）", "Prose identical or nearly identical to last year's");
    public static readonly RuleDescriptor ZeroTablesVersusText = Warning("RG105", "表格全为零而正文提到申请、复议或诉讼，或反之", "All-zero tables contradict the text, or vice versa");
    public static readonly RuleDescriptor ProseContradictsTable = Warning("RG106", "正文中的数字与表格不符", "A figure in the prose contradicts the tables");
    public static readonly RuleDescriptor FeeInYuan = Warning("RG107", "收费金额疑似以元而非万元填写", "Fee looks entered in yuan, not 万元");
    public static readonly RuleDescriptor OutdatedLegalBasis = Warning("RG108", "前言引用的文件过时或文号有误", "Outdated or mistyped legal basis in the preface");
    public static readonly RuleDescriptor LatePublication = Warning("RG109", "发布日期晚于法定期限", "publish_date after the statutory deadline");
    public static readonly RuleDescriptor NumberedHeading = Warning("RG110", "小标题自带序号，已去掉", "Heading typed with its own number (normalised)");
    public static readonly RuleDescriptor CopiedNumbers = Warning("RG111", "各表数字与上年度完全相同", "Every table has the same numbers as last year");
    public static readonly RuleDescriptor NotUtf8 = Warning("RG112", "文件不是 UTF-8 编码，已按其编码读取", "File is not UTF-8; read in its own encoding");
    public static readonly RuleDescriptor CopiedFromAgency = Warning("RG113", "文字与同批其他机关的报告相同或几乎相同（内容雷同）", "Prose identical or nearly identical to another agency's report");
    public static readonly RuleDescriptor TemplateText = Warning("RG114", "留有模板的占位文字或说明", "Template placeholder or instruction left in");
    public static readonly RuleDescriptor ImportBlankCell = Warning("RG115", "已发布的文档中数字单元格为空或为“—”“/”“无”，按 0 读取", "A figure left blank or written as a dash in a published document, read as 0");

    public static readonly IReadOnlyList<RuleDescriptor> All =
    [
        Syntax, UnknownKey, DuplicateKey, WrongType, RowLength, MissingKey, UnsupportedFormat, AnchorAlias,
        BadCharacter, Balance, OutcomeTotal, ApplicantTotal, ReviewTotal, CarryOverMismatch, YearOutOfRange,
        TextTooLong, ImportUncertain,
        RegulationsByWrongBody, InForceRollForward, FeeStatementMissing, CopiedProse, ZeroTablesVersusText,
        ProseContradictsTable, FeeInYuan, OutdatedLegalBasis, LatePublication, NumberedHeading, CopiedNumbers,
        NotUtf8, CopiedFromAgency, TemplateText, ImportBlankCell,
    ];

    /// <summary>Rules only the importer of published documents gives (never a YAML input); shown by the corpus under tests/ReportGen.Tests/Importing/corpus.</summary>
    public static readonly IReadOnlyList<RuleDescriptor> ImportOnly = [ImportUncertain, ImportBlankCell];

    public static RuleDescriptor Get(string id) => All.Single(r => r.Id == id);

    private static RuleDescriptor Error(string id, string title, string english) => new(id, Severity.Error, title, english);

    private static RuleDescriptor Warning(string id, string title, string english) => new(id, Severity.Warning, title, english);
}
