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

    /// <summary>The sample with one line replaced; fails loudly if the line is not in the sample.</summary>
    public static string SampleWith(string oldText, string newText)
    {
        var sample = SampleText;
        Assert.Contains(oldText, sample, StringComparison.Ordinal);
        return sample.Replace(oldText, newText, StringComparison.Ordinal);
    }
}
