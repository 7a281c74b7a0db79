using ReportGen.Core.Format;

namespace ReportGen.Core.Reading;

/// <summary>
/// Recognising a file written in the 2019 trial format (国办公开办函〔2019〕60号), in the three places it
/// shows: its format id, its labels used as keys, and （六）其他处理 written as one row.
/// </summary>
internal static class TrialFormat
{
    public static readonly string FormatMessage =
        $"2019 年试行格式（{FormatCatalog.TrialNoticeNumber}）只用于 2019、2020 年度报告；2021 年度起必须使用 " + FormatCatalog.NoticeNumber + " 格式，请写 format: 2021 并按新格式填写表格。";

    public const string OtherProcessingAsOneRow =
        "“（六）其他处理”写成了一行：这是 2019 年试行格式的写法。2021 年格式分为三项：overdue_correction（1.申请人无正当理由逾期不补正…）、unpaid_fee（2.申请人逾期未按收费通知要求缴纳费用…）、other（3.其他）。";

    /// <summary>A format value that names the trial format (2019, "2019试行"…).</summary>
    public static bool IsTrialFormatId(string text) => text.Contains("2019", StringComparison.Ordinal);

    /// <summary>A key that contains a label only the trial format has.</summary>
    public static bool IsTrialLabel(string key) =>
        FormatCatalog.TrialFormatLabels.Any(l => key.Contains(l, StringComparison.Ordinal));

    public static string TrialLabelMessage(string shownKey) =>
        $"“{shownKey}”是 2019 年试行格式的栏目，2021 年格式（{FormatCatalog.NoticeNumber}）中没有：请按新格式填写。";
}
