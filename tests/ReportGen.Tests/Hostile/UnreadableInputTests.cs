using System.Diagnostics;
using System.Text;
using ReportGen.Core.Reading;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Hostile;

/// <summary>Inputs that are not an ordinary readable file: directories, missing paths, no permission, huge files, pipes.</summary>
public class UnreadableInputTests
{
    private static void AssertNoStackTrace(CliResult result)
    {
        Assert.DoesNotContain("Exception", result.Error + result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error + result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_read_as_a_file_is_unreadable_with_a_chinese_reason()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "2023.yaml");
        Directory.CreateDirectory(path);

        var e = Assert.Throws<InputUnreadableException>(() => ReportReader.ReadFile(path, "2023.yaml"));

        Assert.Equal("2023.yaml: 无法读取文件：这是一个目录，不是文件。", e.Message);
    }

    [Theory]
    [InlineData("2023.yaml", true, "reportgen: 2023.yaml: 这是一个目录，其中没有 *.yaml、*.yml 文件或已发布的报告。")]
    [InlineData("no/such/2023.yaml", false, "reportgen: no/such/2023.yaml: 找不到输入文件（没有匹配的文件或目录）。")]
    public async Task An_input_that_names_no_file_exits_2_saying_why(string input, bool isEmptyDirectory, string message)
    {
        using var directory = new TempDirectory();
        if (isEmptyDirectory)
        {
            Directory.CreateDirectory(Path.Combine(directory.Path, input));
        }

        var result = await CliRunner.RunAsync(["validate", input], currentDirectory: directory.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message, result.Error.Trim());
        AssertNoStackTrace(result);
    }

    [Fact]
    public async Task A_file_without_read_permission_exits_2()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix permissions only.
        }

        using var directory = new TempDirectory();
        var path = directory.Write("2023.yaml", File.ReadAllBytes(Repository.Sample));
        File.SetUnixFileMode(path, UnixFileMode.None);
        if (CanRead(path))
        {
            // Running privileged (root, CAP_DAC_OVERRIDE): nothing is unreadable by mode, so there is nothing to
            // test here. The unreadable path is still covered where it really fails as root: a directory named
            // 2023.yaml (A_directory_read_as_a_file_is_unreadable_with_a_chinese_reason).
            return;
        }

        var result = await CliRunner.RunAsync(["validate", "2023.yaml"], currentDirectory: directory.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("2023.yaml: error: 无法读取文件：没有读取这个文件的权限。", result.Error, StringComparison.Ordinal);
        AssertNoStackTrace(result);
    }

    private static bool CanRead(string path)
    {
        try
        {
            File.ReadAllBytes(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    [Fact]
    public async Task A_50_MB_file_is_refused_by_its_size_without_being_read()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "huge.yaml");
        using (var stream = File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var read = ReportReader.ReadFile(path, "huge.yaml");
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        var d = Assert.Single(read.Diagnostics);
        Assert.Equal(("RG001", 0, 0), (d.RuleId, d.Line, d.Column));
        Assert.Contains("51200 KiB", d.Message, StringComparison.Ordinal);
        Assert.True(allocated < 1024 * 1024, $"{allocated} bytes allocated: the file was read");

        var result = await CliRunner.RunAsync(["validate", "huge.yaml"], currentDirectory: directory.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("huge.yaml: error RG001: 文件过大（51200 KiB）", result.Error, StringComparison.Ordinal);
    }

    /// <summary>A stream that never ends (like /dev/zero or a runaway script on a pipe), counting what was read.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'a');
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public void An_endless_stream_is_read_only_up_to_the_size_limit()
    {
        using var stream = new EndlessStream();

        var read = ReportReader.ReadStream("<stdin>", stream);

        Assert.Equal("RG001", Assert.Single(read.Diagnostics).RuleId);
        Assert.InRange(stream.BytesRead, ReportReader.MaxBytes + 1, 2L * ReportReader.MaxBytes + 2);
    }

    [Fact]
    public async Task Standard_input_larger_than_the_limit_is_refused_with_exit_1()
    {
        var input = Encoding.UTF8.GetBytes("problems: " + new string('x', 3 * 1024 * 1024));

        var result = await CliRunner.RunAsync(["validate", "-"], standardInput: input);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("<stdin>: error RG001: 文件过大", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_device_that_claims_to_be_empty_but_never_ends_is_refused_by_size()
    {
        if (!File.Exists("/dev/zero"))
        {
            return; // Not a Unix system.
        }

        var read = ReportReader.ReadFile("/dev/zero");

        Assert.Equal("RG001", Assert.Single(read.Diagnostics).RuleId);
    }

    [Fact]
    public async Task A_named_pipe_is_read_to_its_end_as_process_substitution_does()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // No mkfifo.
        }

        using var directory = new TempDirectory();
        var fifo = Path.Combine(directory.Path, "2023.yaml");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var writer = Task.Run(() => File.WriteAllBytes(fifo, File.ReadAllBytes(Repository.Sample)));
        var read = await HangGuard.Run(() => ReportReader.ReadFile(fifo, "2023.yaml"));
        await writer.WaitAsync(HangGuard.Limit);

        Assert.NotNull(read.Report);
        Assert.Empty(read.Diagnostics);
        Assert.Equal("石拐区商务和科技局", read.Report.Agency);
    }
}
