using ReportGen.Core.Diagnostics;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Validation;

/// <summary>
/// samples/invalid holds one small file (or a folder with a year pair) per rule. Each must yield exactly the
/// findings its <c># expect:</c> lines name, through the real command line, so that cross-year pairing is tested too.
/// </summary>
public class InvalidSamplesTests
{
    public static TheoryData<string> Entries => ExpectedFindings.EntriesOf(Repository.Invalid);

    [Theory]
    [MemberData(nameof(Entries))]
    public Task Each_sample_yields_exactly_the_findings_it_expects(string entry) => ExpectedFindings.AssertEntryAsync(entry);

    [Fact]
    public void Every_rule_has_a_sample_that_shows_it()
    {
        var shown = Directory.EnumerateFiles(Repository.Invalid, "*.yaml", SearchOption.AllDirectories)
            .SelectMany(ExpectedFindings.Of).Select(e => e[..5]).ToHashSet();
        // The importer's own rules are shown by the published-document corpus (PublishedCorpusTests), not by YAML.
        var missing = RuleCatalog.All.Except(RuleCatalog.ImportOnly).Select(r => r.Id).Where(id => !shown.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "no sample shows " + string.Join(", ", missing));
    }

    [Fact]
    public async Task The_whole_folder_in_one_run_yields_the_same_findings_as_each_entry_alone()
    {
        var (_, together) = await ExpectedFindings.ValidateAsync("samples/invalid");
        foreach (var file in Directory.EnumerateFiles(Repository.Invalid, "*.yaml", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(Repository.Root, file).Replace('\\', '/');
            // RG113 looks across the agencies of a run by design: the samples share their prose, so it is left out here.
            Assert.Equal(ExpectedFindings.Of(file).Where(NotCopying), together[name].Where(NotCopying));
        }
    }

    private static bool NotCopying(string finding) => !finding.StartsWith(RuleCatalog.CopiedFromAgency.Id, StringComparison.Ordinal);

    [Fact]
    public async Task The_sample_yields_nothing()
    {
        var (exitCode, found) = await ExpectedFindings.ValidateAsync("samples/2023.yaml");
        Assert.Equal(0, exitCode);
        Assert.Empty(Assert.Single(found).Value);
    }

    [Fact]
    public async Task A_file_too_large_is_refused_without_reading_it()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("huge.yaml", new byte[3 * 1024 * 1024]);
        var (exitCode, found) = await ExpectedFindings.ValidateAsync(path);
        Assert.Equal(1, exitCode);
        Assert.Equal(["RG001 at 0:0"], Assert.Single(found).Value);
    }
}
