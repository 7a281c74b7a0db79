using ReportGen.Core.Format;
using ReportGen.Core.Model;
using static ReportGen.Core.Rendering.Docx.CellSpec;

namespace ReportGen.Core.Rendering.Docx;

/// <summary>The proactive table — 二、主动公开政府信息情况: per clause of 第二十条, a clause row, a header row and its items.</summary>
internal static class ProactiveTableBuilder
{
    // Each figure column takes a 9-digit count at 小四; the label column the rest of the text width, which holds
    // 行政规范性文件/行政事业性收费 on one line. The widths add up to the text width by construction.
    private const int FigureColumn = 2000;
    private const int LabelColumn = PageGeometry.TextWidth - ((ProactiveTableSpec.GridColumns - 1) * FigureColumn);

    public static readonly TableDesign Design = new(
        new([LabelColumn, .. Enumerable.Repeat(FigureColumn, ProactiveTableSpec.GridColumns - 1)], PageGeometry.SizeXiaoSi, CellMargin: 108, MinRowHeight: 454),
        (table, report) => AddRows(table, report.Proactive));

    private static void AddRows(ITableRows table, ProactiveData data)
    {
        var spec = FormatCatalog.ProactiveTable;
        const int valueColumns = ProactiveTableSpec.GridColumns - 1;
        foreach (var clause in spec.Clauses)
        {
            table.Row([Heading(clause.Label, ProactiveTableSpec.GridColumns)]);
            table.Row(clause.ValueHeader is null
                ? [Heading(ProactiveTableSpec.ContentHeader), .. spec.DocumentColumns.Select(c => Heading(c.Label))]
                : [Heading(ProactiveTableSpec.ContentHeader), Heading(clause.ValueHeader, valueColumns)]);
            foreach (var item in clause.Items)
            {
                var cells = data.Cells(item);
                table.Row([Label(item.Label), .. cells.Select(text => Number(text, valueColumns / cells.Count))]);
            }
        }
    }
}
