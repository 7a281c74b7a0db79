using FluentValidation;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Format;
using ReportGen.Core.Model;

namespace ReportGen.Core.Validation;

/// <summary>A row of the request table whose 总计 column the input gave, with its six applicant cells.</summary>
internal sealed record GivenRowTotal(RequestRow Row, long Given, IReadOnlyList<long> Parts)
{
    public long Sum => Parts.Sum();
}

/// <summary>One applicant column of the request table: the four figures of its balance, and its outcome rows' sum.</summary>
internal sealed record ApplicantColumnFigures(
    ApplicantColumn Column, long Received, long CarriedOver, long Total, long CarriedForward, long GivenTotal, long OutcomeSum)
{
    public long Left => Received + CarriedOver;

    public long Right => Total + CarriedForward;
}

/// <summary>The arithmetic inside the request table: RG012 (the 总计 column), RG011 (the （七）总计 row), RG010 (the balance).</summary>
internal sealed class RequestTableValidator : AbstractValidator<RequestTable>
{
    private static readonly RequestTableSpec Requests = FormatCatalog.RequestTable;

    public RequestTableValidator()
    {
        RuleForEach(table => GivenRowTotals(table))
            .Must(total => total.Given == total.Sum)
            .OverridePropertyName(nameof(RequestTable.GivenRowTotals))
            .AsRule(RuleCatalog.ApplicantTotal,
                total => $"{total.Row.YamlPath}[{RequestTableSpec.ApplicantCount}]",
                total => ChineseText.Figure(total.Sum),
                total => ChineseText.Figure(total.Given))
            .WithMessage((_, total) =>
                $"“{total.Row.FullLabel}”的总计填的是 {ChineseText.Figure(total.Given)}，但六类申请人之和 {string.Join(" + ", total.Parts.Select(ChineseText.Figure))} = {ChineseText.Figure(total.Sum)}，{ArithmeticRules.Difference(total.Given, total.Sum)}。请改正总计或各列数字（总计也可以不填，由工具计算）。");

        RuleForEach(table => ApplicantColumns(table))
            .Must(column => column.GivenTotal == column.OutcomeSum)
            .OverridePropertyName(nameof(RequestTable.TotalRowGiven))
            .AsRule(RuleCatalog.OutcomeTotal,
                column => $"{Requests.Total.YamlPath}[{column.Column.Index}]",
                column => ChineseText.Figure(column.OutcomeSum),
                column => ChineseText.Figure(column.GivenTotal))
            .WithMessage((_, column) =>
                $"“{Requests.Total.Label}·{column.Column.Label}”填的是 {ChineseText.Figure(column.GivenTotal)}，但（一）至（六）各项办理结果之和是 {ChineseText.Figure(column.OutcomeSum)}，{ArithmeticRules.Difference(column.GivenTotal, column.OutcomeSum)}。请核对“{column.Column.Label}”列的各项办理结果（{Requests.Total.Label}也可以不填，由工具计算）。")
            .When(table => table.TotalRowGiven);

        RuleForEach(table => ApplicantColumns(table))
            .Must(column => column.Left == column.Right)
            .OverridePropertyName("Balance")
            .AsRule(RuleCatalog.Balance,
                column => $"{Requests.CarriedForward.YamlPath}[{column.Column.Index}]",
                column => ChineseText.Figure(column.Left),
                column => ChineseText.Figure(column.Right))
            .WithMessage((_, column) =>
                $"“{column.Column.Label}”列勾稽关系不成立：{Requests.Received.ShortLabel} {ChineseText.Figure(column.Received)} + {Requests.CarriedOver.ShortLabel} {ChineseText.Figure(column.CarriedOver)} = {ChineseText.Figure(column.Left)}，" +
                $"而{Requests.Total.Label} {ChineseText.Figure(column.Total)} + {Requests.CarriedForward.Label} {ChineseText.Figure(column.CarriedForward)} = {ChineseText.Figure(column.Right)}，{ArithmeticRules.Difference(column.Right, column.Left)}。" +
                "每件申请要么已办结（计入某项办理结果），要么结转下年度：请核对这一列的数字。");
    }

    private static IEnumerable<GivenRowTotal> GivenRowTotals(RequestTable table) =>
        from row in Requests.Rows
        where table.GivenRowTotals[row.Index] is not null
        select new GivenRowTotal(row, table.GivenRowTotals[row.Index]!.Value, [.. Requests.Applicants.Select(c => table.Value(row.Index, c.Index))]);

    private static IEnumerable<ApplicantColumnFigures> ApplicantColumns(RequestTable table) =>
        Requests.Applicants.Select(column => new ApplicantColumnFigures(
            column,
            table.Value(Requests.Received.Index, column.Index),
            table.Value(Requests.CarriedOver.Index, column.Index),
            table.Value(Requests.Total.Index, column.Index),
            table.Value(Requests.CarriedForward.Index, column.Index),
            table.Entered(Requests.Total.Index, column.Index),
            table.OutcomeSum(column.Index)));
}
