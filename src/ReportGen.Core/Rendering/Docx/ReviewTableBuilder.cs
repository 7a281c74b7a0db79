using ReportGen.Core.Format;
using ReportGen.Core.Model;
using static ReportGen.Core.Rendering.Docx.CellSpec;

namespace ReportGen.Core.Rendering.Docx;

/// <summary>
/// The review table — 四、政府信息公开行政复议、行政诉讼情况: 15 figure columns of about 10 mm, so narrow cell margins;
/// 行政复议's outcome headings merged down two rows, the two litigation kinds each spanning their five columns.
/// </summary>
internal static class ReviewTableBuilder
{
    public static readonly TableDesign Design = new(
        new(EqualColumns(FormatCatalog.ReviewTable.GridColumns), PageGeometry.SizeWuHao, CellMargin: 28, MinRowHeight: 454),
        (table, report) => AddRows(table, report.Reviews));

    private static void AddRows(ITableRows table, ReviewTable data)
    {
        var spec = FormatCatalog.ReviewTable;
        var width = spec.Columns.Count;

        // Row 1: a proceeding without a group heads its own columns; grouped ones share their group's heading.
        table.HeaderRow([.. spec.Rows
            .GroupBy(r => r.Group ?? r.Label)
            .Select(g => Heading(g.Key, width * g.Count()))]);
        table.HeaderRow([.. spec.Rows.SelectMany(r => r.Group is null
            ? spec.Columns.Select(c => Heading(c.Label, 1, RowMerge.Start))
            : [Heading(r.Label, width)])]);
        table.HeaderRow([.. spec.Rows.SelectMany(r => r.Group is null
            ? spec.Columns.Select(_ => Continue())
            : spec.Columns.Select(c => Heading(c.Label)))]);
        table.Row([.. spec.Rows.SelectMany(r => spec.Columns.Select(c => Number(data.Value(r, c))))]);
    }

    private static int[] EqualColumns(int count)
    {
        var columns = new int[count];
        for (var i = 0; i < count; i++)
        {
            // Spread the remainder over the first columns so that the grid fills the text width exactly.
            columns[i] = (PageGeometry.TextWidth / count) + (i < PageGeometry.TextWidth % count ? 1 : 0);
        }

        return columns;
    }
}
