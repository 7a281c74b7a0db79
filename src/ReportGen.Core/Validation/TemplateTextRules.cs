using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Model;

namespace ReportGen.Core.Validation;

/// <summary>A finding of a rule that looks across the reports of a run, before it is placed in its file.</summary>
public sealed record RunFinding(RuleDescriptor Rule, string Path, string Message, string? Expected, string? Actual);

/// <summary>
/// RG114: text a template carries that a published report must not — placeholders (（文字描述）, XX局, 20XX年,
/// 共（ ）件), instructions (此处填写…, （略）, 示例), and the year or agency of another report left in the title or
/// preface. One finding per paragraph, naming everything found in it.
/// </summary>
public sealed partial class TemplateTextRules : ReportRules
{
    public TemplateTextRules()
    {
        AddRule((s, found) =>
        {
            foreach (var paragraph in Paragraphs(s.Report))
            {
                var left = Placeholders(paragraph.Text);
                if (left.Count > 0)
                {
                    var quoted = string.Join("、", left.Select(t => "“" + t + "”"));
                    found.Add(RuleCatalog.TemplateText, paragraph.Path,
                        $"“{paragraph.Part}”中留有模板的占位文字或填写说明：{quoted}。发布前请换成本机关的实际内容，或删去。",
                        "本机关的实际内容", string.Join("、", left));
                }
            }
        });
        AddRule((s, found) =>
        {
            if (!s.Current.IsCheckable("year"))
            {
                return;
            }

            foreach (var paragraph in TitleAndPreface(s.Report))
            {
                if (OtherYear(paragraph.Text, s.Report.Year) is { } other)
                {
                    var year = s.Report.Year.ToString(CultureInfo.InvariantCulture);
                    found.Add(RuleCatalog.TemplateText, paragraph.Path,
                        $"“{paragraph.Part}”写的是“{other}”，而本报告是 {year} 年度的：像是沿用了其他年度报告的文字。请改为 {year} 年。",
                        year + "年", other);
                }
            }
        });
    }

    /// <summary>The placeholders and instructions in a text, each once, in the order found.</summary>
    internal static IReadOnlyList<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Value.Trim()).Distinct(StringComparer.Ordinal)];

    /// <summary>The first year-naming phrase of a title or preface that names another year than the report's.</summary>
    internal static string? OtherYear(string text, int year) =>
        YearPhrase().Matches(text)
            .FirstOrDefault(m => int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) != year)?.Value;

    /// <summary>
    /// RG114 across a run: a title or preface that names another agency of the run (and not in its own name),
    /// as a report made from a neighbour's file does.
    /// </summary>
    public static IReadOnlyList<(RunReport Report, RunFinding Finding)> ForeignAgencyNames(IReadOnlyList<RunReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var names = reports.Select(r => r.AgencyKey).Where(k => k.Length >= 5).ToHashSet(StringComparer.Ordinal);
        if (names.Count < 2)
        {
            return [];
        }

        var lengths = names.Select(n => n.Length).Distinct().Order().ToArray();
        var found = new List<(RunReport, RunFinding)>();
        foreach (var run in reports)
        {
            var own = AgencyIdentity.NameForms(run.Report.Agency);
            foreach (var paragraph in TitleAndPreface(run.Report))
            {
                var text = CrossAgencyProse.Mask(AnnualReport.KeyOf(paragraph.Text), own);
                if (FirstName(text, names, lengths) is { } other && other != run.AgencyKey)
                {
                    found.Add((run, new RunFinding(RuleCatalog.TemplateText, paragraph.Path,
                        $"“{paragraph.Part}”中出现了同批另一个机关的名称“{other}”，本报告是{run.Report.Agency}的：像是用其他机关的报告改写而来。请核对并改为本机关的名称。",
                        run.Report.Agency, other)));
                    break;
                }
            }
        }

        return found;
    }

    private static string? FirstName(string text, HashSet<string> names, int[] lengths)
    {
        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < text.Length; i++)
        {
            foreach (var length in lengths)
            {
                if (i + length > text.Length)
                {
                    break;
                }

                if (lookup.TryGetValue(text.AsSpan(i, length), out var name))
                {
                    return name;
                }
            }
        }

        return null;
    }

    private static IEnumerable<ProseParagraph> TitleAndPreface(AnnualReport report)
    {
        if (!string.IsNullOrWhiteSpace(report.Title))
        {
            yield return new ProseParagraph("标题", "title", report.Title);
        }

        foreach (var paragraph in ProseParagraphs.Preface(report))
        {
            yield return paragraph;
        }
    }

    private static IEnumerable<ProseParagraph> Paragraphs(AnnualReport report) =>
        TitleAndPreface(report)
            .Concat(ProseParagraphs.Headings(report))
            .Concat(ProseParagraphs.Body(report));

    /// <summary>
    /// （文字描述…）, 此处填写/填报/报告…, （略）, 示例, runs of X or × standing for a name or a year (not inside a
    /// Latin word: xxgk in a web address is 信息公开), and an empty pair of brackets or a row of underscores
    /// where a figure belongs.
    /// </summary>
    [GeneratedRegex(@"[（(]\s*文字描述[^）)]{0,60}[）)]?|此处(?:填写|填报|报告|说明|列出)[^，。；]{0,20}|[（(]\s*略\s*[）)]|示例|(?<![A-Za-z])(?:X{2,}|×{2,}|Ｘ{2,}|ｘ{2,})(?![A-Za-z])|(?<=[\u4e00-\u9fff0-9])x{2,}(?![A-Za-z])|(?<![A-Za-z])x{2,}(?=[\u4e00-\u9fff])|[（(]\s*[）)]|【\s*】|_{3,}")]
    private static partial Regex Placeholder();

    /// <summary>"2022年政府信息公开", "2022年1月1日至", "统计期限为2022年": the year a title or preface reports on.</summary>
    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})\s*年\s*(?:度\s*)?(?:政府信息公开|1\s*月\s*1\s*日|12\s*月\s*31\s*日)")]
    private static partial Regex YearPhrase();
}
