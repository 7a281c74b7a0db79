using ReportGen.Core.Output;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Output;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string[] Names() => [.. Directory.GetFileSystemEntries(_temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    [Fact]
    public void Writes_the_content_and_leaves_no_temporary_file()
    {
        var path = Path.Combine(_temp.Path, "r.docx");

        AtomicFile.Write(path, "内容"u8.ToArray());

        Assert.Equal("内容"u8.ToArray(), File.ReadAllBytes(path));
        Assert.Equal(["r.docx"], Names());
    }

    [Fact]
    public void A_writer_that_fails_half_way_leaves_the_old_file_untouched_and_no_temporary_file()
    {
        var path = _temp.Write("r.docx", "old");
        var seen = "";

        var e = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("new, but only ha"u8);
            seen = Names().Single(n => n != "r.docx");
            throw new InvalidOperationException("defect");
        }));

        Assert.Equal("defect", e.Message);
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal(["r.docx"], Names());
        Assert.True(AtomicFile.IsTempFile(seen), seen);
        Assert.StartsWith(".r.docx.", seen, StringComparison.Ordinal);
    }

    [Fact]
    public void An_io_failure_becomes_a_chinese_message_naming_the_file()
    {
        var path = Path.Combine(_temp.Path, "r.docx");

        var e = Assert.Throws<OutputUnwritableException>(() => AtomicFile.Write(path, _ => throw new IOException("No space left on device", 28), "out/r.docx"));

        Assert.Equal("无法写入 out/r.docx：磁盘空间不足；请腾出空间后重试，或用 -o 指定别的磁盘上的文件夹。", e.Message);
        Assert.Empty(Names());
    }

    [Fact]
    public void A_missing_folder_is_refused_without_creating_it()
    {
        var path = Path.Combine(_temp.Path, "missing", "r.docx");

        var e = Assert.Throws<OutputUnwritableException>(() => AtomicFile.Write(path, "x"u8.ToArray(), "missing/r.docx"));

        Assert.Equal("无法写入 missing/r.docx：文件夹 missing 不存在。", e.Message);
        Assert.False(Directory.Exists(Path.Combine(_temp.Path, "missing")));
    }

    [Fact]
    public void A_folder_at_the_final_path_is_refused_and_left_alone()
    {
        var path = Path.Combine(_temp.Path, "r.docx");
        Directory.CreateDirectory(path);

        var e = Assert.Throws<OutputUnwritableException>(() => AtomicFile.Write(path, "x"u8.ToArray(), "r.docx"));

        Assert.Contains("同名文件夹", e.Message, StringComparison.Ordinal);
        Assert.True(Directory.Exists(path));
        Assert.Equal(["r.docx"], Names());
    }

    [Fact]
    public void The_system_full_disk_error_is_recognised()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // /dev/full, a device that always reports a full disk, exists on Linux only.
        }

        var e = Assert.ThrowsAny<IOException>(() =>
        {
            using var full = new FileStream("/dev/full", FileMode.Open, FileAccess.Write);
            full.Write(new byte[4096]);
            full.Flush();
        });

        Assert.True(AtomicFile.IsDiskFull(e), $"{e.HResult}: {e.Message}");
    }

    [Theory]
    [InlineData(unchecked((int)0x80070020))] // ERROR_SHARING_VIOLATION
    [InlineData(unchecked((int)0x80070021))] // ERROR_LOCK_VIOLATION
    public void On_Windows_a_report_open_in_Word_is_said_to_be_open_not_unwritable(int hresult)
    {
        var e = new IOException("The process cannot access the file because it is being used by another process.", hresult);

        Assert.Contains("正在 Word、WPS 等程序中打开", AtomicFile.Reason(e, windows: true), StringComparison.Ordinal);
        Assert.DoesNotContain("Word", AtomicFile.Reason(e, windows: false), StringComparison.Ordinal);
    }

    [Fact]
    public void On_Windows_access_denied_also_names_an_open_document_as_a_cause()
    {
        var e = new UnauthorizedAccessException("Access to the path is denied.");

        Assert.Contains("Word、WPS", AtomicFile.Reason(e, windows: true), StringComparison.Ordinal);
        Assert.Equal("没有写入权限；请检查文件夹权限，或用 -o 指定可写的文件夹。", AtomicFile.Reason(e, windows: false));
    }

    [Fact]
    public void Without_replace_a_file_that_appeared_meanwhile_is_kept_and_the_write_fails()
    {
        var path = Path.Combine(_temp.Path, "2024.yaml");

        var e = Assert.Throws<OutputUnwritableException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("generated"u8);
            File.WriteAllText(path, "filled in by hand"); // another program, between our check and the rename
        }, "2024.yaml", replace: false));

        Assert.Equal("无法写入 2024.yaml：该文件已存在，不会覆盖已有的文件；请换一个文件名，或先移走它。", e.Message);
        Assert.Equal("filled in by hand", File.ReadAllText(path));
        Assert.Equal(["2024.yaml"], Names());
    }

    [Fact]
    public void Flushing_a_folder_is_best_effort()
    {
        AtomicFile.FlushFolder(_temp.Path);
        AtomicFile.FlushFolder(Path.Combine(_temp.Path, "missing"));
        AtomicFile.FlushFolder(_temp.Write("a-file", "x"));

        Assert.Equal(["a-file"], Names());
    }
}
