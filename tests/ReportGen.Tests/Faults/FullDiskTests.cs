using ReportGen.Core.Output;
using ReportGen.Core.Summary;
using ReportGen.Tests.Rendering;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Faults;

/// <summary>
/// A full disk. The unit tests run anywhere: the atomic writer's real temporary file behind a stream that
/// reports ENOSPC after a given number of bytes. The end-to-end tests write to a real 64 KB tmpfs that is full.
/// Either way: exit 2 saying the disk is full, no partial file under the final name, the old file of that name
/// byte for byte as it was, no temporary file left, the inputs untouched.
/// </summary>
public sealed class FullDiskTests : IDisposable
{
    private const string DiskFull = "磁盘空间不足";
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly Lazy<JurisdictionSummary> Summary = new(() => JurisdictionSummary.Create(
        [.. Enumerable.Range(0, 3).Select(i => new SummarizedAgency($"in/{i}.yaml", Yaml.Read(ReportGenerator.Generate(i, seed: 90 + i).Yaml).Report!))]));

    private static byte[] Written(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return buffer.ToArray();
    }

    private string Path(string relative) => System.IO.Path.Combine(_temp.Path, relative);

    private string Input(string relative, int index) => _temp.Write(relative, ReportGenerator.Generate(index, seed: 300 + index).Yaml);

    /// <summary>
    /// Writes <paramref name="content"/> through the atomic writer onto a disk with <paramref name="free"/> bytes
    /// free, over an existing file; returns the failure and how many bytes the temporary file held when the disk
    /// filled (so the test knows a partial file really existed).
    /// </summary>
    private (OutputUnwritableException Failure, long PartialBytes) WriteOnFullDisk(string name, long free, Action<Stream> write)
    {
        var target = _temp.Write(name, "last year's report");
        long partial = -1;
        var failure = Assert.Throws<OutputUnwritableException>(() => AtomicFile.Write(target, stream =>
        {
            try
            {
                write(new DiskFullStream(stream, free));
            }
            finally
            {
                partial = stream.Length;
            }
        }, "out/" + name));
        return (failure, partial);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4096)]
    [InlineData(9000)]
    public void The_atomic_writer_on_a_full_disk_removes_its_partial_file_and_keeps_the_old_one(long free)
    {
        var report = DocxTestFiles.Sample;

        var (failure, partial) = WriteOnFullDisk("2023.docx", free, s => s.Write(report));

        Assert.Equal($"无法写入 out/2023.docx：{DiskFull}；请腾出空间后重试，或用 -o 指定别的磁盘上的文件夹。", failure.Message);
        Assert.Equal(free, partial);
        Assert.Equal("last year's report", File.ReadAllText(Path("2023.docx")));
        Assert.Equal(["2023.docx"], Directory.GetFiles(_temp.Path).Select(System.IO.Path.GetFileName));
    }

    public static TheoryData<string, double> SummaryCuts => new()
    {
        { ".xlsx", 0 }, { ".xlsx", 0.1 }, { ".xlsx", 0.5 }, { ".xlsx", 0.99 },
        { ".csv", 0 }, { ".csv", 0.5 }, { ".csv", 0.99 },
    };

    /// <summary>The summary writers stream into the file (no buffer in memory), so the disk can fill inside them, the zip's central directory included.</summary>
    [Theory]
    [MemberData(nameof(SummaryCuts))]
    public void A_summary_written_onto_a_full_disk_fails_as_disk_full_and_keeps_the_old_summary(string extension, double fraction)
    {
        Action<JurisdictionSummary, Stream> writer = extension == ".xlsx" ? SummaryWorkbookWriter.Write : SummaryCsvWriter.Write;
        var size = Written(s => writer(Summary.Value, s)).Length;
        var free = (long)(size * fraction);

        var (failure, partial) = WriteOnFullDisk("汇总" + extension, free, s => writer(Summary.Value, s));

        Assert.Contains(DiskFull, failure.Message, StringComparison.Ordinal);
        Assert.Equal(free, partial);
        Assert.Equal("last year's report", File.ReadAllText(Path("汇总" + extension)));
        FaultFiles.AssertNoTempFiles(_temp.Path);
    }

    [MountFact]
    public async Task A_build_onto_a_full_disk_is_exit_2_keeps_the_old_report_and_writes_the_reports_that_fit_elsewhere()
    {
        Input("a/甲.yaml", 0);
        using var disk = new Tmpfs(Path("disk"), 64);
        Input("disk/乙.yaml", 1);
        var old = _temp.Write("disk/乙.docx", DocxTestFiles.Sample);
        disk.Fill();
        var inputs = FaultFiles.Hashes([Path("a/甲.yaml"), Path("disk/乙.yaml"), old]);

        var result = await CliRunner.RunAsync(["build", "a/甲.yaml", "disk/乙.yaml"], _temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            [$"disk/乙.yaml: error: 无法写入 disk/乙.docx：{DiskFull}；请腾出空间后重试，或用 -o 指定别的磁盘上的文件夹。"],
            FaultFiles.LinesWith(result.Error, ": error:"));
        FaultFiles.AssertNoStackTrace(result.Error);
        Assert.Equal(inputs, FaultFiles.Hashes(inputs.Keys)); // the old report too, byte for byte
        FaultFiles.AssertValidDocx(Path("a/甲.docx"));
        FaultFiles.AssertNoTempFiles(_temp.Path);
    }

    [MountFact]
    public async Task A_summary_onto_a_full_disk_is_exit_2_and_keeps_the_old_summary()
    {
        Input("in/甲.yaml", 0);
        Input("in/乙.yaml", 1);
        using var disk = new Tmpfs(Path("disk"), 64);
        var old = _temp.Write("disk/汇总.xlsx", "last year's summary");
        disk.Fill();
        var before = FaultFiles.Hashes(_temp.Path);

        var result = await CliRunner.RunAsync(["summarize", "in", "-o", "disk/汇总.xlsx"], _temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            [$"reportgen: 无法写入 disk/汇总.xlsx：{DiskFull}；请腾出空间后重试，或用 -o 指定别的磁盘上的文件夹。"],
            FaultFiles.LinesWith(result.Error, "无法写入"));
        FaultFiles.AssertNoStackTrace(result.Error);
        Assert.Equal(before, FaultFiles.Hashes(_temp.Path));
        Assert.Equal("last year's summary", File.ReadAllText(old));
    }
}
