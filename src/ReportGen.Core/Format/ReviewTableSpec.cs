namespace ReportGen.Core.Format;

public sealed record ReviewColumn(int Index, string Key, string Label, bool IsTotal);

/// <summary>A proceeding of the review table: 行政复议, or one of the two kinds of 行政诉讼.</summary>
public sealed record ReviewRow(int Index, string Key, string Label, string? Group)
{
    public string YamlPath => "reviews_and_litigation." + Key;
    public string FullLabel => Group is null ? Label : Group + "·" + Label;
}

/// <summary>The review table — 四、政府信息公开行政复议、行政诉讼情况: 3 proceedings × 5 columns = 15 grid columns.</summary>
public sealed class ReviewTableSpec
{
    public const string LitigationHeader = "行政诉讼";
    public const int OutcomeCount = 4;

    public required IReadOnlyList<ReviewColumn> Columns { get; init; }
    public required IReadOnlyList<ReviewRow> Rows { get; init; }

    public ReviewColumn TotalColumn => Columns[OutcomeCount];
    public IEnumerable<ReviewColumn> Outcomes => Columns.Take(OutcomeCount);
    public int GridColumns => Columns.Count * Rows.Count;

    public ReviewRow Review => Rows[0];
    public ReviewRow LitigationDirect => Rows[1];
    public ReviewRow LitigationAfterReview => Rows[2];

    internal static ReviewTableSpec Create() => new()
    {
        Columns =
        [
            new(0, "upheld", "结果维持", false),
            new(1, "corrected", "结果纠正", false),
            new(2, "other", "其他结果", false),
            new(3, "pending", "尚未审结", false),
            new(4, "total", "总计", true),
        ],
        Rows =
        [
            new(0, "review", "行政复议", null),
            new(1, "litigation_direct", "未经复议直接起诉", LitigationHeader),
            new(2, "litigation_after_review", "复议后起诉", LitigationHeader),
        ],
    };
}
