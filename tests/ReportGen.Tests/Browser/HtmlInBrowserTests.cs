using ReportGen.Tests.Html;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Browser;

/// <summary>
/// The web page as Chromium lays it out: every table cell sits on the grid rows and columns the catalog's merges
/// give it, and on a phone the page does not scroll sideways (the wide tables scroll in their boxes).
/// </summary>
public sealed class HtmlInBrowserTests : IDisposable
{
    private const double Tolerance = 1.5;
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [ChromiumFact]
    public void Every_cell_covers_exactly_its_grid_rows_and_columns() => CheckGrid(1280);

    [ChromiumFact]
    public void On_a_phone_the_grid_holds_and_only_the_table_boxes_scroll()
    {
        var rendered = CheckGrid(390);
        Assert.True(rendered.PageWidth <= rendered.Viewport, $"the page is {rendered.PageWidth} px wide in a {rendered.Viewport} px screen");
        Assert.Contains(rendered.Boxes, box => box.Scroll > box.Client);
    }

    /// <summary>
    /// Screenshots at desktop and phone widths (the README's pictures are made the same way, docs/images/web-*.png);
    /// kept under REPORTGEN_SCREENSHOTS when set, to look at after a change of the page.
    /// </summary>
    [ChromiumFact]
    public void Screenshots_are_taken_at_desktop_and_phone_widths()
    {
        var page = _temp.Write("2023.html", HtmlTestFiles.Sample);
        var keep = Environment.GetEnvironmentVariable("REPORTGEN_SCREENSHOTS");
        foreach (var (name, width, height) in new[] { ("desktop", 1280, 2000), ("phone", 390, 844) })
        {
            var png = Path.Combine(keep ?? _temp.Path, $"web-{name}.png");
            ChromiumPage.Screenshot(page, png, width, height, _temp);
            var bytes = File.ReadAllBytes(png);
            Assert.True(bytes.AsSpan().StartsWith((byte[])[0x89, (byte)'P', (byte)'N', (byte)'G']), $"{png} is not a PNG");
            // IHDR: width and height, big-endian, at bytes 16 and 20.
            Assert.Equal(width, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)));
            Assert.Equal(height, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
            Assert.True(bytes.Length > 20_000, $"{png} looks blank ({bytes.Length} bytes)");
        }
    }

    private RenderedPage CheckGrid(int width)
    {
        var html = HtmlTestFiles.Sample;
        var tables = HtmlTestFiles.Tables(HtmlTestFiles.Parse(html));
        var rendered = ChromiumPage.Geometry(html, width, _temp);
        Assert.Equal(tables.Sum(t => t.Count), rendered.Cells.Count);
        for (var t = 0; t < tables.Count; t++)
        {
            var boxes = rendered.Cells.Where(c => c.Table == t).ToList();
            var cells = tables[t];
            Assert.Equal(cells.Count, boxes.Count);
            // The grid lines as the browser drew them: each grid column's left edge, each grid row's top edge.
            var left = GridLines(cells.Zip(boxes).Select(p => (p.First.Column, p.Second.Left)), cells.Max(c => c.Column + c.ColumnSpan), boxes.Max(b => b.Right));
            var top = GridLines(cells.Zip(boxes).Select(p => (p.First.Row, p.Second.Top)), cells.Max(c => c.Row + c.RowSpan), boxes.Max(b => b.Bottom));
            foreach (var (cell, box) in cells.Zip(boxes))
            {
                Assert.True(
                    Near(box.Left, left[cell.Column]) && Near(box.Right, left[cell.Column + cell.ColumnSpan])
                    && Near(box.Top, top[cell.Row]) && Near(box.Bottom, top[cell.Row + cell.RowSpan]),
                    $"table {t + 1} at {width} px: {cell} is drawn at ({box.Left},{box.Top})–({box.Right},{box.Bottom})");
            }
        }

        return rendered;
    }

    /// <summary>Line i: where the cells starting at grid line i start (all must agree); the last line: the far edge.</summary>
    private static double[] GridLines(IEnumerable<(int Index, double Edge)> starts, int count, double end)
    {
        var lines = new double[count + 1];
        foreach (var group in starts.GroupBy(s => s.Index))
        {
            var edges = group.Select(s => s.Edge).ToList();
            Assert.True(edges.Max() - edges.Min() <= Tolerance, $"cells starting at grid line {group.Key} start at {string.Join(", ", edges)}");
            lines[group.Key] = edges[0];
        }

        lines[count] = end;
        return lines;
    }

    private static bool Near(double a, double b) => Math.Abs(a - b) <= Tolerance;
}
