using System.Globalization;
using System.Text;
using ReportGen.Core.Format;
using ReportGen.Core.Model;

namespace ReportGen.Core.Rendering.Html;

/// <summary>One bar of a chart: its label, its length and the text printed after it.</summary>
internal sealed record ChartBar(string Label, long Value, string Text);

/// <summary>Bars under an optional group label (a proceeding of Table C).</summary>
internal sealed record ChartGroup(string? Label, IReadOnlyList<ChartBar> Bars);

/// <summary>A horizontal bar chart: an id unique within the page, its visible title, and its groups of bars.</summary>
internal sealed record BarChart(string Id, string Title, IReadOnlyList<ChartGroup> Groups);

/// <summary>
/// The 图解: the year's figures as charts, every label from the format catalog and every number printed.
/// Drawn by <see cref="SvgBarChart"/>, a writer of our own: three horizontal bar charts need no library,
/// and a library's SVG would bring its own ids, floats and fonts into bytes we keep deterministic.
/// </summary>
public static class ReportCharts
{
    public const string SectionTitle = "图解";

    internal static IReadOnlyList<BarChart> Charts(AnnualReport report)
    {
        var requests = FormatCatalog.RequestTable;
        var reviews = FormatCatalog.ReviewTable;
        var received = requests.Received;
        var applicants = new BarChart(
            "rg-chart-applicants",
            received.ShortLabel + "（按" + RequestTableSpec.ApplicantsHeader + "）",
            [new ChartGroup(null, [.. requests.Applicants.Select(c => Count(c.Label, report.Requests.Value(received, c)))])]);

        // The six outcomes of the year: 予以公开 and 部分公开 are rows, the other four groups of rows.
        var outcomes = requests.Outcomes
            .GroupBy(r => r.Group?.Label ?? r.Label)
            .Select(g => (Label: OutcomeName(g.Key), Value: g.Sum(r => report.Requests.Value(r, requests.TotalColumn))))
            .ToArray();
        var all = outcomes.Sum(o => o.Value);
        var shares = new BarChart(
            "rg-chart-outcomes",
            RequestTableSpec.OutcomesLabel[2..] + "（" + requests.Total.Label[3..] + " " + Number(all) + " 件）",
            [new ChartGroup(null, [.. outcomes.Select(o => new ChartBar(o.Label, o.Value, Number(o.Value) + " 件（" + Share(o.Value, all) + "）"))])]);

        var proceedings = new BarChart(
            "rg-chart-reviews",
            FormatCatalog.Reviews.Title,
            [.. reviews.Rows.Select(r => new ChartGroup(
                r.FullLabel + "（" + reviews.TotalColumn.Label + " " + Number(report.Reviews.Value(r, reviews.TotalColumn)) + " 件）",
                [.. reviews.Outcomes.Select(c => Count(c.Label, report.Reviews.Value(r, c)))]))]);
        return [applicants, shares, proceedings];
    }

    /// <summary>The 图解 section of the web page: a heading, then each chart as an inline SVG figure.</summary>
    public static void WriteSection(StringBuilder html, AnnualReport report, FontSet fonts)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(fonts);
        html.Append("<section aria-labelledby=\"rg-charts\" style=\"margin-top:2em\">\n<h2 id=\"rg-charts\" style=\"margin:0 0 0.5em;font-size:1em;font-weight:normal;text-align:center\">")
            .Append(SectionTitle).Append("</h2>\n");
        foreach (var chart in Charts(report))
        {
            html.Append("<figure style=\"margin:0 0 1.5em;overflow-x:auto\">\n");
            SvgBarChart.Write(html, chart, fonts, standalone: false);
            html.Append("</figure>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>The charts alone, stacked in one SVG file (<c>--to svg</c>).</summary>
    public static string Svg(AnnualReport report, FontSet fonts)
    {
        ArgumentNullException.ThrowIfNull(report);
        var charts = Charts(report);
        var svg = new StringBuilder(16 * 1024);
        var height = charts.Sum(SvgBarChart.Height);
        svg.Append(CultureInfo.InvariantCulture,
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {SvgBarChart.Width} {height}\" width=\"{SvgBarChart.Width}\" height=\"{height}\">\n<title>");
        HtmlText.Append(svg, report.EffectiveTitle + " " + SectionTitle);
        svg.Append("</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#fff\" />\n");
        var y = 0;
        foreach (var chart in charts)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<g transform=\"translate(0 {y})\">\n");
            SvgBarChart.Write(svg, chart, fonts, standalone: true);
            svg.Append("</g>\n");
            y += SvgBarChart.Height(chart);
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static ChartBar Count(string label, long value) => new(label, value, Number(value) + " 件");

    /// <summary>“（二）部分公开（区分处理的，…）” → “部分公开”: the outcome's name without its number and note.</summary>
    private static string OutcomeName(string label)
    {
        var name = label.StartsWith('（') ? label[(label.IndexOf('）', StringComparison.Ordinal) + 1)..] : label;
        var note = name.IndexOf('（', StringComparison.Ordinal);
        return note > 0 ? name[..note] : name;
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A share to one decimal, rounded half away from zero (so the same on every machine).</summary>
    private static string Share(long part, long whole) => whole == 0
        ? "0%"
        : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}

/// <summary>A horizontal bar chart as SVG: integer geometry, labels left, bars scaled to the largest value, the number after each bar.</summary>
internal static class SvgBarChart
{
    public const int Width = 640;
    private const int LabelWidth = 230;
    private const int BarArea = 280;
    private const int TitleHeight = 40;
    private const int GroupHeight = 28;
    private const int BarHeight = 26;
    private const int Bottom = 12;
    private const string BarColour = "#1f5fa8";

    public static int Height(BarChart chart) =>
        TitleHeight + chart.Groups.Sum(g => (g.Label is null ? 0 : GroupHeight) + (g.Bars.Count * BarHeight)) + Bottom;

    public static void Write(StringBuilder svg, BarChart chart, FontSet fonts, bool standalone)
    {
        var height = Height(chart);
        var max = chart.Groups.SelectMany(g => g.Bars).Select(b => b.Value).DefaultIfEmpty(0).Max();
        svg.Append(CultureInfo.InvariantCulture, $"<svg");
        if (!standalone)
        {
            svg.Append(" xmlns=\"http://www.w3.org/2000/svg\"");
        }

        svg.Append(CultureInfo.InvariantCulture,
            $" role=\"img\" aria-labelledby=\"{chart.Id}-title {chart.Id}-desc\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" style=\"max-width:100%;height:auto\" font-size=\"15\" font-family=\"");
        HtmlText.Append(svg, "'" + new string([.. fonts.Body.Where(c => c is not ('\'' or '\\'))]) + "', FangSong, 'Noto Sans CJK SC', sans-serif");
        svg.Append("\">\n").Append(CultureInfo.InvariantCulture, $"<title id=\"{chart.Id}-title\">");
        HtmlText.Append(svg, chart.Title);
        svg.Append(CultureInfo.InvariantCulture, $"</title>\n<desc id=\"{chart.Id}-desc\">");
        HtmlText.Append(svg, string.Join("；", chart.Groups.Select(g =>
            (g.Label is null ? "" : g.Label + "：") + string.Join("，", g.Bars.Select(b => b.Label + " " + b.Text)))) + "。");
        svg.Append("</desc>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width / 2}\" y=\"26\" text-anchor=\"middle\" font-size=\"17\" fill=\"#000\">");
        HtmlText.Append(svg, chart.Title);
        svg.Append("</text>\n");

        var y = TitleHeight;
        foreach (var group in chart.Groups)
        {
            if (group.Label is not null)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"8\" y=\"{y + 19}\" fill=\"#000\">");
                HtmlText.Append(svg, group.Label);
                svg.Append("</text>\n");
                y += GroupHeight;
            }

            foreach (var bar in group.Bars)
            {
                // Integer lengths (rounded down, at least 1 for a non-zero value) keep the bytes the same everywhere.
                var length = max == 0 ? 0 : (int)(BarArea * (decimal)bar.Value / max);
                if (bar.Value > 0 && length == 0)
                {
                    length = 1;
                }

                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 18}\" text-anchor=\"end\" fill=\"#000\">");
                HtmlText.Append(svg, bar.Label);
                svg.Append("</text>\n").Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{length}\" height=\"{BarHeight - 8}\" fill=\"{BarColour}\" />\n<text x=\"{LabelWidth + length + 6}\" y=\"{y + 18}\" fill=\"#000\">");
                HtmlText.Append(svg, bar.Text);
                svg.Append("</text>\n");
                y += BarHeight;
            }
        }

        svg.Append("</svg>\n");
    }
}
