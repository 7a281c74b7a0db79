using System.Collections.Concurrent;
using System.Diagnostics;
using ReportGen.Core.Model;
using ReportGen.Core.Rendering.Docx;

namespace ReportGen.Core.Rendering;

/// <summary>
/// A tool the renderer runs failed for this report (LibreOffice timed out or wrote nothing): reported for the
/// file with its message, not as a defect of reportgen.
/// </summary>
public sealed class RenderToolException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>LibreOffice is not installed: nothing can be converted (exit 2), and the message says how to install it.</summary>
public sealed class LibreOfficeMissingException() : Exception(
    "生成 PDF 需要 LibreOffice，但没有找到 soffice。请安装：Debian/Ubuntu 执行 sudo apt-get install libreoffice-writer-nogui fonts-noto-cjk；" +
    "Windows/macOS 从 https://www.libreoffice.org/ 下载安装，并把 soffice 所在文件夹加入 PATH（或设置环境变量 REPORTGEN_SOFFICE 为 soffice 的完整路径）。");

/// <summary>
/// The PDF attachment: the .docx converted by LibreOffice (<c>soffice --headless --convert-to pdf</c>), which
/// embeds the fonts it used. Each conversion borrows a user profile of its own from a pool, so that conversions
/// run in parallel (LibreOffice refuses a second process on one profile) and later ones skip the profile's
/// first-start cost. Where the government fonts are missing (a Linux server), each role gets the closest
/// installed font (<see cref="LinuxFonts"/>) rather than LibreOffice's one fallback for all.
/// </summary>
public sealed class PdfReportRenderer : IReportRenderer
{
    /// <summary>PDF/A-2b: LibreOffice's PDF export filter with SelectPdfVersion 2.</summary>
    public const string PdfAFilter = "pdf:writer_pdf_Export:{\"SelectPdfVersion\":{\"type\":\"long\",\"value\":\"2\"}}";

    private static readonly ConcurrentBag<string> Profiles = [];
    private static readonly string ProfileRoot = Path.Combine(Path.GetTempPath(), "reportgen-soffice-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    private static int _profileCount;

    // The profiles live as long as the process (a profile's first start costs LibreOffice a few seconds).
    static PdfReportRenderer() => AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(ProfileRoot);

    private readonly string _soffice;
    private readonly DocxOptions _docx;
    private readonly bool _pdfA;

    public PdfReportRenderer(OutputOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _soffice = FindSoffice(options.Soffice) ?? throw new LibreOfficeMissingException();
        _pdfA = options.PdfA;
        _docx = options.Docx with { Fonts = LinuxFonts.Resolve(options.Docx.Fonts) };
    }

    public string Extension => ".pdf";

    /// <summary>How long one conversion may take before it is abandoned.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The fonts the PDF is made with: the requested ones where installed, else the closest installed font per role.</summary>
    public FontSet Fonts => _docx.Fonts;

    /// <summary>The given soffice (REPORTGEN_SOFFICE) if it exists, else soffice or libreoffice on the PATH; null when absent.</summary>
    public static string? FindSoffice(string? configured = null)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        var names = OperatingSystem.IsWindows() ? new[] { "soffice.exe", "soffice.com" } : ["soffice", "libreoffice"];
        return (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }

    public void Render(AnnualReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var work = Path.Combine(ProfileRoot, "work-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        var profile = Profiles.TryTake(out var free) ? free : Path.Combine(ProfileRoot, "profile-" + Interlocked.Increment(ref _profileCount).ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            var docx = Path.Combine(work, "report.docx");
            using (var file = File.Create(docx))
            {
                DocxReportWriter.Write(report, file, _docx);
            }

            Convert(docx, work, profile);
            var pdf = Path.Combine(work, "report.pdf");
            if (!File.Exists(pdf))
            {
                throw new RenderToolException("LibreOffice 没有生成 PDF（可能是安装不完整：需要 Writer 组件，如 libreoffice-writer-nogui）。");
            }

            using var read = File.OpenRead(pdf);
            read.CopyTo(output);
        }
        finally
        {
            Profiles.Add(profile);
            TryDelete(work);
        }
    }

    private void Convert(string docx, string folder, string profile)
    {
        var start = new ProcessStartInfo(_soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[
            "-env:UserInstallation=" + new Uri(profile + Path.DirectorySeparatorChar).AbsoluteUri,
            "--headless", "--norestore", "--nolockcheck",
            "--convert-to", _pdfA ? PdfAFilter : "pdf",
            "--outdir", folder, docx])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new RenderToolException("无法启动 LibreOffice（" + _soffice + "）。");
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new RenderToolException($"LibreOffice 在 {Timeout.TotalSeconds:0} 秒内没有完成转换，已停止；请稍后重试，或减少 --jobs。");
        }

        if (process.ExitCode != 0)
        {
            throw new RenderToolException($"LibreOffice 转换失败（退出码 {process.ExitCode}）：{error.Result.Trim()}");
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary folder left behind is harmless; the report itself was written.
        }
    }
}
