using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Browser;

/// <summary>A test that needs headless Chromium: skipped when it is not installed (.ci/run installs Debian's chromium).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (ChromiumPage.Executable is null)
        {
            Skip = "chromium is not installed (apt-get install chromium)";
        }
    }
}

/// <summary>A rendered table cell: which table, row and cell it is in the DOM, and its box in CSS pixels.</summary>
public sealed record RenderedCell(int Table, int Row, int Cell, double Left, double Top, double Right, double Bottom);

/// <summary>What the browser laid out: every table cell's box, each scrolling box's widths, and the page's width.</summary>
public sealed record RenderedPage(IReadOnlyList<RenderedCell> Cells, IReadOnlyList<(double Scroll, double Client)> Boxes, double PageWidth, double Viewport);

/// <summary>
/// Renders a page in headless Chromium. For geometry, a test-only copy of the page gets an inline script that
/// writes every cell's box into the DOM on load, read back with <c>--dump-dom</c> (the product page has no script).
/// </summary>
public static class ChromiumPage
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public static string? Executable { get; } = new[] { "chromium", "chromium-browser", "google-chrome" }
        .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(dir => Path.Combine(dir, name)))
        .FirstOrDefault(File.Exists);

    private const string GeometryScript = """
        <script>
        addEventListener('load', () => {
          const lines = [];
          document.querySelectorAll('table').forEach((table, t) => [...table.rows].forEach((row, r) => [...row.cells].forEach((cell, c) => {
            const b = cell.getBoundingClientRect();
            lines.push(['cell', t, r, c, b.left, b.top, b.right, b.bottom].join(' '));
          })));
          document.querySelectorAll('.rg-scroll').forEach(box => lines.push(['box', box.scrollWidth, box.clientWidth].join(' ')));
          lines.push(['page', document.documentElement.scrollWidth, window.innerWidth].join(' '));
          const out = document.createElement('pre');
          out.id = 'rg-geometry';
          out.textContent = lines.join('\n');
          document.body.appendChild(out);
        });
        </script>
        """;

    public static RenderedPage Geometry(string html, int width, TempDirectory folder)
    {
        var probe = folder.Write("probe.html", html.Replace("</body>", GeometryScript + "</body>", StringComparison.Ordinal));
        var dom = Run(folder, ["--run-all-compositor-stages-before-draw", "--virtual-time-budget=3000", $"--window-size={width},1200", "--dump-dom", new Uri(probe).AbsoluteUri]);
        var text = Regex.Match(dom, "<pre id=\"rg-geometry\">(.*?)</pre>", RegexOptions.Singleline);
        Assert.True(text.Success, "the probe script wrote no geometry:\n" + dom[..Math.Min(dom.Length, 500)]);
        var cells = new List<RenderedCell>();
        var boxes = new List<(double, double)>();
        double page = 0, viewport = 0;
        foreach (var line in text.Groups[1].Value.Split('\n'))
        {
            var f = line.Split(' ');
            double N(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
            switch (f[0])
            {
                case "cell": cells.Add(new RenderedCell((int)N(1), (int)N(2), (int)N(3), N(4), N(5), N(6), N(7))); break;
                case "box": boxes.Add((N(1), N(2))); break;
                case "page": (page, viewport) = (N(1), N(2)); break;
            }
        }

        return new RenderedPage(cells, boxes, page, viewport);
    }

    public static void Screenshot(string htmlPath, string pngPath, int width, int height, TempDirectory folder) =>
        Run(folder, ["--hide-scrollbars", $"--window-size={width},{height}", "--screenshot=" + pngPath, new Uri(htmlPath).AbsoluteUri]);

    private static string Run(TempDirectory folder, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Executable!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var profile = Path.Combine(folder.Path, "chromium-" + Guid.NewGuid().ToString("N"));
        foreach (var argument in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish within " + Timeout.TotalSeconds + " s");
        }

        return output.Result;
    }
}
