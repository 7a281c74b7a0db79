using ReportGen.Core.Diagnostics;
using ReportGen.Core.Format;

namespace ReportGen.Core.Validation;

/// <summary>
/// The prose against the tables: RG105 (the tables say nothing happened while the text says something did, or
/// the other way round) and RG106 (a figure quoted in the text differs from its cell). Each figure the text
/// states is judged by exactly one of the two rules.
/// </summary>
public sealed class ProseTableRules : ReportRules
{
    public ProseTableRules()
    {
        AddRule((s, found) =>
        {
            var report = s.Report;
            var emptyDomainsReported = new HashSet<ClaimDomain>();
            var seen = new HashSet<(string Path, string Subject, long Value)>();
            foreach (var paragraph in ProseParagraphs.Body(report))
            {
                foreach (var claim in ProseClaims.Extract(paragraph.Text, report.Year))
                {
                    var subject = claim.Subject;
                    if (!s.Current.IsCheckable(subject.Part) || !seen.Add((paragraph.Path, subject.Key, claim.Value)))
                    {
                        continue;
                    }

                    var table = subject.TableValue(report);
                    if (table == claim.Value)
                    {
                        continue;
                    }

                    if (claim.Value > 0 && subject.Domain != ClaimDomain.Proactive && ClaimSubjects.IsAllZero(report, subject.Domain))
                    {
                        // One finding per empty table part: the cure (fill in the table) is the same for every figure.
                        if (emptyDomainsReported.Add(subject.Domain))
                        {
                            found.Add(RuleCatalog.ZeroTablesVersusText, paragraph.Path,
                                $"“{paragraph.Part}”中写有“{claim.Phrase}”，但“{ClaimSubjects.DomainLabel(subject.Domain)}”的表格全部为 0。" +
                                "如确有其事，请把数字填入表格；如果没有，请改正这段文字。",
                                ChineseText.Figure(table), ChineseText.Figure(claim.Value));
                        }
                    }
                    else if (claim.Value == 0 && subject.IsDomainLevel)
                    {
                        found.Add(RuleCatalog.ZeroTablesVersusText, paragraph.Path,
                            $"“{paragraph.Part}”中写有“{claim.Phrase}”（即一件也没有），但表中“{subject.CellLabel}”是 {ChineseText.Figure(table)}。" +
                            "请核对：表格有数字，正文就不能说没有。",
                            ChineseText.Figure(table), ChineseText.Figure(claim.Value));
                    }
                    else
                    {
                        found.Add(RuleCatalog.ProseContradictsTable, paragraph.Path,
                            $"“{paragraph.Part}”中写有“{claim.Phrase}”，与表格不符：表中“{subject.CellLabel}”是 {ChineseText.Figure(table)}，" +
                            $"正文写的是 {ChineseText.Figure(claim.Value)}，{ArithmeticRules.Difference(claim.Value, table)}。请核对后把正文和表格改为一致。",
                            ChineseText.Figure(table), ChineseText.Figure(claim.Value));
                    }
                }
            }
        });
    }

}
