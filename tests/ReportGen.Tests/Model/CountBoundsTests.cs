using System.Globalization;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Format;
using ReportGen.Core.Model;
using ReportGen.Core.Reading;
using ReportGen.Core.Validation;

namespace ReportGen.Tests.Model;

/// <summary>No sum of table cells can overflow, whatever the reader's cap on a count is raised to.</summary>
public class CountBoundsTests
{
    private static readonly RequestTableSpec Spec = FormatCatalog.RequestTable;

    [Fact]
    public void Every_sum_of_request_table_is_exact_with_the_largest_count_in_every_cell()
    {
        var table = new RequestTable();
        foreach (var row in Spec.Rows)
        {
            foreach (var column in Spec.Applicants)
            {
                table.Set(row.Index, column.Index, TableCell.MaxValue);
            }
        }

        Int128 max = TableCell.MaxValue;
        var outcomeRows = Spec.Outcomes.Count();
        Assert.Equal(max * outcomeRows, (Int128)table.OutcomeSum(0));
        Assert.Equal(max * RequestTableSpec.ApplicantCount, (Int128)table.Value(Spec.Received.Index, Spec.TotalColumn.Index));
        // The largest sum anywhere: the grand total, 21 outcome rows × 6 applicants (table.TotalRowGiven is false).
        Assert.Equal(max * outcomeRows * RequestTableSpec.ApplicantCount, (Int128)table.Value(Spec.Total.Index, Spec.TotalColumn.Index));
    }

    [Fact]
    public void Review_table_totals_are_exact_with_the_largest_count_in_every_cell()
    {
        var table = new ReviewTable();
        for (var outcome = 0; outcome < ReviewTableSpec.OutcomeCount; outcome++)
        {
            table.Set(0, outcome, TableCell.MaxValue);
        }

        Assert.Equal((Int128)TableCell.MaxValue * ReviewTableSpec.OutcomeCount, (Int128)table.Value(0, ReviewTableSpec.OutcomeCount));
    }

    [Theory]
    [InlineData(long.MaxValue / 100)] // 126 such cells would overflow the grand total: hence the bound of long.MaxValue / 1024.
    [InlineData(long.MaxValue)]
    [InlineData(-1L)]
    public void A_count_a_table_cannot_sum_safely_is_refused(long value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RequestTable().Set(0, 0, value));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReviewTable().Set(0, 0, value));
    }

    [Fact]
    public void The_balance_rule_reports_exact_figures_with_the_largest_counts()
    {
        var report = new AnnualReport { Year = 2023, Agency = "石拐区商务和科技局" };
        foreach (var row in Spec.Rows.Where(r => r.Role != RequestRowRole.Total))
        {
            foreach (var column in Spec.Applicants)
            {
                report.Requests.Set(row.Index, column.Index, TableCell.MaxValue);
            }
        }

        var read = new ReadResult("big.yaml", report, new SourceMap(), [], new HashSet<string>());
        var balance = ReportValidator.Validate(read, null, new ValidationOptions { Today = new DateOnly(2024, 1, 15) })
            .Where(d => d.RuleId == "RG010").ToList();

        // Each column: 新收 + 结转 = 2 cells; （七）总计 + 结转下年 = the outcome rows + 1 cells.
        Assert.Equal(RequestTableSpec.ApplicantCount, balance.Count);
        Int128 max = TableCell.MaxValue;
        var right = max * (Spec.Outcomes.Count() + 1);
        Assert.All(balance, d => Assert.Equal(((max * 2).ToString(CultureInfo.InvariantCulture), right.ToString(CultureInfo.InvariantCulture)), (d.Expected, d.Actual)));
    }
}
