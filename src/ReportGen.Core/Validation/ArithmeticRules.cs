using FluentValidation;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Format;
using ReportGen.Core.Model;

namespace ReportGen.Core.Validation;

/// <summary>
/// The arithmetic the format implies inside one report (RG010–RG013): the request table's and the review
/// table's own validators, each run only when its table was read whole.
/// </summary>
public sealed class ArithmeticRules : AbstractValidator<ValidationSubject>
{
    public ArithmeticRules()
    {
        RuleFor(s => s.Report.Requests).SetValidator(new RequestTableValidator())
            .When(s => s.Current.IsCheckable(FormatCatalog.Requests.Key));
        RuleFor(s => s.Report.Reviews).SetValidator(new ReviewTableValidator())
            .When(s => s.Current.IsCheckable(FormatCatalog.Reviews.Key));
    }

    /// <summary>"多 3" / "少 3": how the written figure differs from the right one.</summary>
    internal static string Difference(long actual, long expected) =>
        actual > expected ? $"多了 {ChineseText.Figure(actual - expected)}" : $"少了 {ChineseText.Figure(expected - actual)}";
}
