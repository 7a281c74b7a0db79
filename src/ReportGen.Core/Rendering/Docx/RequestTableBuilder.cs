using ReportGen.Core.Format;
using ReportGen.Core.Model;
using static ReportGen.Core.Rendering.Docx.CellSpec;

namespace ReportGen.Core.Rendering.Docx;

/// <summary>
/// The request table — 三、收到和处理政府信息公开申请情况: a three-row header under the corner note, then 25 rows whose
/// labels fill three columns (三、本年度办理结果 and the （三）–（六） groups merged down over their rows).
/// </summary>
internal static class RequestTableBuilder
{
    private const int FontSize = PageGeometry.SizeWuHao;
    private const int CellMargin = 40;
    private const int OutcomesColumn = 800;
    private const int GroupColumn = 1180;
    public static readonly TableDesign Design = new(CreateGeometry(), (table, report) => AddRows(table, report.Requests));

    private static void AddRows(ITableRows table, RequestTable data)
    {
        var spec = FormatCatalog.RequestTable;
        const int labels = RequestTableSpec.LabelColumns;

        table.HeaderRow(
            Label(RequestTableSpec.CornerNote, labels, RowMerge.Start),
            Heading(RequestTableSpec.ApplicantsHeader, spec.Columns.Count));
        var legalPersons = spec.Columns.Count(c => c.IsLegalPerson);
        table.HeaderRow(
        [
            Continue(labels),
            .. spec.Columns
                .Where(c => !c.IsLegalPerson || c == spec.Columns.First(l => l.IsLegalPerson))
                .Select(c => c.IsLegalPerson
                    ? Heading(RequestTableSpec.LegalPersonsHeader, legalPersons)
                    : Heading(c.Label, 1, RowMerge.Start)),
        ]);
        table.HeaderRow(
        [
            Continue(labels),
            .. spec.Columns.Select(c => c.IsLegalPerson ? Heading(c.Label) : Continue()),
        ]);

        var firstOutcome = spec.Rows.First(IsOutcome);
        foreach (var row in spec.Rows)
        {
            var figures = spec.Columns.Select(c => Number(data.Value(row, c)));
            table.Row([.. RowLabels(row, firstOutcome, spec), .. figures]);
        }
    }

    /// <summary>
    /// Figure columns as narrow as their headings allow; the item labels (L3) take what is left, so that the
    /// （六） items wrap in three lines and the others mostly fit one.
    /// </summary>
    private static TableGeometry CreateGeometry()
    {
        var figures = FormatCatalog.RequestTable.Columns.Select(c => FigureColumnWidth(c.Label)).ToArray();
        var items = PageGeometry.TextWidth - OutcomesColumn - GroupColumn - figures.Sum();
        return new TableGeometry([OutcomesColumn, GroupColumn, items, .. figures], FontSize, CellMargin, MinRowHeight: 320);
    }

    /// <summary>Two characters a line, or more where two would leave one character alone (自然人 → three).</summary>
    private static int FigureColumnWidth(string heading)
    {
        var length = (int)Math.Ceiling(ChineseText.Width(heading));
        var perLine = Enumerable.Range(2, length).First(n => length <= n || length % n != 1);
        const int slack = 20; // so that an exactly fitting line does not wrap on rounding
        return (perLine * FontSize * 10) + (2 * CellMargin) + slack;
    }

    private static bool IsOutcome(RequestRow row) => row.Role is RequestRowRole.Outcome or RequestRowRole.Total;

    private static IEnumerable<CellSpec> RowLabels(RequestRow row, RequestRow firstOutcome, RequestTableSpec spec)
    {
        if (!IsOutcome(row))
        {
            yield return Label(row.Label, RequestTableSpec.LabelColumns);
            yield break;
        }

        yield return row == firstOutcome ? Label(RequestTableSpec.OutcomesLabel, 1, RowMerge.Start) : Continue();
        if (row.Group is null)
        {
            yield return Label(row.Label, 2);
            yield break;
        }

        var firstInGroup = spec.Rows.First(r => r.Group == row.Group) == row;
        yield return firstInGroup ? Label(row.Group.Label, 1, RowMerge.Start) : Continue();
        yield return Label(row.Label);
    }
}
