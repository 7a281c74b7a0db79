using FluentValidation;
using FluentValidation.Results;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Model;
using ReportGen.Core.Reading;

namespace ReportGen.Core.Validation;

/// <summary>What the rules look at: this year's file and, for the cross-year rules, last year's.</summary>
public sealed class ValidationSubject(ReadResult current, ReadResult? previous, DateOnly today)
{
    public ReadResult Current { get; } = current;
    public AnnualReport Report { get; } = current.Report ?? throw new ArgumentException("file was not parsed", nameof(current));

    /// <summary>Last year's report of the same agency, when known, readable and really the year before.</summary>
    public AnnualReport? Previous { get; } = IsYearBefore(current, previous) ? previous!.Report : null;

    /// <summary>Last year's file as read, when <see cref="Previous"/> is known.</summary>
    public ReadResult? PreviousRead { get; } = IsYearBefore(current, previous) ? previous : null;

    public DateOnly Today { get; } = today;

    /// <summary>Whether a part (a table's section key, or "year") is sound in both this year's and last year's file.</summary>
    public bool BothSound(string part) => Current.IsCheckable(part) && PreviousRead?.IsCheckable(part) == true;

    private static bool IsYearBefore(ReadResult current, ReadResult? previous) =>
        previous?.Report is { } p && current.IsCheckable("year") && previous.IsCheckable("year") && p.Year == current.Report!.Year - 1;
}

/// <summary>A rule's finding before it is placed in the file: which rule, at which YAML path, and the evidence.</summary>
internal sealed record Finding(RuleDescriptor Rule, string Path, string? Expected, string? Actual, bool AtKey = false);

/// <summary>Where a rule reports: a FluentValidation failure that carries the rule id, severity and evidence.</summary>
public readonly struct FindingSink(ValidationContext<ValidationSubject> context)
{
    public void Add(RuleDescriptor rule, string path, string message, string? expected = null, string? actual = null) =>
        Report(new Finding(rule, path, expected, actual), message);

    /// <summary>A finding about a whole key (a section, a table), placed at the key rather than its value.</summary>
    public void AddAtKey(RuleDescriptor rule, string path, string message, string? expected = null, string? actual = null) =>
        Report(new Finding(rule, path, expected, actual, AtKey: true), message);

    private void Report(Finding finding, string message) =>
        context.AddFailure(new ValidationFailure(finding.Path, message)
        {
            ErrorCode = finding.Rule.Id,
            Severity = finding.Rule.Severity == Diagnostics.Severity.Error ? FluentValidation.Severity.Error : FluentValidation.Severity.Warning,
            CustomState = finding,
        });
}

/// <summary>A group of related rules, run by FluentValidation; every rule runs, one never hides another.</summary>
public abstract class ReportRules : AbstractValidator<ValidationSubject>
{
    protected void AddRule(Action<ValidationSubject, FindingSink> rule) =>
        RuleFor(s => s).Custom((subject, context) => rule(subject, new FindingSink(context)));
}

public sealed class ValidationOptions
{
    /// <summary>The date against which years and deadlines are judged.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.Now);
}

/// <summary>Runs every rule of docs/validation-rules.md over a read file.</summary>
public static class ReportValidator
{
    private static readonly IReadOnlyList<IValidator<ValidationSubject>> RuleGroups =
    [
        new ArithmeticRules(),
        new CrossYearRules(),
        new PlausibilityRules(),
        new ProseRules(),
        new ProseTableRules(),
        new TemplateTextRules(),
    ];

    /// <summary>All findings of a file: those of reading it, then those of the rules, in file order.</summary>
    public static IReadOnlyList<Diagnostic> Validate(ReadResult current, ReadResult? previous = null, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        var parseFailed = current.Report is null || current.Diagnostics.Any(d => d.RuleId == RuleCatalog.Syntax.Id || d.RuleId == RuleCatalog.AnchorAlias.Id);

        // A file whose reading already filled the findings cap is not a report: the rules would add nothing useful.
        if (parseFailed || current.Diagnostics.Count > DiagnosticBag.MaxItems)
        {
            return Order(current.Diagnostics);
        }

        // The rules' findings go through the same capped bag as the reader's, so a file has at most one cap's worth.
        var found = new DiagnosticBag(current.File, current.Map);
        found.AddRange(current.Diagnostics);
        var subject = new ValidationSubject(current, previous, (options ?? new ValidationOptions()).Today);
        foreach (var group in RuleGroups)
        {
            foreach (var failure in group.Validate(subject).Errors)
            {
                var finding = (Finding)failure.CustomState;
                var at = finding.AtKey ? current.Map.LocateKey(finding.Path) : current.Map.Locate(finding.Path);
                found.Add(new Diagnostic(finding.Rule.Id, finding.Rule.Severity, current.File, at.Line, at.Column,
                    finding.Path, failure.ErrorMessage, finding.Expected, finding.Actual));
            }
        }

        return Order(found.Items);
    }

    public static IReadOnlyList<Diagnostic> Order(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.RuleId, StringComparer.Ordinal)];
}
