using FluentValidation;
using ReportGen.Core.Diagnostics;

namespace ReportGen.Core.Validation;

/// <summary>How a FluentValidation rule becomes one of the catalog's: its id, its severity, and where it points.</summary>
internal static class RuleBuilderExtensions
{
    /// <summary>
    /// Marks the rule as <paramref name="rule"/> (<c>WithErrorCode</c>, <c>WithSeverity</c>) and attaches the
    /// finding's evidence as typed state: the YAML path it points at and the expected and actual values.
    /// </summary>
    public static IRuleBuilderOptions<T, TElement> AsRule<T, TElement>(
        this IRuleBuilderOptions<T, TElement> builder,
        RuleDescriptor rule,
        Func<TElement, string> path,
        Func<TElement, string?> expected,
        Func<TElement, string?> actual) =>
        builder
            .WithErrorCode(rule.Id)
            .WithSeverity(ToFluent(rule.Severity))
            .WithState((_, element) => new Finding(rule, path(element), expected(element), actual(element)));

    public static FluentValidation.Severity ToFluent(Diagnostics.Severity severity) =>
        severity == Diagnostics.Severity.Error ? FluentValidation.Severity.Error : FluentValidation.Severity.Warning;
}
