using System.Xml.Linq;
using ReportGen.Core.Format;
using ReportGen.Core.Rendering;
using ReportGen.Core.Rendering.Html;
using ReportGen.Tests.Rendering;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Html;

/// <summary>The 图解: labels from the catalog, every number printed, accessible, deterministic.</summary>
public class ChartTests
{
    private static string SampleSvg => ReportCharts.Svg(DocxTestFiles.SampleReport(), FontSet.Default);

    [Fact]
    public void Sample_charts_match_the_golden_file() =>
        Golden.AssertMatchesCommitted("tests/ReportGen.Tests/Html/golden/2023.svg", SampleSvg);

    [Fact]
    public void Same_report_gives_the_same_bytes() => Assert.Equal(SampleSvg, SampleSvg);

    [Fact]
    public void Each_chart_has_a_title_a_description_and_its_numbers_printed()
    {
        var report = DocxTestFiles.SampleReport();
        report.Requests.Set(FormatCatalog.RequestTable.Received.Index, 0, 7);
        var svg = XDocument.Parse(ReportCharts.Svg(report, FontSet.Default));
        XNamespace ns = HtmlTestFiles.Svg;
        var charts = svg.Root!.Descendants(ns + "svg").ToList();
        Assert.Equal(3, charts.Count);
        Assert.All(charts, chart =>
        {
            Assert.Equal("img", (string?)chart.Attribute("role"));
            var ids = ((string)chart.Attribute("aria-labelledby")!).Split(' ');
            Assert.Equal(["title", "desc"], ids.Select(id => chart.Descendants().Single(e => (string?)e.Attribute("id") == id).Name.LocalName));
        });
        var texts = charts[0].Descendants(ns + "text").Select(t => t.Value).ToList();
        Assert.All(FormatCatalog.RequestTable.Applicants, c => Assert.Contains(c.Label, texts));
        Assert.Contains("7 件", texts);
        var outcomes = charts[1].Descendants(ns + "text").Select(t => t.Value).ToList();
        Assert.Equal(["予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理"], outcomes.Skip(1).Where((_, i) => i % 2 == 0));
        Assert.All(FormatCatalog.ReviewTable.Rows, r => Assert.Contains(charts[2].Descendants(ns + "text"), t => t.Value.StartsWith(r.FullLabel, StringComparison.Ordinal)));
    }

    [Fact]
    public void Shares_are_printed_with_their_counts()
    {
        var report = DocxTestFiles.SampleReport();
        var spec = FormatCatalog.RequestTable;
        var natural = spec.Columns[0];
        report.Requests.Set(spec.Outcomes.First().Index, natural.Index, 2);
        report.Requests.Set(spec.Outcomes.Last().Index, natural.Index, 1);
        var texts = XDocument.Parse(ReportCharts.Svg(report, FontSet.Default)).Descendants(HtmlTestFiles.Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("2 件（66.7%）", texts);
        Assert.Contains("1 件（33.3%）", texts);
        Assert.Contains("0 件（0%）", texts);
    }
}
