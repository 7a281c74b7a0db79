using ReportGen.Core.Format;
using ReportGen.Core.Model;
using static ReportGen.Core.Rendering.Docx.CellSpec;

namespace ReportGen.Core.Rendering.Docx;

/// <summary>Table A — 二、主动公开政府信息情况: per clause of 第二十条, a clause row, a header row and its items.</summary>
internal static class ProactiveTableBuilder
{
    // The label column takes 行政规范性文件/行政事业性收费 on one line at 小四; the figures share the rest.
    public static readonly TableDesign Design = new(
        new([2844, 2000, 2000, 2000], PageGeometry.SizeXiaoSi, CellMargin: 108, MinRowHeight: 454),
        (table, report) => Lay(table, report.Proactive));

    private static void Lay(ITableRows table, ProactiveData data)
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
