using System.Text;
using ReportGen.Core.Format;
using ReportGen.Core.Model;
using ReportGen.Core.Rendering.Docx;

namespace ReportGen.Core.Rendering.Html;

/// <summary>
/// The report as the web page a government website publishes: one self-contained UTF-8 file with the same
/// text as the .docx (composed by <see cref="ReportBody"/>, tables laid out by the .docx's own builders), and
/// the 图解 charts after the signature. Same report, same bytes.
/// </summary>
public sealed class HtmlReportRenderer(FontSet fonts, bool charts = true) : IReportRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public HtmlReportRenderer()
        : this(FontSet.Default)
    {
    }

    public string Extension => ".html";

    public void Render(AnnualReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = Utf8.GetBytes(Write(report));
        output.Write(bytes);
    }

    public string Write(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var body = new HtmlBody(fonts);
        var html = body.Output;
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\" />\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>");
        HtmlText.Append(html, report.EffectiveTitle);
        html.Append("</title>\n").Append(PrintStyle).Append("</head>\n<body style=\"margin:0;background:#fff;color:#000\">\n")
            .Append("<article style=\"").Append(body.ArticleStyle).Append("\">\n");
        ReportBody.Compose(report, body);
        if (charts)
        {
            ReportCharts.WriteSection(html, report, fonts);
        }

        html.Append("</article>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// Extras for browsers that keep style sheets: A4 pages in print, where the scrolling boxes open up.
    /// The page reads the same without it (CMS editors strip it): every look it needs is inline.
    /// </summary>
    private const string PrintStyle =
        "<style>\n" +
        "@page { size: A4; margin: 37mm 26mm 35mm 28mm; }\n" +
        "@media print { body { background: #fff; } article { max-width: none !important; padding: 0 !important; } " +
        ".rg-scroll { overflow: visible !important; } table { min-width: 0 !important; } tr, figure { break-inside: avoid; } }\n" +
        "@media screen and (max-width: 480px) { article { font-size: 13pt !important; padding: 1em 0.75em !important; } h1 { font-size: 18pt !important; } }\n" +
        "</style>\n";
}

/// <summary>The body's parts as HTML elements with inline styles, in the order <see cref="ReportBody.Compose"/> gives them.</summary>
internal sealed class HtmlBody(FontSet fonts) : IBodyParts
{
    private ReportSection? _section;

    public StringBuilder Output { get; } = new(64 * 1024);

    /// <summary>三号 body text, the page's width capped near the A4 text width so that lines stay as long as on paper.</summary>
    public string ArticleStyle =>
        $"max-width:46em;margin:0 auto;padding:1.5em 1em;font-family:{Family(fonts.Body, "FangSong, STFangsong, serif")};font-size:16pt;line-height:1.8;color:#000;background:#fff";

    private string HeadingFont => $"font-family:{Family(fonts.Heading, "SimHei, 'Heiti SC', sans-serif")};";

    public void Title(IReadOnlyList<string> lines)
    {
        Output.Append("<h1 style=\"margin:0.5em 0 1em;text-align:center;font-size:22pt;line-height:1.5;font-weight:normal;font-family:")
            .Append(Family(fonts.Title, "SimSun, serif")).Append("\">");
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                Output.Append("<br />");
            }

            HtmlText.Append(Output, lines[i]);
        }

        Output.Append("</h1>\n");
    }

    public void Paragraph(string text)
    {
        Output.Append("<p style=\"margin:0;text-indent:2em;text-align:justify\">");
        HtmlText.Append(Output, text);
        Output.Append("</p>\n");
    }

    public void Heading(ReportSection section)
    {
        _section = section;
        Output.Append("<h2 style=\"margin:0;text-indent:2em;font-size:1em;font-weight:normal;").Append(HeadingFont).Append("\">");
        HtmlText.Append(Output, section.Heading);
        Output.Append("</h2>\n");
    }

    public void SubHeading(string numberedHeading)
    {
        Output.Append("<h3 style=\"margin:0;text-indent:2em;font-size:1em;font-weight:normal;font-family:")
            .Append(Family(fonts.SubHeading, "KaiTi, STKaiti, serif")).Append("\">");
        HtmlText.Append(Output, numberedHeading);
        Output.Append("</h3>\n");
    }

    public void Table(TableDesign table, AnnualReport report) =>
        HtmlTable.Write(Output, table, report, "rg-" + _section?.Key, _section?.Title ?? "", HeadingFont);

    /// <summary>The 落款 as right-aligned lines, the date (when known) under the agency (as in the .docx).</summary>
    public void Signature(string agency, DateOnly? date)
    {
        Output.Append("<p style=\"margin:2em 4em 0 0;text-align:right\">");
        HtmlText.Append(Output, agency);
        Output.Append("</p>\n");
        if (date is { } day)
        {
            Output.Append("<p style=\"margin:0 4em 0 0;text-align:right\">");
            HtmlText.Append(Output, ChineseText.Date(day));
            Output.Append("</p>\n");
        }
    }

    /// <summary>A CSS font-family: the role's font first (quoted: a user's --font name may hold anything), then fallbacks.</summary>
    public static string Family(string font, string fallbacks) =>
        "'" + HtmlText.Escape(new string([.. font.Where(c => c is not ('\\' or '\'' or '\n' or '\t'))])) + "', " + fallbacks;
}
