using System.Runtime.Versioning;
using ReportGen.Tests.Rendering;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Faults;

/// <summary>
/// Outputs that cannot be written, chosen to fail for root too, since CI runs as root and root ignores
/// permission bits (a 0555 folder is writable to it): a path below a regular file (ENOTDIR), a folder where
/// the report goes (EISDIR), a read-only mount (EROFS, which binds root as well). Each is exit 2 with one
/// Chinese line naming the file and no stack trace; the other reports are still written; nothing half-written
/// or temporary is left; no input changes.
/// </summary>
public sealed class UnwritableOutputTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Path(string relative) => System.IO.Path.Combine(_temp.Path, relative);

    private string Input(string relative, int index) => _temp.Write(relative, ReportGenerator.Generate(index, seed: 100 + index).Yaml);

    private Task<CliResult> Run(params string[] args) => CliRunner.RunAsync(args, _temp.Path);

    /// <summary>The per-file finding lines (<c>file: error: …</c>) that mention a write failure.</summary>
    private static string[] WriteFailures(CliResult result) =>
        [.. FaultFiles.LinesWith(result.Error, ": error: 无法写入")];

    [Fact]
    public async Task A_missing_output_folder_is_created_with_its_parents()
    {
        Input("in/甲.yaml", 0);

        var result = await Run("build", "in/甲.yaml", "-o", "out/2023/第一批");

        Assert.Equal(0, result.ExitCode);
        FaultFiles.AssertValidDocx(Path("out/2023/第一批/甲.docx"));
        FaultFiles.AssertNoTempFiles(_temp.Path);
    }

    [Theory]
    [InlineData("notes.txt/out", "reportgen: 无法写入 notes.txt/out：notes.txt 是一个文件，不是文件夹；请用 -o 指定别的输出文件夹。")]
    [InlineData("notes.txt/out/2023", "reportgen: 无法写入 notes.txt/out/2023：notes.txt 是一个文件，不是文件夹；请用 -o 指定别的输出文件夹。")]
    [InlineData("notes.txt/甲.docx", "reportgen: 无法写入 notes.txt/甲.docx：notes.txt 是一个文件，不是文件夹；请用 -o 指定别的输出文件夹。")]
    [InlineData("notes.txt", "reportgen: 无法写入 notes.txt：这是一个已存在的文件，不是文件夹；请用 -o 指定一个文件夹。")]
    public async Task An_output_below_a_regular_file_is_exit_2_naming_the_file_in_the_way(string output, string message)
    {
        Input("in/甲.yaml", 0);
        _temp.Write("notes.txt", "会议记录");
        var before = FaultFiles.Hashes(_temp.Path);

        var result = await Run("build", "in/甲.yaml", "-o", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message, result.Error.Trim());
        Assert.Equal(before, FaultFiles.Hashes(_temp.Path)); // nothing written, notes.txt and the input as they were
    }

    [Fact]
    public async Task A_folder_where_a_report_goes_fails_that_report_only_and_is_left_as_it_was()
    {
        Input("in/甲.yaml", 0);
        Input("in/乙.yaml", 1);
        Input("in/丙.yaml", 2);
        _temp.Write("out/乙.docx/别动.txt", "a folder someone made");
        var before = FaultFiles.Hashes(_temp.Path);

        var result = await Run("build", "in", "-o", "out");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["in/乙.yaml: error: 无法写入 out/乙.docx：该位置已有一个同名文件夹；请改名或移走它，或用 -o 指定别的输出文件夹。"], WriteFailures(result));
        FaultFiles.AssertNoStackTrace(result.Error);
        FaultFiles.AssertValidDocx(Path("out/甲.docx"));
        FaultFiles.AssertValidDocx(Path("out/丙.docx"));
        Assert.Equal(before, FaultFiles.Hashes(_temp.Path).Where(f => !f.Key.EndsWith("甲.docx", StringComparison.Ordinal) && !f.Key.EndsWith("丙.docx", StringComparison.Ordinal)));
        FaultFiles.AssertNoTempFiles(_temp.Path);
    }

    [Fact]
    public async Task A_link_at_the_report_name_pointing_at_an_input_is_replaced_and_the_input_is_untouched()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Creating symbolic links needs a privilege there.
        }

        var input = Input("in/乙.yaml", 1);
        Directory.CreateDirectory(Path("out"));
        File.CreateSymbolicLink(Path("out/乙.docx"), input);
        var before = FaultFiles.Hashes([input]);

        var result = await Run("build", "in/乙.yaml", "-o", "out");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(before, FaultFiles.Hashes([input]));
        Assert.Null(new FileInfo(Path("out/乙.docx")).LinkTarget); // the link itself was renamed over, not written through
        FaultFiles.AssertValidDocx(Path("out/乙.docx"));
    }

    [MountFact]
    public async Task A_read_only_disk_fails_for_root_too_with_exit_2_while_the_other_reports_are_written()
    {
        Input("a/甲.yaml", 0);
        using var disk = new Tmpfs(Path("ro"), 128);
        Input("ro/乙.yaml", 1);
        _temp.Write("ro/乙.docx", DocxTestFiles.Sample);
        disk.MakeReadOnly();
        var before = FaultFiles.Hashes(Path("ro"));

        var result = await Run("build", "a/甲.yaml", "ro/乙.yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["ro/乙.yaml: error: 无法写入 ro/乙.docx：所在的磁盘或文件系统是只读的；请用 -o 指定可写的文件夹。"], WriteFailures(result));
        FaultFiles.AssertNoStackTrace(result.Error);
        FaultFiles.AssertValidDocx(Path("a/甲.docx"));
        Assert.Equal(before, FaultFiles.Hashes(Path("ro")));
    }

    [MountFact]
    public async Task An_output_folder_that_cannot_be_created_on_a_read_only_disk_is_one_line_and_exit_2()
    {
        Input("a/甲.yaml", 0);
        using var disk = new Tmpfs(Path("ro"), 64);
        disk.MakeReadOnly();

        var result = await Run("build", "a/甲.yaml", "-o", "ro/out");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("reportgen: 无法写入 ro/out：无法创建输出文件夹：所在的磁盘或文件系统是只读的；请用 -o 指定可写的文件夹。", result.Error.Trim());
    }

    /// <summary>Only where permission bits bind: skipped as root (CI), for whom the read-only mount above stands in.</summary>
    [PermissionBitsFact]
    [UnsupportedOSPlatform("windows")]
    public async Task A_folder_without_write_permission_is_exit_2_and_keeps_the_old_report()
    {
        Input("in/乙.yaml", 1);
        var old = _temp.Write("locked/乙.docx", "last year's report");
        File.SetUnixFileMode(Path("locked"), UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        try
        {
            var result = await Run("build", "in/乙.yaml", "-o", "locked");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(["in/乙.yaml: error: 无法写入 locked/乙.docx：没有写入权限；请检查文件夹权限，或用 -o 指定可写的文件夹。"], WriteFailures(result));
            Assert.Equal("last year's report", File.ReadAllText(old));
        }
        finally
        {
            File.SetUnixFileMode(Path("locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
