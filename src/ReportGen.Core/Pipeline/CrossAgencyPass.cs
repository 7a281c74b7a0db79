using System.Globalization;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Inputs;
using ReportGen.Core.Reading;
using ReportGen.Core.Validation;

namespace ReportGen.Core.Pipeline;

/// <summary>
/// The rules that look across the agencies of one run (RG113, and RG114 for another agency's name), once every
/// input is validated on its own. Their findings join each file's, placed by the file's source map: inputs were
/// compacted without it, so the few with a finding are read again (standard input kept its map).
/// </summary>
internal static class CrossAgencyPass
{
    public static void Apply(FileResult[] results, Func<InputSource, ReadResult?> readAgain, bool strict)
    {
        var reports = results
            .Select((r, i) => r.Read?.Report is { } report ? new RunReport(i, r.Source.DisplayName, report) : null)
            .OfType<RunReport>()
            .ToList();
        var copied = CrossAgencyProse.Find(reports);
        var foreignNames = TemplateTextRules.ForeignAgencyNames(reports);
        var copiedOf = copied.ToLookup(c => c.Report.Input);
        var foreignOf = foreignNames.ToLookup(f => f.Report.Input);
        foreach (var input in copiedOf.Select(g => g.Key).Concat(foreignOf.Select(g => g.Key)).Distinct().Order())
        {
            var result = results[input];
            var map = result.Source.IsStandardInput ? result.Read!.Map : readAgain(result.Source)?.Map ?? new SourceMap();
            var file = result.Source.DisplayName;
            var found = copiedOf[input].Select(c => Copied(c, map, file))
                .Concat(foreignOf[input].Select(f => Place(f.Finding, map, file)))
                .Select(d => strict ? d.AsError() : d);
            results[input] = result with
            {
                Diagnostics = ReportValidator.Order(result.Diagnostics.Concat(found)),
                CopiedParagraphs = [.. copiedOf[input]],
            };
        }
    }

    private static Diagnostic Copied(CopiedParagraph copied, SourceMap map, string file)
    {
        var share = copied.Share.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", "", StringComparison.Ordinal);
        var other = $"{copied.Other.Report.Agency}（{copied.Other.File}）";
        var whom = copied.OtherAgencies > 1
            ? $"{other}等 {copied.OtherAgencies.ToString(CultureInfo.InvariantCulture)} 家机关"
            : other;
        var message =
            $"“{copied.Paragraph.Part}”的这一段与{whom}的报告相同或几乎相同（去掉机关名称、数字和通用表述后，{share} 的文字相同）。" +
            "年度报告应如实反映本机关的工作（条例第五十条），照搬其他机关的报告属于“内容雷同”。请按本机关的实际情况重写。";
        return Place(new RunFinding(RuleCatalog.CopiedFromAgency, copied.Paragraph.Path, message, "本机关自己的表述", $"与{copied.Other.Report.Agency}相同 {share}"), map, file);
    }

    private static Diagnostic Place(RunFinding finding, SourceMap map, string file)
    {
        var at = map.Locate(finding.Path);
        return new Diagnostic(finding.Rule.Id, finding.Rule.Severity, file, at.Line, at.Column, finding.Path, finding.Message, finding.Expected, finding.Actual);
    }
}
