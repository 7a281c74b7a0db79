using System.Globalization;

namespace ReportGen.Core.Summary;

/// <summary>The words of the summary outputs that are not the format's own labels (those come from the catalog).</summary>
public static class SummaryLabels
{
    public const string TotalsSheet = "汇总";
    public const string DetailsSheet = "明细";
    public const string Agency = "机关名称";
    public const string File = "文件";
    public const string TotalRow = "合计";
    public const string CopyingSheet = "内容雷同";
    public const string Part = "部分";
    public const string Paragraph = "段落";
    public const string Opening = "段落开头";
    public const string OtherAgency = "与之相同的机关";
    public const string OtherFile = "其文件";
    public const string Share = "相同比例";
    public const string AgenciesAlike = "相同的机关数";

    public static string Title(int year) =>
        year.ToString(CultureInfo.InvariantCulture) + "年政府信息公开工作年度报告数据汇总";

    public static string Note(int agencies) =>
        string.Create(CultureInfo.InvariantCulture, $"共 {agencies} 个机关；各机关的数字见“{DetailsSheet}”工作表，每个合计都是其中一列之和。");
}
