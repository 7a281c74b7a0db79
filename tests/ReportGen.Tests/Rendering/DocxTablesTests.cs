using System.Globalization;
using CsCheck;
using ReportGen.Core.Format;
using ReportGen.Core.Model;

namespace ReportGen.Tests.Rendering;

/// <summary>
/// The three tables read back out of the .docx (merges resolved) hold exactly the format's layout
/// (the format, as FormatCatalog holds it), the catalog's labels and the input's figures — for the sample and for random reports.
/// </summary>
public class DocxTablesTests
{
    [Fact]
    public void Sample_tables_hold_every_label_merge_and_figure()
    {
        AssertTables(DocxTestFiles.Sample, DocxTestFiles.SampleReport());
    }

    [Fact]
    public void Random_reports_tables_hold_every_label_merge_and_figure()
    {
        ReportGenerators.Report.Sample(report => AssertTables(DocxTestFiles.Write(report), report), iter: 40, threads: 1);
    }

    [Fact]
    public void Fee_is_printed_exactly_as_written()
    {
        var report = DocxTestFiles.SampleReport();
        report.Proactive.Fees = new FeeAmount(24252.311082m, "24252.311082");
        var table = DocxTableReader.Read(DocxTestFiles.Write(report))[0];
        Assert.Contains(table.Cells(), c => c.Text == "24252.311082" && c.ColumnSpan == ProactiveTableSpec.GridColumns - 1);
    }

    private static void AssertTables(byte[] docx, AnnualReport report)
    {
        var tables = DocxTableReader.Read(docx);
        Assert.Equal(3, tables.Count);
        AssertProactive(tables[0], report.Proactive);
        AssertRequests(tables[1], report.Requests);
        AssertReviews(tables[2], report.Reviews);
    }

    /// <summary>The proactive table: per clause, the clause row over 4 columns, a 信息内容 header row, the items.</summary>
    private static void AssertProactive(ReadTable table, ProactiveData data)
    {
        var spec = FormatCatalog.ProactiveTable;
        const int all = ProactiveTableSpec.GridColumns;
        Assert.Equal(all, table.ColumnCount);
        var row = 0;
        foreach (var clause in spec.Clauses)
        {
            AssertCell(table, row++, 0, clause.Label, columnSpan: all);
            AssertCell(table, row, 0, ProactiveTableSpec.ContentHeader);
            if (clause.ValueHeader is null)
            {
                for (var c = 0; c < spec.DocumentColumns.Count; c++)
                {
                    AssertCell(table, row, 1 + c, spec.DocumentColumns[c].Label);
                }
            }
            else
            {
                AssertCell(table, row, 1, clause.ValueHeader, columnSpan: all - 1);
            }

            row++;
            foreach (var item in clause.Items)
            {
                AssertCell(table, row, 0, item.Label);
                switch (item.Kind)
                {
                    case ProactiveValueKind.DocumentCounts:
                        var counts = data.Documents(item);
                        AssertCell(table, row, 1, Text(counts.Issued));
                        AssertCell(table, row, 2, Text(counts.Repealed));
                        AssertCell(table, row, 3, Text(counts.InForce));
                        break;
                    case ProactiveValueKind.DecisionCount:
                        AssertCell(table, row, 1, Text(data.Decisions(item)), columnSpan: all - 1);
                        break;
                    default:
                        AssertCell(table, row, 1, data.Fees.Text, columnSpan: all - 1);
                        break;
                }

                row++;
            }
        }

        Assert.Equal(row, table.RowCount);
        Assert.Equal(0, table.HeaderRows);
    }

    /// <summary>The request table: corner note 3×3, 申请人情况 over 7, 自然人/总计 down 2, 法人或其他组织 over 5; 25 rows.</summary>
    private static void AssertRequests(ReadTable table, RequestTable data)
    {
        var spec = FormatCatalog.RequestTable;
        const int labels = RequestTableSpec.LabelColumns;
        const int header = 3;
        Assert.Equal(labels + spec.Columns.Count, table.ColumnCount);
        Assert.Equal(header + spec.Rows.Count, table.RowCount);
        Assert.Equal(header, table.HeaderRows);

        AssertCell(table, 0, 0, RequestTableSpec.CornerNote, rowSpan: 3, columnSpan: labels);
        AssertCell(table, 0, labels, RequestTableSpec.ApplicantsHeader, columnSpan: spec.Columns.Count);
        var legal = spec.Columns.Where(c => c.IsLegalPerson).ToList();
        AssertCell(table, 1, labels + legal[0].Index, RequestTableSpec.LegalPersonsHeader, columnSpan: legal.Count);
        foreach (var column in spec.Columns)
        {
            if (column.IsLegalPerson)
            {
                AssertCell(table, 2, labels + column.Index, column.Label);
            }
            else
            {
                AssertCell(table, 1, labels + column.Index, column.Label, rowSpan: 2);
            }
        }

        var outcomeRows = spec.Rows.Where(r => r.Role is RequestRowRole.Outcome or RequestRowRole.Total).ToList();
        foreach (var row in spec.Rows)
        {
            var r = header + row.Index;
            if (row.Role is RequestRowRole.Outcome or RequestRowRole.Total)
            {
                AssertCell(table, header + outcomeRows[0].Index, 0, RequestTableSpec.OutcomesLabel, rowSpan: outcomeRows.Count);
                Assert.Same(table[header + outcomeRows[0].Index, 0], table[r, 0]);
                if (row.Group is null)
                {
                    AssertCell(table, r, 1, row.Label, columnSpan: 2);
                }
                else
                {
                    var group = spec.Rows.Where(g => g.Group == row.Group).ToList();
                    AssertCell(table, header + group[0].Index, 1, row.Group.Label, rowSpan: group.Count);
                    Assert.Same(table[header + group[0].Index, 1], table[r, 1]);
                    AssertCell(table, r, 2, row.Label);
                }
            }
            else
            {
                AssertCell(table, r, 0, row.Label, columnSpan: labels);
            }

            foreach (var column in spec.Columns)
            {
                AssertCell(table, r, labels + column.Index, Text(data.Value(row, column)));
            }
        }

        // The printed arithmetic, read from the printed figures alone.
        long Figure(RequestRow row, ApplicantColumn column) => long.Parse(table[header + row.Index, labels + column.Index].Text, CultureInfo.InvariantCulture);
        foreach (var row in spec.Rows)
        {
            Assert.Equal(spec.Applicants.Sum(a => Figure(row, a)), Figure(row, spec.TotalColumn));
        }

        foreach (var column in spec.Columns)
        {
            Assert.Equal(spec.Outcomes.Sum(r => Figure(r, column)), Figure(spec.Total, column));
            Assert.Equal(Figure(spec.Received, column) + Figure(spec.CarriedOver, column),
                Figure(spec.Total, column) + Figure(spec.CarriedForward, column));
        }
    }

    /// <summary>The review table: 行政复议 over 5 / 行政诉讼 over 10; outcomes under 行政复议 down 2; one row of 15.</summary>
    private static void AssertReviews(ReadTable table, ReviewTable data)
    {
        var spec = FormatCatalog.ReviewTable;
        var width = spec.Columns.Count;
        Assert.Equal(spec.GridColumns, table.ColumnCount);
        Assert.Equal(4, table.RowCount);
        Assert.Equal(3, table.HeaderRows);

        AssertCell(table, 0, 0, spec.Review.Label, columnSpan: width);
        AssertCell(table, 0, width, ReviewTableSpec.LitigationHeader, columnSpan: 2 * width);
        foreach (var column in spec.Columns)
        {
            AssertCell(table, 1, column.Index, column.Label, rowSpan: 2);
        }

        foreach (var row in new[] { spec.LitigationDirect, spec.LitigationAfterReview })
        {
            AssertCell(table, 1, row.Index * width, row.Label, columnSpan: width);
            foreach (var column in spec.Columns)
            {
                AssertCell(table, 2, (row.Index * width) + column.Index, column.Label);
            }
        }

        foreach (var row in spec.Rows)
        {
            foreach (var column in spec.Columns)
            {
                AssertCell(table, 3, (row.Index * width) + column.Index, Text(data.Value(row, column)));
            }

            var printed = spec.Columns.Select(c => long.Parse(table[3, (row.Index * width) + c.Index].Text, CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(printed.Take(ReviewTableSpec.OutcomeCount).Sum(), printed[spec.TotalColumn.Index]);
        }
    }

    private static void AssertCell(ReadTable table, int row, int column, string text, int rowSpan = 1, int columnSpan = 1)
    {
        var cell = table[row, column];
        Assert.True(cell.Row == row && cell.Column == column, $"expected a cell starting at ({row},{column}) holding \"{text}\", found {cell}");
        Assert.Equal(text, cell.Text);
        Assert.True(cell.RowSpan == rowSpan && cell.ColumnSpan == columnSpan, $"expected \"{text}\" to span {rowSpan}x{columnSpan}, found {cell}");
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
