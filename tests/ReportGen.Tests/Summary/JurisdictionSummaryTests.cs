using CsCheck;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ReportGen.Core.Format;
using ReportGen.Core.Model;
using ReportGen.Core.Summary;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Summary;

public class JurisdictionSummaryTests
{
    private static SummarizedAgency Read(GeneratedReport generated, string file)
    {
        var read = Yaml.Read(generated.Yaml, file);
        Assert.DoesNotContain(read.Diagnostics, d => d.IsError);
        return new SummarizedAgency(file, read.Report!);
    }

    private static List<GeneratedReport> Generate(int[] seeds) =>
        [.. seeds.Select((seed, i) => ReportGenerator.Generate(i, seed))];

    private static JurisdictionSummary Summarize(IEnumerable<GeneratedReport> reports) =>
        JurisdictionSummary.Create([.. reports.Select((r, i) => Read(r, $"in/{i}.yaml"))]);

    private static decimal[] ColumnSums(IReadOnlyList<GeneratedReport> reports)
    {
        var sums = new decimal[SummaryCells.All.Count];
        foreach (var report in reports)
        {
            var cells = report.Cells();
            for (var i = 0; i < sums.Length; i++)
            {
                sums[i] += cells[i];
            }
        }

        return sums;
    }

    private static byte[] Written(JurisdictionSummary summary, Action<JurisdictionSummary, Stream> write)
    {
        using var buffer = new MemoryStream();
        write(summary, buffer);
        return buffer.ToArray();
    }

    [Fact]
    public void Every_csv_total_is_the_sum_of_the_agencies_figures_and_every_agency_row_is_its_own_figures()
    {
        Gen.Int[0, int.MaxValue].Array[1, 7].Sample(seeds =>
        {
            var reports = Generate(seeds);
            var rows = SummaryFiles.ParseCsv(Written(Summarize(reports), SummaryCsvWriter.Write));

            Assert.Equal(reports.Count + 2, rows.Count);
            for (var i = 0; i < reports.Count; i++)
            {
                Assert.Equal(reports[i].Agency, rows[i + 1][0]);
                Assert.Equal(reports[i].Cells(), rows[i + 1].Skip(2).Select(decimal.Parse));
            }

            Assert.Equal(SummaryLabels.TotalRow, rows[^1][0]);
            Assert.Equal(ColumnSums(reports), rows[^1].Skip(2).Select(decimal.Parse));
        }, iter: 40);
    }

    [Fact]
    public void Every_xlsx_total_in_the_official_layout_and_in_the_details_is_the_sum_of_the_agencies_figures()
    {
        Gen.Int[0, int.MaxValue].Array[1, 5].Sample(seeds =>
        {
            var reports = Generate(seeds);
            using var stream = new MemoryStream(Written(Summarize(reports), SummaryWorkbookWriter.Write));
            using var document = SpreadsheetDocument.Open(stream, false);
            var sums = ColumnSums(reports);

            // The 汇总 sheet shows the three tables in reading order: exactly the cells in table order.
            Assert.Equal(sums, SummaryFiles.NumbersInOrder(document, SummaryLabels.TotalsSheet));
            var details = SummaryFiles.NumbersInOrder(document, SummaryLabels.DetailsSheet);
            var width = SummaryCells.All.Count;
            Assert.Equal((reports.Count + 1) * width, details.Count);
            for (var i = 0; i < reports.Count; i++)
            {
                Assert.Equal(reports[i].Cells(), details.Skip(i * width).Take(width));
            }

            Assert.Equal(sums, details.Skip(reports.Count * width));
        }, iter: 15);
    }

    [Fact]
    public void Fees_are_added_as_decimals_without_rounding()
    {
        var a = Yaml.Read(Yaml.SampleWith("  fees: 0", "  fees: 24252.311082"), "a.yaml").Report!;
        var b = Yaml.Read(Yaml.SampleWith("  fees: 0", "  fees: 0.1").Replace("agency: 石拐区商务和科技局", "agency: 乙局", StringComparison.Ordinal), "b.yaml").Report!;
        var c = Yaml.Read(Yaml.SampleWith("  fees: 0", "  fees: 0.200001").Replace("agency: 石拐区商务和科技局", "agency: 丙局", StringComparison.Ordinal), "c.yaml").Report!;

        var summary = JurisdictionSummary.Create([new("a.yaml", a), new("b.yaml", b), new("c.yaml", c)]);

        var fee = SummaryCells.All.Single(cell => cell.Kind == SummaryCellKind.Fee);
        Assert.Equal(24252.611083m, summary.Total(fee));
        Assert.Equal("24252.611083", SummaryCell.Format(summary.Total(fee)));
    }

    [Fact]
    public void Different_years_are_refused_naming_the_files_of_each_year()
    {
        var a = Read(ReportGenerator.Generate(0, 1, year: 2023), "a.yaml");
        var b = Read(ReportGenerator.Generate(1, 2, year: 2022), "b.yaml");

        var e = Assert.Throws<SummaryRefusedException>(() => JurisdictionSummary.Create([a, b]));

        Assert.Contains("2023 年：a.yaml；2022 年：b.yaml", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_agency_twice_is_refused_naming_both_files_even_when_spaced_differently()
    {
        var a = Read(ReportGenerator.Generate(3, 1), "a.yaml");
        var twin = ReportGenerator.Generate(3, 2);
        var b = Read(twin with { Yaml = twin.Yaml.Replace("agency: " + twin.Agency, "agency: " + twin.Agency.Insert(2, " "), StringComparison.Ordinal) }, "b.yaml");

        var e = Assert.Throws<SummaryRefusedException>(() => JurisdictionSummary.Create([a, b]));

        Assert.Contains($"{twin.Agency}（a.yaml、b.yaml）", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cell_labels_run_from_the_section_heading_to_the_column_and_are_unique()
    {
        var labels = SummaryCells.All.Select(c => c.Label).ToList();

        Assert.Equal(10 + 25 * 7 + 3 * 5, labels.Count);
        Assert.Equal(labels.Count, labels.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("三、收到和处理政府信息公开申请情况·一、本年新收政府信息公开申请数量·自然人", labels);
        Assert.Contains("三、收到和处理政府信息公开申请情况·三、本年度办理结果·（三）不予公开·1.属于国家秘密·法人或其他组织·商业企业", labels);
        Assert.Contains("二、主动公开政府信息情况·第二十条第（八）项·行政事业性收费·本年收费金额（单位：万元）", labels);
        Assert.Contains("四、政府信息公开行政复议、行政诉讼情况·行政诉讼·复议后起诉·总计", labels);
    }

    [Fact]
    public void The_csv_quotes_fields_per_rfc_4180_and_uses_crlf()
    {
        var odd = Yaml.Read(Yaml.SampleText, "a.yaml").Report!;
        odd.Agency = "某局,\"试点\"";
        var bytes = Written(JurisdictionSummary.Create([new("dir,x/a.yaml", odd)]), SummaryCsvWriter.Write);

        var rows = SummaryFiles.ParseCsv(bytes);

        Assert.Equal(["某局,\"试点\"", "dir,x/a.yaml"], rows[1].Take(2));
        Assert.Contains("\"某局,\"\"试点\"\"\",\"dir,x/a.yaml\",", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Equal([SummaryLabels.Agency, SummaryLabels.File, .. SummaryCells.All.Select(c => c.Label)], rows[0]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"点击\")", "'=HYPERLINK(\"http://x\",\"点击\")")]
    [InlineData("+1", "'+1")]
    [InlineData("-1+2", "'-1+2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("石拐区=商务局", "石拐区=商务局")]
    public void Csv_text_that_a_spreadsheet_would_evaluate_is_shown_as_text(string agency, string written)
    {
        var report = Yaml.Read(Yaml.SampleText, "a.yaml").Report!;
        report.Agency = agency;
        var rows = SummaryFiles.ParseCsv(Written(JurisdictionSummary.Create([new("=cmd.yaml", report)]), SummaryCsvWriter.Write));

        Assert.Equal([written, "'=cmd.yaml"], rows[1].Take(2));
        Assert.Equal(SummaryCells.All.Select(c => SummaryCell.Format(c.Read(report))), rows[1].Skip(2));
    }

    [Fact]
    public void The_workbook_is_valid_open_xml_with_the_official_labels_and_merges_and_the_same_bytes_each_time()
    {
        var summary = Summarize(Generate([11, 22, 33]));
        var bytes = Written(summary, SummaryWorkbookWriter.Write);
        Assert.Equal(bytes, Written(summary, SummaryWorkbookWriter.Write));

        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);

        Assert.Equal([SummaryLabels.TotalsSheet, SummaryLabels.DetailsSheet],
            document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value));
        var cells = SummaryFiles.Cells(document, SummaryLabels.TotalsSheet);
        var texts = cells.Values.OfType<string>().ToHashSet();
        Assert.Contains(RequestTableSpec.CornerNote, texts);
        Assert.Contains(FormatCatalog.Proactive.Heading, texts);
        Assert.All(FormatCatalog.RequestTable.Rows, row => Assert.Contains(row.Label, texts));
        Assert.All(FormatCatalog.RequestTable.Groups, group => Assert.Contains(group.Label, texts));
        Assert.All(FormatCatalog.ReviewTable.Rows, row => Assert.Contains(row.Label, texts));
        Assert.All(FormatCatalog.ProactiveTable.Clauses, clause => Assert.Contains(clause.Label, texts));

        // The corner note spans the three label columns and the three header rows, as in the report.
        var corner = cells.Single(c => c.Value is RequestTableSpec.CornerNote).Key;
        var top = int.Parse(corner[1..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("A", corner[..1]);
        Assert.Contains($"A{top}:C{top + 2}", SummaryFiles.MergedRanges(document, SummaryLabels.TotalsSheet));
    }

    [Fact]
    public void The_layout_never_places_two_cells_on_one_square()
    {
        var summary = Summarize(Generate([5, 6]));
        foreach (var grid in new[] { SummaryLayout.Totals(summary), SummaryLayout.Details(summary) })
        {
            var squares = grid.Cells.SelectMany(c =>
                from r in Enumerable.Range(c.Row, c.Rows) from col in Enumerable.Range(c.Column, c.Columns) select (r, col)).ToList();
            Assert.Equal(squares.Count, squares.Distinct().Count());
        }
    }
}
