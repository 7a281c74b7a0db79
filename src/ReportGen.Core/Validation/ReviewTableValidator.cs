using FluentValidation;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Format;
using ReportGen.Core.Model;

namespace ReportGen.Core.Validation;

/// <summary>A proceeding of the review table whose 总计 the input gave, with the sum of its outcomes.</summary>
internal sealed record GivenReviewTotal(ReviewRow Row, long Given, long Sum, string Parts);

/// <summary>RG013: the review table's 总计 equals its four outcomes, for 复议 and both kinds of 诉讼.</summary>
internal sealed class ReviewTableValidator : AbstractValidator<ReviewTable>
{
    private static readonly ReviewTableSpec Reviews = FormatCatalog.ReviewTable;

    public ReviewTableValidator()
    {
        RuleForEach(table => GivenTotals(table))
            .Must(total => total.Given == total.Sum)
            .OverridePropertyName(nameof(ReviewTable.GivenTotals))
            .AsRule(RuleCatalog.ReviewTotal,
                total => $"{total.Row.YamlPath}[{ReviewTableSpec.OutcomeCount}]",
                total => ChineseText.Figure(total.Sum),
                total => ChineseText.Figure(total.Given))
            .WithMessage((_, total) =>
                $"“{total.Row.FullLabel}·总计”填的是 {ChineseText.Figure(total.Given)}，但 {total.Parts} = {ChineseText.Figure(total.Sum)}，{ArithmeticRules.Difference(total.Given, total.Sum)}。请改正（总计也可以不填，由工具计算）。");
    }

    private static IEnumerable<GivenReviewTotal> GivenTotals(ReviewTable table) =>
        from row in Reviews.Rows
        where table.GivenTotals[row.Index] is not null
        select new GivenReviewTotal(
            row,
            table.GivenTotals[row.Index]!.Value,
            table.Value(row.Index, Reviews.TotalColumn.Index),
            string.Join(" + ", Reviews.Outcomes.Select(c => $"{c.Label} {ChineseText.Figure(table.Value(row.Index, c.Index))}")));
}
