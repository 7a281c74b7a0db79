using System.Text;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Reading;
using ReportGen.Core.Validation;

namespace ReportGen.Tests.Support;

/// <summary>Reading and validating YAML text in tests.</summary>
public static class Yaml
{
    public static string SampleText => File.ReadAllText(Repository.Sample);

    public static ReadResult Read(string text, string file = "test.yaml") =>
        ReportReader.Read(file, Encoding.UTF8.GetBytes(text));

    public static IReadOnlyList<Diagnostic> Validate(string text, string? previous = null, DateOnly? today = null) =>
        ReportValidator.Validate(Read(text), previous is null ? null : Read(previous, "previous.yaml"),
            new ValidationOptions { Today = today ?? new DateOnly(2024, 1, 15) });

    /// <summary>The sample's statement that no request came in: tests that give the sample requests replace it.</summary>
    public const string NoRequestsStatement = "商务和科技局未接到群众主动要求公开政府信息，且无投诉举报等情况。";

    /// <summary>The sample with requests that the text does not deny: for tests that give the sample's tables figures.</summary>
    public static string SampleWithRequestsAllowed() =>
        SampleWith(NoRequestsStatement, "商务和科技局依法依规办理政府信息公开申请。");

    /// <summary>The sample with one line replaced; fails loudly if the line is not in the sample.</summary>
    public static string SampleWith(string oldText, string newText) => Replace(SampleText, oldText, newText);

    /// <summary>The text with one part replaced; fails loudly if the part is not in it.</summary>
    public static string Replace(string text, string oldText, string newText)
    {
        var sample = text;
        Assert.Contains(oldText, sample, StringComparison.Ordinal);
        return sample.Replace(oldText, newText, StringComparison.Ordinal);
    }
}
