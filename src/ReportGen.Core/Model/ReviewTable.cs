using ReportGen.Core.Format;

namespace ReportGen.Core.Model;

/// <summary>The review table — 四、政府信息公开行政复议、行政诉讼情况: 3 proceedings × 4 outcomes, 总计 computed.</summary>
public sealed class ReviewTable
{
    private static readonly ReviewTableSpec Spec = FormatCatalog.ReviewTable;
    private readonly long[,] _cells = new long[Spec.Rows.Count, ReviewTableSpec.OutcomeCount];

    /// <summary>The 5th number of a row (总计) when the input gave one.</summary>
    public long?[] GivenTotals { get; } = new long?[Spec.Rows.Count];

    public void Set(int row, int outcome, long value) => _cells[row, outcome] = TableCell.Checked(value);

    public long Value(int row, int column)
    {
        if (column == ReviewTableSpec.OutcomeCount)
        {
            long sum = 0;
            for (var c = 0; c < ReviewTableSpec.OutcomeCount; c++)
            {
                sum += _cells[row, c];
            }

            return sum;
        }

        return _cells[row, column];
    }

    public long Value(ReviewRow row, ReviewColumn column) => Value(row.Index, column.Index);

    public IEnumerable<long> RowValues(ReviewRow row) => Spec.Columns.Select(c => Value(row.Index, c.Index));
}
