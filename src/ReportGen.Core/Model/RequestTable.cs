using ReportGen.Core.Format;

namespace ReportGen.Core.Model;

/// <summary>The bound on every count in a table, so that no sum of a table's cells can overflow.</summary>
public static class TableCell
{
    /// <summary>
    /// The largest count a cell holds. The largest sum is the request table's grand total (21 outcome rows × 6 columns =
    /// 126 cells); 1024 cells of this size still fit in a <see cref="long"/>. The reader refuses far smaller
    /// counts (999,999,999) as not real, so this only guards against a raised cap or a caller's mistake.
    /// </summary>
    public const long MaxValue = long.MaxValue / 1024;

    // A compile-time fact: the reader's cap on a count fits in a cell. Were it larger, this negative constant
    // could not be converted to ulong and the build would fail (CS0221 / CS0031).
    private const ulong ReaderCapFitsInACell = MaxValue - InputLimits.MaxCount;

    internal static long Checked(long value) =>
        value is >= 0 and <= MaxValue ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"A count is between 0 and {MaxValue}.");
}

/// <summary>
/// The request table — 三、收到和处理政府信息公开申请情况: 25 rows × 6 applicant columns as entered, plus the 总计
/// figures the input gave (checked, never trusted). Counts are <see cref="long"/>s bounded by
/// <see cref="TableCell.MaxValue"/>, so that sums of many large cells cannot overflow.
/// </summary>
public sealed class RequestTable
{
    private static readonly RequestTableSpec Spec = FormatCatalog.RequestTable;
    private readonly long[,] _cells = new long[Spec.Rows.Count, RequestTableSpec.ApplicantCount];

    /// <summary>The 7th number of a row (总计 column) when the input gave one.</summary>
    public long?[] GivenRowTotals { get; } = new long?[Spec.Rows.Count];

    /// <summary>Whether the input gave the （七）总计 row itself.</summary>
    public bool TotalRowGiven { get; set; }

    /// <summary>An applicant cell as entered (for the （七）总计 row: as given, else the computed sum).</summary>
    public long Entered(int row, int applicant) => _cells[row, applicant];

    public void Set(int row, int applicant, long value) => _cells[row, applicant] = TableCell.Checked(value);

    /// <summary>The sum of the outcome rows in one applicant column (what （七）总计 must be).</summary>
    public long OutcomeSum(int applicant) =>
        Spec.Outcomes.Sum(r => _cells[r.Index, applicant]);

    /// <summary>The value printed in a cell: totals are computed where the input left them out.</summary>
    public long Value(int row, int column)
    {
        if (column == RequestTableSpec.ApplicantCount)
        {
            long sum = 0;
            for (var a = 0; a < RequestTableSpec.ApplicantCount; a++)
            {
                sum += Value(row, a);
            }

            return sum;
        }

        return row == Spec.Total.Index && !TotalRowGiven ? OutcomeSum(column) : _cells[row, column];
    }

    public long Value(RequestRow row, ApplicantColumn column) => Value(row.Index, column.Index);

    public IEnumerable<long> RowValues(RequestRow row) => Spec.Columns.Select(c => Value(row.Index, c.Index));
}
