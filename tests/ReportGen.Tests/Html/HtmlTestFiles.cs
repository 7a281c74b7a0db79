using System.Text;
using System.Xml;
using System.Xml.Linq;
using ReportGen.Core.Model;
using ReportGen.Core.Rendering;
using ReportGen.Core.Rendering.Html;
using ReportGen.Tests.Rendering;

namespace ReportGen.Tests.Html;

/// <summary>A cell of an HTML table as the HTML table model places it: text, top-left grid slot and spans.</summary>
public sealed record HtmlCell(string Text, int Row, int Column, int RowSpan, int ColumnSpan, string Tag, string? Scope)
{
    public override string ToString() => $"\"{Text}\" at ({Row},{Column}) {RowSpan}x{ColumnSpan}";
}

/// <summary>Producing the HTML page in tests, parsing it (the page is well-formed XML by design) and reading its tables.</summary>
public static class HtmlTestFiles
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static string Render(AnnualReport report) => Encoding.UTF8.GetString(RenderBytes(report));

    public static byte[] RenderBytes(AnnualReport report)
    {
        using var output = new MemoryStream();
        new HtmlReportRenderer(FontSet.Default).Render(report, output);
        return output.ToArray();
    }

    public static string Sample => Render(DocxTestFiles.SampleReport());

    /// <summary>Parses the page as XML (fails on anything not well-formed), without its doctype.</summary>
    public static XDocument Parse(string html)
    {
        const string doctype = "<!DOCTYPE html>\n";
        Assert.StartsWith(doctype, html, StringComparison.Ordinal);
        return XDocument.Parse(html[doctype.Length..], LoadOptions.None);
    }

    /// <summary>The page pretty-printed: what the golden file holds, so that a diff shows which element changed.</summary>
    public static string Normalise(string html)
    {
        var document = Parse(html);
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true, NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, settings))
        {
            document.Root!.WriteTo(writer);
        }

        return text.ToString().ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>Every table's cells placed on the grid by the HTML table model (rowspan reserves the slots below).</summary>
    public static IReadOnlyList<IReadOnlyList<HtmlCell>> Tables(XDocument page) =>
        [.. page.Descendants("table").Select(ReadTable)];

    private static IReadOnlyList<HtmlCell> ReadTable(XElement table)
    {
        var taken = new HashSet<(int, int)>();
        var cells = new List<HtmlCell>();
        var row = 0;
        foreach (var tr in table.Descendants("tr"))
        {
            var column = 0;
            foreach (var cell in tr.Elements())
            {
                while (taken.Contains((row, column)))
                {
                    column++;
                }

                var rowSpan = (int?)cell.Attribute("rowspan") ?? 1;
                var columnSpan = (int?)cell.Attribute("colspan") ?? 1;
                for (var r = 0; r < rowSpan; r++)
                {
                    for (var c = 0; c < columnSpan; c++)
                    {
                        Assert.True(taken.Add((row + r, column + c)), $"two cells cover ({row + r},{column + c})");
                    }
                }

                cells.Add(new HtmlCell(cell.Value, row, column, rowSpan, columnSpan, cell.Name.LocalName, (string?)cell.Attribute("scope")));
                column += columnSpan;
            }

            row++;
        }

        return cells;
    }
}
