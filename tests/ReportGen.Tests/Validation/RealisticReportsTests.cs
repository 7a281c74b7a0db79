using ReportGen.Tests.Support;

namespace ReportGen.Tests.Validation;

/// <summary>
/// Reports written the way published ones are (a city bureau with many requests, a township with nothing to
/// report, a county government with reviews and lawsuits, a county bureau that copied last year's report), with
/// the mistakes real reports have. Each yields exactly the findings its <c># expect:</c> lines name: the
/// deliberate mistakes, and none of the figures that only look like table figures.
/// </summary>
public class RealisticReportsTests
{
    public static string Folder => Path.Combine(Repository.Root, "tests", "ReportGen.Tests", "Validation", "realistic");

    public static TheoryData<string> Entries => ExpectedFindings.EntriesOf(Folder);

    [Theory]
    [MemberData(nameof(Entries))]
    public Task Each_report_yields_exactly_the_findings_its_numbers_deserve(string entry) => ExpectedFindings.AssertEntryAsync(entry);
}
