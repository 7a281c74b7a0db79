using System.Text.RegularExpressions;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Format;

namespace ReportGen.Core.Validation;

/// <summary>Rules about what the prose must say and cite: RG103 (信息处理费) and RG108 (the legal basis).</summary>
public sealed partial class ProseRules : ReportRules
{
    /// <summary>
    /// What every wording of the statement contains: "未收取信息处理费", "信息公开处理费", "未收取…处理费用".
    /// A bare "未收取任何费用" does not name the fee the measures are about, so it is not enough.
    /// </summary>
    private const string FeeWord = "处理费";

    public ProseRules()
    {
        AddRule((s, found) =>
        {
            var sections = s.Report.OtherMatters;
            if (sections.Count == 0)
            {
                return;
            }

            var text = string.Concat(sections.SelectMany(x => x.AllText).SelectMany(t => t.Where(c => !char.IsWhiteSpace(c))));
            if (!text.Contains(FeeWord, StringComparison.Ordinal) && !FeeOfDisclosure().IsMatch(text))
            {
                found.AddAtKey(RuleCatalog.FeeStatementMissing, FormatCatalog.OtherMatters.Key,
                    $"“{FormatCatalog.OtherMatters.Heading}”没有说明{FormatCatalog.ProcessingFee}的收取情况：按{FormatCatalog.ProcessingFeeMeasures}（{FormatCatalog.ProcessingFeeMeasuresNumber}），" +
                    $"没有收取也要写明，例如“本年度未收取{FormatCatalog.ProcessingFee}”。",
                    $"说明{FormatCatalog.ProcessingFee}收取情况", "未提及");
            }
        });

        AddRule((s, found) =>
        {
            foreach (var paragraph in ProseParagraphs.Preface(s.Report).Concat(ProseParagraphs.Of(s.Report, FormatCatalog.Overview)))
            {
                LegalBasis(paragraph, found);
            }
        });
    }

    /// <summary>RG108: the trial format's notice, a mistyped number of the 2021 notice, the 2007 Regulations.</summary>
    private static void LegalBasis(ProseParagraph paragraph, FindingSink found)
    {
        var text = paragraph.Text;
        if (TrialNotice().Match(text) is { Success: true } trial)
        {
            found.Add(RuleCatalog.OutdatedLegalBasis, paragraph.Path,
                $"“{paragraph.Part}”引用了“{trial.Value}”，即 2019 年试行格式的通知（{FormatCatalog.TrialNoticeNumber}），它只适用于 2019、2020 年度报告。" +
                $"2021 年度起的报告依据{FormatCatalog.NoticeTitle}（{FormatCatalog.NoticeNumber}），请改正。",
                FormatCatalog.NoticeNumber, trial.Value);
        }

        foreach (Match notice in Notice2021().Matches(text))
        {
            var written = string.Concat(notice.Value.Where(c => !char.IsWhiteSpace(c)));
            if (notice.Groups["issuer"].Success && written != FormatCatalog.NoticeNumber)
            {
                found.Add(RuleCatalog.OutdatedLegalBasis, paragraph.Path,
                    $"“{paragraph.Part}”中的文号“{notice.Value}”有误：年度报告格式通知的文号是“{FormatCatalog.NoticeNumber}”" +
                    "（国务院办公厅政府信息与政务公开办公室的函，“公开办函”，年份用六角括号〔〕）。请改正。",
                    FormatCatalog.NoticeNumber, notice.Value);
                break;
            }
        }

        if (TrialFormat().Match(text) is { Success: true } trialFormat)
        {
            found.Add(RuleCatalog.OutdatedLegalBasis, paragraph.Path,
                $"“{paragraph.Part}”提到“{trialFormat.Value}”：2019 年的试行格式（{FormatCatalog.TrialNoticeNumber}）已被 {FormatCatalog.NoticeNumber} 的正式格式取代。请改为引用 {FormatCatalog.NoticeNumber}。",
                FormatCatalog.NoticeNumber, trialFormat.Value);
        }

        if (OldDecree().Match(text) is { Success: true } decree)
        {
            found.Add(RuleCatalog.OutdatedLegalBasis, paragraph.Path,
                $"“{paragraph.Part}”引用的“{decree.Value}”是 2007 年的旧条例；现行{FormatCatalog.Regulations}是 2019 年修订的{FormatCatalog.RegulationsDecree}。请改正。",
                FormatCatalog.RegulationsDecree, decree.Value);
        }
    }

    /// <summary>
    /// A sentence that speaks of fees of 政府信息公开 or 依申请公开 without the word 处理费 ("2023年度，县发展和改革局
    /// 政府信息公开未发生收费情况。"): a reviewer reads it as the statement. A fee sentence that does not say it is
    /// about disclosure ("本年度未发生收费情况。", "未收取任何费用。") does not count.
    /// </summary>
    [GeneratedRegex(@"(?:信息公开|依申请公开)[^。；！？]{0,20}(?:收费|收取[^。；！？]{0,6}费|费用)|(?:收费|收取[^。；！？]{0,6}费|费用)[^。；！？]{0,6}(?:信息公开|依申请公开)")]
    private static partial Regex FeeOfDisclosure();

    [GeneratedRegex(@"[〔\[［【(（]\s*2019\s*[〕\]］】)）]\s*60\s*号")]
    private static partial Regex TrialNotice();

    /// <summary>Any spelling of the 2021 notice's number; one issued by 国办 that is not exactly right is a typo.</summary>
    [GeneratedRegex(@"(?<issuer>国办[公开办函发]{0,5})?[〔\[［【(（]\s*2021\s*[〕\]］】)）]\s*30\s*号", RegexOptions.ExplicitCapture)]
    private static partial Regex Notice2021();

    [GeneratedRegex(@"格式\s*[（(]\s*试行\s*[）)]|试行格式")]
    private static partial Regex TrialFormat();

    [GeneratedRegex(@"国务院令\s*第\s*492\s*号")]
    private static partial Regex OldDecree();
}
