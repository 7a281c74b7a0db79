using ReportGen.Core.Output;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Faults;

/// <summary>
/// A killed run leaves its temporary file (<c>.{name}.{12 hex}.tmp</c>) behind, never a partial report. The
/// next run writing to that folder deletes such files once they are over an hour old (no write takes that
/// long, so a run writing there at the same moment keeps its own), and nothing else.
/// </summary>
public sealed class StaleTemporaryFileTests : IDisposable
{
    private static readonly DateTime TwoHoursAgo = DateTime.UtcNow.AddHours(-2);
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Stale(string relative, string content = "half a report")
    {
        var path = _temp.Write(relative, content);
        File.SetLastWriteTimeUtc(path, TwoHoursAgo);
        return path;
    }

    private string[] Files(string folder) =>
        [.. Directory.GetFiles(System.IO.Path.Combine(_temp.Path, folder)).Select(f => System.IO.Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    [Fact]
    public void Only_the_writers_own_temporary_files_for_that_extension_and_over_an_hour_old_are_deleted()
    {
        Stale("out/.甲.docx.0123456789ab.tmp");
        _temp.Write("out/.乙.docx.0123456789ab.tmp", "being written right now by another run");
        Stale("out/.丙.xlsx.0123456789ab.tmp");
        Stale("out/.notes.tmp");
        Stale("out/.丁.docx.0123456789AB.tmp");
        Stale("out/.戊.docx.0123456789a.tmp");
        Stale("out/.庚.docx.bak.0123456789ab.tmp");
        Stale("out/甲.docx");
        var input = Stale("out/.己.docx.fedcba987654.tmp", "an input someone named so");

        var removed = AtomicFile.RemoveStaleTemporaryFiles(System.IO.Path.Combine(_temp.Path, "out"), ".docx", new HashSet<string>([input], StringComparer.Ordinal));

        Assert.Equal(1, removed);
        Assert.Equal(
            [".notes.tmp", ".丁.docx.0123456789AB.tmp", ".丙.xlsx.0123456789ab.tmp", ".乙.docx.0123456789ab.tmp", ".己.docx.fedcba987654.tmp", ".庚.docx.bak.0123456789ab.tmp", ".戊.docx.0123456789a.tmp", "甲.docx"],
            Files("out"));
    }

    [Fact]
    public void A_missing_folder_is_nothing_to_tidy()
    {
        Assert.Equal(0, AtomicFile.RemoveStaleTemporaryFiles(System.IO.Path.Combine(_temp.Path, "missing"), ".docx"));
    }

    [Fact]
    public async Task The_next_build_into_the_folder_deletes_what_a_killed_run_left_there()
    {
        _temp.Write("in/甲.yaml", ReportGenerator.Generate(0, seed: 1).Yaml);
        Stale("out/.乙.docx.a1b2c3d4e5f6.tmp");
        _temp.Write("out/.丙.docx.a1b2c3d4e5f6.tmp", "another run's, in progress");

        var result = await CliRunner.RunAsync(["build", "in", "-o", "out"], _temp.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([".丙.docx.a1b2c3d4e5f6.tmp", "甲.docx"], Files("out"));
    }

    [Fact]
    public async Task The_next_build_next_to_its_inputs_deletes_them_there_too_and_never_an_input()
    {
        _temp.Write("in/甲.yaml", ReportGenerator.Generate(0, seed: 1).Yaml);
        Stale("in/.甲.docx.a1b2c3d4e5f6.tmp");
        var input = Stale("in/.乙.docx.a1b2c3d4e5f6.tmp", ReportGenerator.Generate(1, seed: 2).Yaml);
        var before = FaultFiles.Hashes([input]);

        var result = await CliRunner.RunAsync(["build", "in/甲.yaml", "in/.乙.docx.a1b2c3d4e5f6.tmp"], _temp.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(before, FaultFiles.Hashes([input]));
        Assert.Equal([".乙.docx.a1b2c3d4e5f6.docx", ".乙.docx.a1b2c3d4e5f6.tmp", "甲.docx", "甲.yaml"], Files("in"));
    }

    [Fact]
    public async Task The_next_summary_deletes_what_a_killed_summary_left()
    {
        _temp.Write("in/甲.yaml", ReportGenerator.Generate(0, seed: 1).Yaml);
        Stale(".汇总.csv.a1b2c3d4e5f6.tmp");
        Stale(".汇总.xlsx.a1b2c3d4e5f6.tmp");

        var result = await CliRunner.RunAsync(["summarize", "in", "-o", "汇总.csv"], _temp.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([".汇总.xlsx.a1b2c3d4e5f6.tmp", "汇总.csv"], Files("."));
    }
}
