using System.Globalization;
using System.Text;
using ReportGen.Core.Model;
using ReportGen.Core.Rendering.Docx;

namespace ReportGen.Core.Rendering.Html;

/// <summary>
/// One of the three tables as an HTML table, laid out by the same builder as the .docx table
/// (<see cref="TableDesign.AddRows"/>): the grid spans become <c>colspan</c>, a vertical merge (a start cell and
/// the continuing cells below it in the same grid column) becomes <c>rowspan</c>, headings become
/// <c>&lt;th scope&gt;</c>. Every look is an inline style, since CMS editors strip style sheets.
/// </summary>
internal sealed class HtmlTable : ITableRows
{
    private const string Border = "border:1px solid #000;";
    private readonly List<(CellSpec[] Cells, bool Header)> _rows = [];

    public void HeaderRow(params CellSpec[] cells) => _rows.Add((cells, true));

    public void Row(IReadOnlyList<CellSpec> cells) => _rows.Add(([.. cells], false));

    public static void Write(StringBuilder output, TableDesign design, AnnualReport report, string id, string caption, string headingFont)
    {
        var table = new HtmlTable();
        design.AddRows(table, report);
        table.WriteTo(output, design.Geometry, id, caption, headingFont);
    }

    private void WriteTo(StringBuilder output, TableGeometry geometry, string id, string caption, string headingFont)
    {
        var fontPoints = (geometry.FontSize / 2.0).ToString("0.#", CultureInfo.InvariantCulture);
        var columns = geometry.Columns;
        var total = columns.Sum();

        // The box scrolls sideways on a narrow screen, never the page: the table keeps a width at which its
        // headings stay legible (3.5 characters a grid column), whatever the screen.
        output.Append("<div id=\"").Append(id).Append("\" style=\"overflow-x:auto;-webkit-overflow-scrolling:touch;max-width:100%;margin:0.5em 0 1em\" class=\"rg-scroll\">\n");
        output.Append(CultureInfo.InvariantCulture,
            $"<table style=\"border-collapse:collapse;table-layout:fixed;width:100%;min-width:{columns.Count * 3.5:0.#}em;font-size:{fontPoints}pt;line-height:1.35;font-family:inherit;color:#000;background:#fff\">\n");
        output.Append("<caption style=\"caption-side:top;text-align:center;font-weight:normal;padding:0 0 0.3em\">");
        HtmlText.Append(output, caption);
        output.Append("</caption>\n<colgroup>");
        foreach (var width in columns)
        {
            output.Append(CultureInfo.InvariantCulture, $"<col style=\"width:{100.0 * width / total:0.###}%\" />");
        }

        output.Append("</colgroup>\n");
        var headerRows = _rows.TakeWhile(r => r.Header).Count();
        if (headerRows > 0)
        {
            output.Append("<thead>\n");
        }

        var rowSpans = RowSpans();
        for (var r = 0; r < _rows.Count; r++)
        {
            if (r == headerRows)
            {
                output.Append(headerRows > 0 ? "</thead>\n<tbody>\n" : "<tbody>\n");
            }

            output.Append("<tr>");
            var (cells, header) = _rows[r];
            for (var c = 0; c < cells.Length; c++)
            {
                if (cells[c].Merge != RowMerge.Continue)
                {
                    Cell(output, cells[c], header, rowSpans[r][c], headingFont);
                }
            }

            output.Append("</tr>\n");
        }

        output.Append("</tbody>\n</table>\n</div>\n");
    }

    /// <summary>For each cell, how many rows it covers: a merge start counts the continuing cells below it at its grid column.</summary>
    private int[][] RowSpans()
    {
        var starts = _rows.Select(r => GridStarts(r.Cells)).ToArray();
        var spans = new int[_rows.Count][];
        for (var r = 0; r < _rows.Count; r++)
        {
            var cells = _rows[r].Cells;
            spans[r] = new int[cells.Length];
            for (var c = 0; c < cells.Length; c++)
            {
                var span = 1;
                if (cells[c].Merge == RowMerge.Start)
                {
                    while (r + span < _rows.Count && ContinuesAt(_rows[r + span].Cells, starts[r + span], starts[r][c]))
                    {
                        span++;
                    }
                }

                spans[r][c] = span;
            }
        }

        return spans;
    }

    private static int[] GridStarts(CellSpec[] cells)
    {
        var starts = new int[cells.Length];
        for (int c = 0, column = 0; c < cells.Length; column += cells[c].Span, c++)
        {
            starts[c] = column;
        }

        return starts;
    }

    private static bool ContinuesAt(CellSpec[] cells, int[] starts, int column)
    {
        var index = Array.IndexOf(starts, column);
        return index >= 0 && cells[index].Merge == RowMerge.Continue;
    }

    private static void Cell(StringBuilder output, CellSpec cell, bool headerRow, int rowSpan, string headingFont)
    {
        // Headings name columns (a group of them when spanning several); a label in a body row names its
        // row (its group of rows when merged down); a label in the header is the corner note, a plain cell.
        var (tag, scope) = cell.Role switch
        {
            CellRole.Heading => ("th", cell.Span > 1 ? "colgroup" : "col"),
            CellRole.Label when !headerRow => ("th", rowSpan > 1 ? "rowgroup" : "row"),
            _ => ("td", null),
        };
        var align = cell.Role == CellRole.Label ? "text-align:left;" : "text-align:center;";
        var font = cell.Role == CellRole.Heading ? headingFont : "";
        output.Append('<').Append(tag);
        if (scope is not null)
        {
            output.Append(" scope=\"").Append(scope).Append('"');
        }

        if (cell.Span > 1)
        {
            output.Append(CultureInfo.InvariantCulture, $" colspan=\"{cell.Span}\"");
        }

        if (rowSpan > 1)
        {
            output.Append(CultureInfo.InvariantCulture, $" rowspan=\"{rowSpan}\"");
        }

        output.Append(" style=\"").Append(Border).Append("padding:0.2em 0.3em;vertical-align:middle;font-weight:normal;")
            .Append(align).Append(font).Append("\">");
        HtmlText.Append(output, cell.Text);
        output.Append("</").Append(tag).Append('>');
    }
}
