using System.Diagnostics;
using ReportGen.Core.Output;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Faults;

/// <summary>
/// The real <c>reportgen</c> in child processes: killed in the middle of a batch, and two of them writing the
/// same reports at once. Whatever happens, a file under a report's final name is the complete report.
/// </summary>
public sealed class ProcessFaultTests(GeneratedInputs inputs) : IClassFixture<GeneratedInputs>, IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Each report present under its final name is byte for byte the report of its input, and opens and validates.</summary>
    private void AssertCompleteReports(string[] reports)
    {
        foreach (var report in reports)
        {
            var stem = Path.GetFileNameWithoutExtension(report);
            Assert.True(inputs.ExpectedReport(stem).AsSpan().SequenceEqual(File.ReadAllBytes(report)), $"{report} is not the complete report of {stem}.yaml");
        }

        // The bytes equal a good report's; the validator confirms on a few that such bytes are a valid document.
        foreach (var report in reports.Take(3))
        {
            FaultFiles.AssertValidDocx(report);
        }
    }

    [Fact]
    public async Task A_batch_killed_midway_leaves_only_complete_reports_under_their_final_names()
    {
        var before = FaultFiles.Hashes(inputs.Folder);
        var output = Path.Combine(_temp.Path, "out");

        using (var build = ReportGenProcess.Start(_temp.Path, "build", inputs.Folder, "-o", output, "--jobs", "1"))
        {
            var waited = Stopwatch.StartNew();
            while (!Directory.Exists(output) || !Directory.EnumerateFiles(output, "*.docx").Any())
            {
                if (build.HasExited)
                {
                    Assert.Fail("reportgen ended before writing a report: " + (await build.FinishAsync()).Error);
                }

                Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), "no report after 60 s");
                await Task.Delay(5);
            }

            await build.KillAsync();
        }

        var reports = Directory.GetFiles(output, "*.docx");
        Assert.InRange(reports.Length, 1, GeneratedInputs.Count - 1); // killed in the middle, not after the end
        AssertCompleteReports(reports);
        // Anything else in the folder is a hidden temporary file that the kill interrupted: never a report's name.
        Assert.All(Directory.GetFiles(output).Except(reports), f => Assert.True(AtomicFile.IsTempFile(Path.GetFileName(f)), f));
        Assert.Equal(before, FaultFiles.Hashes(inputs.Folder));
    }

    [Fact]
    public async Task Two_processes_building_the_same_reports_at_once_both_succeed_and_leave_complete_reports()
    {
        var batch = Enumerable.Range(0, 20).Select(inputs.Input).ToArray();
        var before = FaultFiles.Hashes(inputs.Folder);
        var output = Path.Combine(_temp.Path, "out");
        string[] args = ["build", .. batch, "-o", output, "--jobs", "1"];

        using var first = ReportGenProcess.Start(_temp.Path, args);
        using var second = ReportGenProcess.Start(_temp.Path, args);
        var results = await Task.WhenAll(first.FinishAsync(), second.FinishAsync());

        // Each writes a temporary file of its own and renames it over the final name: rename is atomic, so the
        // last rename wins with a complete report and neither run fails.
        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Error));
        var reports = Directory.GetFiles(output, "*.docx");
        Assert.Equal(batch.Length, reports.Length);
        AssertCompleteReports(reports);
        FaultFiles.AssertNoTempFiles(output);
        Assert.Equal(before, FaultFiles.Hashes(inputs.Folder));
    }

    /// <summary>
    /// Two runs race for the same names with different reports (two bureaus' folders of <c>000.yaml</c>…): each
    /// final file is one run's report or the other's, whole, never a mixture; a writer that truncated and
    /// rewrote the final name in place would leave the tail of the longer one after the shorter.
    /// </summary>
    [Fact]
    public async Task Two_processes_writing_different_reports_under_the_same_names_leave_one_or_the_other_whole()
    {
        const int count = 20;
        var other = Path.Combine(_temp.Path, "other");
        Directory.CreateDirectory(other);
        for (var i = 0; i < count; i++)
        {
            File.Copy(inputs.Input(count + i), Path.Combine(other, GeneratedInputs.Stem(i) + ".yaml"));
        }

        var output = Path.Combine(_temp.Path, "out");
        using var first = ReportGenProcess.Start(_temp.Path, ["build", .. Enumerable.Range(0, count).Select(inputs.Input), "-o", output, "--jobs", "1"]);
        using var second = ReportGenProcess.Start(_temp.Path, "build", other, "-o", output, "--jobs", "1");
        var results = await Task.WhenAll(first.FinishAsync(), second.FinishAsync());

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Error));
        for (var i = 0; i < count; i++)
        {
            var written = File.ReadAllBytes(Path.Combine(output, GeneratedInputs.Stem(i) + ".docx"));
            var ours = inputs.ExpectedReport(GeneratedInputs.Stem(i));
            var theirs = inputs.ExpectedReport(GeneratedInputs.Stem(count + i));
            Assert.True(written.AsSpan().SequenceEqual(ours) || written.AsSpan().SequenceEqual(theirs), $"{GeneratedInputs.Stem(i)}.docx is neither report whole");
        }

        FaultFiles.AssertNoTempFiles(output);
    }

    [Fact]
    public async Task Two_processes_writing_one_named_report_at_once_leave_it_complete()
    {
        var output = Path.Combine(_temp.Path, "石拐区.docx");

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => ReportGenProcess.RunAsync(_temp.Path, "build", inputs.Input(5), "-o", output)));

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Error));
        Assert.Equal(inputs.ExpectedReport(GeneratedInputs.Stem(5)), File.ReadAllBytes(output));
        FaultFiles.AssertNoTempFiles(_temp.Path);
    }
}
