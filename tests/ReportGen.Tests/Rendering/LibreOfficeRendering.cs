using System.Diagnostics;
using System.Xml.Linq;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Rendering;

/// <summary>A test that needs LibreOffice: it fails when soffice is missing, unless REPORTGEN_SKIP_LIBREOFFICE=1.</summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public const string SkipVariable = "REPORTGEN_SKIP_LIBREOFFICE";

    public LibreOfficeFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(SkipVariable) == "1")
        {
            Skip = SkipVariable + "=1";
        }
    }
}

/// <summary>One line of rendered text with its box, in PDF points from the top left of its page.</summary>
public sealed record RenderedLine(int Page, string Text, double XMin, double YMin, double XMax, double YMax)
{
    public double Height => YMax - YMin;
}

/// <summary>A .docx as LibreOffice lays it out: pdftotext's text and every line's position.</summary>
public sealed record RenderedDocument(string Text, IReadOnlyList<RenderedLine> Lines, int Pages, double PageWidth, double PageHeight);

/// <summary>
/// Converts the sample once for all LibreOffice tests (CI has two cores), on first use, so that skipped tests
/// never start LibreOffice. Uses a private profile so that parallel runs do not clash.
/// </summary>
public sealed class LibreOfficeRendering : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);
    private readonly TempDirectory _directory = new();
    private readonly Lazy<RenderedDocument> _sample;

    public LibreOfficeRendering()
    {
        _sample = new Lazy<RenderedDocument>(() => Render(DocxTestFiles.Sample, "sample"));
    }

    public RenderedDocument Sample => _sample.Value;

    public void Dispose() => _directory.Dispose();

    private RenderedDocument Render(byte[] docx, string name)
    {
        var soffice = FindExecutable("soffice") ?? FindExecutable("libreoffice")
            ?? throw new InvalidOperationException(
                "LibreOffice (soffice) is not installed, so the rendering of the .docx cannot be checked. Install it "
                + "(apt-get install libreoffice-writer-nogui poppler-utils fonts-noto-cjk), or set "
                + LibreOfficeFactAttribute.SkipVariable + "=1 to skip these tests.");
        var pdftotext = FindExecutable("pdftotext")
            ?? throw new InvalidOperationException("pdftotext is not installed (apt-get install poppler-utils), or set " + LibreOfficeFactAttribute.SkipVariable + "=1.");

        var docxPath = _directory.Write(name + ".docx", docx);
        var profile = new Uri(Path.Combine(_directory.Path, "profile")).AbsoluteUri;
        Run(soffice, ["-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", _directory.Path, docxPath]);
        var pdf = Path.Combine(_directory.Path, name + ".pdf");
        Assert.True(File.Exists(pdf), "LibreOffice did not write " + pdf);

        var text = Run(pdftotext, ["-enc", "UTF-8", pdf, "-"]);
        var layout = XDocument.Parse(Run(pdftotext, ["-enc", "UTF-8", "-bbox-layout", pdf, "-"]));
        XNamespace html = "http://www.w3.org/1999/xhtml";
        var pages = layout.Descendants(html + "page").ToList();
        var lines = pages.SelectMany((page, index) => page.Descendants(html + "line").Select(line => new RenderedLine(
            index + 1,
            string.Join(' ', line.Elements(html + "word").Select(w => w.Value)),
            (double)line.Attribute("xMin")!, (double)line.Attribute("yMin")!, (double)line.Attribute("xMax")!, (double)line.Attribute("yMax")!)));
        return new RenderedDocument(text, [.. lines], pages.Count, (double)pages[0].Attribute("width")!, (double)pages[0].Attribute("height")!);
    }

    private static string Run(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(program)} did not finish within {Timeout.TotalSeconds} s");
        }

        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(program)} exited with {process.ExitCode}: {error.Result}");
        return output.Result;
    }

    private static string? FindExecutable(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
