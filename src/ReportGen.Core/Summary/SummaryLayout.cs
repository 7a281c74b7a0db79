using ReportGen.Core.Format;
using ReportGen.Core.Model;

namespace ReportGen.Core.Summary;

/// <summary>
/// Lays the summary out as two worksheets: 汇总, the three tables in the official layout (merged header
/// cells as in the report) filled with the totals; and 明细, one row per agency and one column per cell.
/// </summary>
public static class SummaryLayout
{
    /// <summary>The review table is the widest table: 3 proceedings × 5 columns.</summary>
    private static readonly int Width = FormatCatalog.ReviewTable.GridColumns;

    public static SheetGrid Totals(JurisdictionSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var grid = new SheetGrid(SummaryLabels.TotalsSheet);
        grid.Text(0, 0, SummaryLabels.Title(summary.Year), SheetStyle.Title, columns: Width);
        grid.Text(1, 0, SummaryLabels.Note(summary.Agencies.Count), SheetStyle.Default, columns: Width);

        var row = 3;
        grid.Text(row++, 0, FormatCatalog.Proactive.Heading, SheetStyle.SectionHeading, columns: Width);
        row = ProactiveTable(grid, row, summary.Totals.Proactive) + 1;
        grid.Text(row++, 0, FormatCatalog.Requests.Heading, SheetStyle.SectionHeading, columns: Width);
        row = RequestTable(grid, row, summary.Totals.Requests) + 1;
        grid.Text(row++, 0, FormatCatalog.Reviews.Heading, SheetStyle.SectionHeading, columns: Width);
        ReviewTable(grid, row, summary.Totals.Reviews);

        for (var c = 0; c < Width; c++)
        {
            grid.ColumnWidths[c] = c < RequestTableSpec.LabelColumns ? 18 : 11;
        }

        return grid;
    }

    /// <summary>内容雷同: one row per copied paragraph (RG113), by agency pair; absent when nothing was copied.</summary>
    public static SheetGrid? Copying(JurisdictionSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.CopiedParagraphs.Count == 0)
        {
            return null;
        }

        var grid = new SheetGrid(SummaryLabels.CopyingSheet);
        string[] headers = [SummaryLabels.Agency, SummaryLabels.File, SummaryLabels.Part, SummaryLabels.Paragraph, SummaryLabels.Opening, SummaryLabels.OtherAgency, SummaryLabels.OtherFile, SummaryLabels.Share, SummaryLabels.AgenciesAlike];
        for (var c = 0; c < headers.Length; c++)
        {
            grid.Text(0, c, headers[c], SheetStyle.Header);
        }

        var row = 1;
        foreach (var copied in summary.CopiedParagraphs)
        {
            var text = copied.Paragraph.Text;
            grid.Text(row, 0, copied.Report.Report.Agency, SheetStyle.Label);
            grid.Text(row, 1, copied.Report.File, SheetStyle.Label);
            grid.Text(row, 2, copied.Paragraph.Part, SheetStyle.Label);
            grid.Text(row, 3, copied.Paragraph.Path, SheetStyle.Label);
            grid.Text(row, 4, text.Length > OpeningLength ? text[..OpeningLength] + "…" : text, SheetStyle.Label);
            grid.Text(row, 5, copied.Other.Report.Agency, SheetStyle.Label);
            grid.Text(row, 6, copied.Other.File, SheetStyle.Label);
            grid.Number(row, 7, Math.Round((decimal)copied.Share, 2));
            grid.Number(row, 8, copied.OtherAgencies);
            row++;
        }

        double[] widths = [20, 16, 18, 22, 40, 20, 16, 10, 12];
        for (var c = 0; c < widths.Length; c++)
        {
            grid.ColumnWidths[c] = widths[c];
        }

        grid.Frozen = (1, 1);
        return grid;
    }

    /// <summary>How much of a copied paragraph the sheet shows: enough to recognise it.</summary>
    private const int OpeningLength = 40;

    public static SheetGrid Details(JurisdictionSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var grid = new SheetGrid(SummaryLabels.DetailsSheet);
        var cells = SummaryCells.All;
        const int first = 2;
        grid.Text(0, 0, SummaryLabels.Agency, SheetStyle.Header);
        grid.Text(0, 1, SummaryLabels.File, SheetStyle.Header);
        foreach (var cell in cells)
        {
            grid.Text(0, first + cell.Index, cell.Label, SheetStyle.Header);
        }

        var row = 1;
        foreach (var agency in summary.Agencies)
        {
            grid.Text(row, 0, agency.Agency, SheetStyle.Label);
            grid.Text(row, 1, agency.File, SheetStyle.Label);
            foreach (var cell in cells)
            {
                grid.Number(row, first + cell.Index, agency.Value(cell));
            }

            row++;
        }

        grid.Text(row, 0, SummaryLabels.TotalRow, SheetStyle.Header, columns: 2);
        foreach (var cell in cells)
        {
            grid.Number(row, first + cell.Index, summary.Total(cell), SheetStyle.TotalNumber);
        }

        grid.ColumnWidths[0] = 28;
        grid.ColumnWidths[1] = 24;
        for (var c = 0; c < cells.Count; c++)
        {
            grid.ColumnWidths[first + c] = 20;
        }

        grid.Frozen = (1, 1);
        return grid;
    }

    /// <summary>The proactive table from <paramref name="top"/>; returns the row after it.</summary>
    private static int ProactiveTable(SheetGrid grid, int top, ProactiveData data)
    {
        var spec = FormatCatalog.ProactiveTable;
        const int span = ProactiveTableSpec.GridColumns - 1;
        var row = top;
        foreach (var clause in spec.Clauses)
        {
            grid.Text(row++, 0, clause.Label, SheetStyle.Header, columns: ProactiveTableSpec.GridColumns);
            grid.Text(row, 0, ProactiveTableSpec.ContentHeader, SheetStyle.Header);
            if (clause.ValueHeader is null)
            {
                foreach (var (column, i) in spec.DocumentColumns.Select((c, i) => (c, i)))
                {
                    grid.Text(row, 1 + i, column.Label, SheetStyle.Header);
                }
            }
            else
            {
                grid.Text(row, 1, clause.ValueHeader, SheetStyle.Header, columns: span);
            }

            row++;
            foreach (var item in clause.Items)
            {
                grid.Text(row, 0, item.Label, SheetStyle.Label);
                switch (item.Kind)
                {
                    case ProactiveValueKind.DocumentCounts:
                        for (var c = 0; c < spec.DocumentColumns.Count; c++)
                        {
                            grid.Number(row, 1 + c, data.Documents(item)[c]);
                        }

                        break;
                    case ProactiveValueKind.DecisionCount:
                        grid.Number(row, 1, data.Decisions(item), columns: span);
                        break;
                    default:
                        grid.Number(row, 1, data.Fees.Value, columns: span);
                        break;
                }

                row++;
            }
        }

        return row;
    }

    /// <summary>The request table from <paramref name="top"/>; returns the row after it.</summary>
    private static int RequestTable(SheetGrid grid, int top, RequestTable data)
    {
        var spec = FormatCatalog.RequestTable;
        const int labels = RequestTableSpec.LabelColumns;
        const int legalPersons = RequestTableSpec.ApplicantCount - 1;
        grid.Text(top, 0, RequestTableSpec.CornerNote, SheetStyle.Header, rows: 3, columns: labels);
        grid.Text(top, labels, RequestTableSpec.ApplicantsHeader, SheetStyle.Header, columns: spec.Columns.Count);
        foreach (var column in spec.Columns)
        {
            if (column.IsLegalPerson)
            {
                grid.Text(top + 2, labels + column.Index, column.Label, SheetStyle.Header);
            }
            else
            {
                grid.Text(top + 1, labels + column.Index, column.Label, SheetStyle.Header, rows: 2);
            }
        }

        var firstLegalPerson = spec.Columns.First(c => c.IsLegalPerson).Index;
        grid.Text(top + 1, labels + firstLegalPerson, RequestTableSpec.LegalPersonsHeader, SheetStyle.Header, columns: legalPersons);

        var body = top + 3;
        var outcomeRows = spec.Rows.Where(r => r.Role is RequestRowRole.Outcome or RequestRowRole.Total).ToList();
        grid.Text(body + outcomeRows[0].Index, 0, RequestTableSpec.OutcomesLabel, SheetStyle.Label, rows: outcomeRows.Count);
        foreach (var row in spec.Rows)
        {
            var y = body + row.Index;
            if (row.Role is RequestRowRole.Received or RequestRowRole.CarriedOver or RequestRowRole.CarriedForward)
            {
                grid.Text(y, 0, row.Label, SheetStyle.Label, columns: labels);
            }
            else if (row.Group is null)
            {
                grid.Text(y, 1, row.Label, SheetStyle.Label, columns: labels - 1);
            }
            else
            {
                var members = spec.Rows.Where(r => r.Group == row.Group).ToList();
                if (members[0] == row)
                {
                    grid.Text(y, 1, row.Group.Label, SheetStyle.Label, rows: members.Count);
                }

                grid.Text(y, 2, row.Label, SheetStyle.Label);
            }

            foreach (var column in spec.Columns)
            {
                grid.Number(y, labels + column.Index, data.Value(row, column));
            }
        }

        return body + spec.Rows.Count;
    }

    /// <summary>The review table from <paramref name="top"/>: three header rows and one row of figures.</summary>
    private static void ReviewTable(SheetGrid grid, int top, ReviewTable data)
    {
        var spec = FormatCatalog.ReviewTable;
        var width = spec.Columns.Count;
        foreach (var row in spec.Rows)
        {
            var x = row.Index * width;
            var (labelRow, columnRow, columnRows) = row.Group is null ? (top, top + 1, 2) : (top + 1, top + 2, 1);
            grid.Text(labelRow, x, row.Label, SheetStyle.Header, columns: width);
            foreach (var column in spec.Columns)
            {
                grid.Text(columnRow, x + column.Index, column.Label, SheetStyle.Header, rows: columnRows);
                grid.Number(top + 3, x + column.Index, data.Value(row, column));
            }
        }

        foreach (var group in spec.Rows.Where(r => r.Group is not null).GroupBy(r => r.Group!))
        {
            grid.Text(top, group.First().Index * width, group.Key, SheetStyle.Header, columns: width * group.Count());
        }
    }
}
