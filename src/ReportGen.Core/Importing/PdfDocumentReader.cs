using System.Text.RegularExpressions;
using ReportGen.Core.Diagnostics;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Graphics;

namespace ReportGen.Core.Importing;

/// <summary>
/// Reads a text PDF (WPS, Word, LibreOffice, a CMS's PDF printer) with PdfPig. Tables are found by their ruling
/// lines: the rows are the bands between horizontal rules, the cells the spans between the vertical rules that
/// cross a band, and a cell's text is every glyph inside it, line by line top to bottom. That one rule gives wrapped
/// labels with their figures (the figures sit between the label's two lines), vertical cells written one character
/// per line (社会/公益/组织, 三/、/本/年/度…), letter-spaced headers (商 业 企 业) and merged cells (a cell whose lower
/// border is missing continues into the next band: one cell with a row span). Outside tables, glyphs make visual
/// lines (baselines within 3 pt: figures sit 1.4–2.3 pt low), page numbers and running footers are dropped, and
/// lines that the page wrapped are joined back into paragraphs. A table that a page break cut (table 三 and its
/// <c>-3-</c> footer) continues as one table.
/// Without ruling lines, a table is read from its visual lines (<see cref="UnruledTables"/>): rows whose label sits
/// on one line come out whole, and a label cut by a line break is joined where the catalog recognises its parts;
/// labels wrapped around their figures beside a vertical group label are only partly put back (known limit).
/// </summary>
public sealed partial class PdfDocumentReader : IPublishedDocumentReader
{
    /// <summary>Published reports are well under 10 MiB even with embedded fonts and a seal image.</summary>
    public const int MaxBytes = 48 * 1024 * 1024;

    /// <summary>A report has 4–10 pages; what lies beyond this is not the report.</summary>
    public const int MaxPages = 40;

    /// <summary>Bounds on what a hostile page can make us hold and sort.</summary>
    private const int MaxLettersPerPage = 30_000;
    private const int MaxRulesPerPage = 4_000;

    /// <summary>Glyphs whose baselines differ by up to this much share a visual line.</summary>
    private const double BaselineTolerance = 3.0;

    /// <summary>Rules closer than this are one rule (double borders, rounding).</summary>
    private const double RuleTolerance = 1.5;

    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    public PublishedDocument Read(Stream stream, string displayName)
    {
        var bytes = ReadBounded(stream);
        if (!LooksLikePdf(bytes))
        {
            throw new DocumentUnreadableException("文件不是 PDF（开头没有 %PDF 标记）：可能是改了扩展名的其他文件。请确认文件类型后再导入。");
        }

        PdfDocument pdf;
        try
        {
            pdf = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, ClipPaths = false });
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new DocumentUnreadableException("文件已加密，请先解除密码保护（用 PDF 阅读器输入密码后另存为不加密的 PDF），再导入。", e);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new DocumentUnreadableException("PDF 文件已损坏，无法读取：请用 PDF 阅读器打开后另存，或从原文档重新导出 PDF。", e);
        }

        using (pdf)
        {
            return new PublishedDocument("pdf", ReadPages(pdf));
        }
    }

    private static byte[] ReadBounded(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > MaxBytes)
            {
                throw new DocumentUnreadableException(
                    $"PDF 文件过大（超过 {MaxBytes / 1024 / 1024} MiB）：一份年度报告不会这么大，请检查是否选错了文件。");
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }

    /// <summary>The header may follow some junk, as readers allow, but must come within the first KiB.</summary>
    private static bool LooksLikePdf(ReadOnlySpan<byte> bytes) =>
        bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    private static List<DocumentBlock> ReadPages(PdfDocument pdf)
    {
        int pageCount;
        try
        {
            pageCount = pdf.NumberOfPages;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new DocumentUnreadableException("PDF 文件已损坏，找不到页面：请用 PDF 阅读器打开后另存，或从原文档重新导出 PDF。", e);
        }

        var layout = new DocumentLayout();
        var readable = 0;
        var anyLetters = false;
        for (var number = 1; number <= Math.Min(pageCount, MaxPages); number++)
        {
            Page page;
            try
            {
                page = pdf.GetPage(number);
                _ = page.Letters.Count;
            }
            catch (Exception e) when (e is not OutOfMemoryException and not DocumentUnreadableException)
            {
                // One broken page does not make the others unreadable; the extractor reports what is missing.
                continue;
            }

            readable++;
            anyLetters |= page.Letters.Count > 0;
            LayOutPage(page, number, layout);
        }

        if (readable == 0)
        {
            throw new DocumentUnreadableException("PDF 文件已损坏，没有一页能够读取：请用 PDF 阅读器打开后另存，或从原文档重新导出 PDF。");
        }

        if (!anyLetters)
        {
            throw new DocumentUnreadableException("扫描件没有文字层，需要先做文字识别（OCR）：请用 PDF 阅读器或扫描软件的文字识别功能生成带文字的 PDF，或改用原始的 .docx。");
        }

        return layout.Finish();
    }

    private static void LayOutPage(Page page, int pageNumber, DocumentLayout layout)
    {
        var letters = new List<Glyph>(Math.Min(page.Letters.Count, MaxLettersPerPage));
        foreach (var letter in page.Letters)
        {
            if (letters.Count >= MaxLettersPerPage)
            {
                break;
            }

            if (letter.Value.Length == 0 || char.IsControl(letter.Value[0]))
            {
                continue;
            }

            // Space glyphs are kept: where a PDF draws them, they are the text's own spaces, told apart from the
            // gaps that justification and Chinese–Latin autospacing leave.
            letters.Add(new Glyph(string.IsNullOrWhiteSpace(letter.Value) ? " " : letter.Value, letter.StartBaseLine.X, letter.StartBaseLine.Y,
                Math.Max(letter.Width, 0), letter.PointSize > 1 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1)));
        }

        var (horizontal, vertical) = FindRules(page);
        var tables = FindTables(horizontal, vertical);
        var claimed = new bool[letters.Count];
        var items = new List<(double Top, object Item)>();
        foreach (var table in tables)
        {
            var rows = ReadTable(table, letters, claimed);
            if (rows.Count > 0)
            {
                items.Add((table.Top, rows));
            }
        }

        var free = new List<Glyph>(letters.Count);
        for (var i = 0; i < letters.Count; i++)
        {
            if (!claimed[i])
            {
                free.Add(letters[i]);
            }
        }

        var lines = new List<(double Top, List<Glyph> Glyphs, string Text)>();
        foreach (var line in GroupLines(free))
        {
            var text = LineText(line);
            if (text.Length == 0)
            {
                continue;
            }

            var baseline = line.Max(g => g.Y);
            // Page numbers and running footers sit in the top or bottom margin; the same text elsewhere is content.
            var inMargin = baseline < page.Height * 0.12 || baseline > page.Height * 0.93;
            if (inMargin && PublishedText.IsPageNumber(text))
            {
                continue;
            }

            lines.Add((baseline + (line.Max(g => g.Size) * 0.8), line, text));
        }

        // A table without ruling lines: runs of lines that hold three or more figures.
        var used = new bool[lines.Count];
        foreach (var (top, rows) in UnruledTables(lines, used))
        {
            items.Add((top, rows));
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (!used[i])
            {
                var line = lines[i].Glyphs;
                items.Add((lines[i].Top, new TextLine(lines[i].Text, line[0].X, line[^1].X + line[^1].Width, line.Max(g => g.Size), pageNumber)));
            }
        }

        foreach (var (_, item) in items.OrderByDescending(i => i.Top))
        {
            switch (item)
            {
                case TextLine line:
                    layout.AddLine(line);
                    break;
                case List<List<PdfCell>> rows:
                    layout.AddTable(rows, pageNumber);
                    break;
            }
        }
    }

    /// <summary>Horizontal and vertical strokes (lines, the edges of rectangles, thin filled bars) on the page.</summary>
    private static (List<Rule> Horizontal, List<Rule> Vertical) FindRules(Page page)
    {
        var horizontal = new List<Rule>();
        var vertical = new List<Rule>();
        IReadOnlyList<PdfPath> paths;
        try
        {
            paths = page.Paths;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (horizontal, vertical);
        }

        void Add(PdfPoint from, PdfPoint to)
        {
            if (horizontal.Count + vertical.Count >= MaxRulesPerPage)
            {
                return;
            }

            var dx = Math.Abs(to.X - from.X);
            var dy = Math.Abs(to.Y - from.Y);
            if (dy < RuleTolerance && dx > 3)
            {
                horizontal.Add(new Rule((from.Y + to.Y) / 2, Math.Min(from.X, to.X), Math.Max(from.X, to.X)));
            }
            else if (dx < RuleTolerance && dy > 3)
            {
                vertical.Add(new Rule((from.X + to.X) / 2, Math.Min(from.Y, to.Y), Math.Max(from.Y, to.Y)));
            }
        }

        foreach (var path in paths)
        {
            foreach (var subpath in path)
            {
                if (path.IsFilled && subpath.GetBoundingRectangle() is { } box && (box.Width < 2.5 || box.Height < 2.5))
                {
                    // A border drawn as a thin filled bar (WPS does this).
                    if (box.Width >= box.Height)
                    {
                        Add(new PdfPoint(box.Left, (box.Bottom + box.Top) / 2), new PdfPoint(box.Right, (box.Bottom + box.Top) / 2));
                    }
                    else
                    {
                        Add(new PdfPoint((box.Left + box.Right) / 2, box.Bottom), new PdfPoint((box.Left + box.Right) / 2, box.Top));
                    }

                    continue;
                }

                if (!path.IsStroked && !path.IsFilled)
                {
                    continue;
                }

                PdfPoint? start = null;
                PdfPoint? current = null;
                foreach (var command in subpath.Commands)
                {
                    switch (command)
                    {
                        case PdfSubpath.Move move:
                            start = current = move.Location;
                            break;
                        case PdfSubpath.Line line:
                            if (path.IsStroked)
                            {
                                Add(line.From, line.To);
                            }

                            current = line.To;
                            break;
                        case PdfSubpath.Close:
                            if (path.IsStroked && start.HasValue && current.HasValue)
                            {
                                Add(current.Value, start.Value);
                            }

                            break;
                    }
                }
            }
        }

        return (horizontal, vertical);
    }

    /// <summary>Groups rules that touch into tables: at least two horizontal and two vertical rules each.</summary>
    private static List<RuledTable> FindTables(List<Rule> horizontal, List<Rule> vertical)
    {
        var count = horizontal.Count + vertical.Count;
        var parent = new int[count];
        for (var i = 0; i < count; i++)
        {
            parent[i] = i;
        }

        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        const double touch = 2.5;
        for (var h = 0; h < horizontal.Count; h++)
        {
            var hr = horizontal[h];
            for (var v = 0; v < vertical.Count; v++)
            {
                var vr = vertical[v];
                if (vr.At >= hr.From - touch && vr.At <= hr.To + touch && hr.At >= vr.From - touch && hr.At <= vr.To + touch)
                {
                    parent[Find(h)] = Find(horizontal.Count + v);
                }
            }
        }

        var tables = new List<RuledTable>();
        foreach (var group in Enumerable.Range(0, count).GroupBy(Find))
        {
            var hs = group.Where(i => i < horizontal.Count).Select(i => horizontal[i]).ToList();
            var vs = group.Where(i => i >= horizontal.Count).Select(i => vertical[i - horizontal.Count]).ToList();
            if (hs.Count >= 2 && vs.Count >= 2)
            {
                tables.Add(new RuledTable(hs, vs));
            }
        }

        return tables;
    }

    /// <summary>
    /// The rows of a ruled table: bands between distinct horizontal rules; in each band, cells between the vertical
    /// rules that cross it. A cell with no rule under it continues in the band below (a merged cell), so its text is
    /// gathered once, top to bottom, and it is given once, with its row span.
    /// </summary>
    private static List<List<PdfCell>> ReadTable(RuledTable table, List<Glyph> letters, bool[] claimed)
    {
        var ys = Distinct(table.Horizontal.Select(r => r.At)).OrderByDescending(y => y).ToList();
        var xs = Distinct(table.Vertical.Select(r => r.At)).OrderBy(x => x).ToList();
        var (left, right) = (xs[0], xs[^1]);

        // Glyphs inside the table's box belong to it, even where a rule is missing.
        var inside = new List<int>();
        for (var i = 0; i < letters.Count; i++)
        {
            var g = letters[i];
            var cx = g.X + (g.Width / 2);
            var cy = g.Y + (g.Size * 0.35);
            if (!claimed[i] && cx > left && cx < right && cy < ys[0] && cy > ys[^1])
            {
                inside.Add(i);
                claimed[i] = true;
            }
        }

        var cells = new List<CellBox>();
        var open = new List<CellBox>();
        for (var band = 0; band + 1 < ys.Count; band++)
        {
            var (top, bottom) = (ys[band], ys[band + 1]);
            if (top - bottom < 2)
            {
                continue;
            }

            var mid = (top + bottom) / 2;
            var crossing = Distinct(table.Vertical.Where(v => v.From <= mid && v.To >= mid).Select(v => v.At)).OrderBy(x => x).ToList();
            var nextOpen = new List<CellBox>();
            for (var c = 0; c + 1 < crossing.Count; c++)
            {
                var (x0, x1) = (crossing[c], crossing[c + 1]);
                var cellMid = (x0 + x1) / 2;
                var ruledAbove = table.Horizontal.Any(h => Math.Abs(h.At - top) <= RuleTolerance && h.From <= cellMid && h.To >= cellMid);
                var above = ruledAbove ? null : open.Find(o => Math.Abs(o.Left - x0) <= RuleTolerance && Math.Abs(o.Right - x1) <= RuleTolerance);
                if (above is not null)
                {
                    above.Bottom = bottom;
                    above.RowSpan++;
                    nextOpen.Add(above);
                    continue;
                }

                var cell = new CellBox(band, x0, x1, top, bottom, xs.FindIndex(x => Math.Abs(x - x0) <= RuleTolerance),
                    Math.Max(1, xs.FindIndex(x => Math.Abs(x - x1) <= RuleTolerance) - xs.FindIndex(x => Math.Abs(x - x0) <= RuleTolerance)));
                cells.Add(cell);
                nextOpen.Add(cell);
            }

            open = nextOpen;
        }

        foreach (var i in inside)
        {
            var g = letters[i];
            var cx = g.X + (g.Width / 2);
            var cy = g.Y + (g.Size * 0.35);
            var cell = cells.Find(c => cx >= c.Left && cx <= c.Right && cy <= c.Top && cy >= c.Bottom);
            cell?.Glyphs.Add(g);
        }

        var rows = new List<List<PdfCell>>();
        foreach (var band in cells.GroupBy(c => c.Band).OrderBy(b => b.Key))
        {
            var row = band.OrderBy(c => c.Left)
                .Select(c => new PdfCell(CellText(c.Glyphs), Math.Max(c.Column, 0) + 1, c.RowSpan, c.ColumnSpan))
                .ToList();
            if (row.Exists(c => c.Text.Length > 0))
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    /// <summary>
    /// Tables drawn without rules (or whose rules PdfPig cannot see): each line that holds three or more figures is a
    /// row, its cells split at gaps wider than an em. A line of text without figures between such rows is the rest
    /// of the row above's label when the catalog says so (“（二）部分公开（…只计这一情” + “形，不计其他情形）”),
    /// otherwise the label of a row of bare figures below it (a label wrapped around its figures), otherwise a row
    /// of its own (a header).
    /// </summary>
    private static List<(double Top, List<List<PdfCell>> Rows)> UnruledTables(List<(double Top, List<Glyph> Glyphs, string Text)> lines, bool[] used)
    {
        var tables = new List<(double, List<List<PdfCell>>)>();
        // Single characters beside a table's rows are a vertical label's pieces (三/、/本/年…): not cells of the rows.
        var cells = lines.Select(l => Segments(l.Glyphs).Where(c => c.Text.Length > 1 || PublishedText.IsFigure(c.Text)).ToList()).ToList();
        bool IsFigureRow(int i) => cells[i].Count(c => PublishedText.IsFigure(c.Text)) >= 3;

        var index = 0;
        while (index < lines.Count)
        {
            if (!IsFigureRow(index))
            {
                index++;
                continue;
            }

            // A label line just above the first row of bare figures belongs to it.
            var start = index > 0 && !used[index - 1] && !IsFigureRow(index - 1) && cells[index].All(c => PublishedText.IsFigure(c.Text))
                && cells[index - 1].Count == 1 && !EndsSentence(lines[index - 1].Text) ? index - 1 : index;
            var rows = new List<List<PdfCell>>();
            List<PdfCell>? pending = null;
            var end = start;
            for (var i = start; i < lines.Count; i++)
            {
                if (IsFigureRow(i))
                {
                    var row = cells[i];
                    if (pending is not null && row.All(c => PublishedText.IsFigure(c.Text)))
                    {
                        row = [.. pending, .. row];
                    }
                    else if (pending is not null)
                    {
                        rows.Add(pending);
                    }

                    pending = null;
                    rows.Add(row);
                    end = i;
                    continue;
                }

                // Text between rows: at most one line waits for figures; a second one ends the table.
                var text = lines[i].Text;
                if (text.Length <= 1)
                {
                    continue;
                }

                var last = rows.Count > 0 ? rows[^1] : null;
                var labelAt = last?.FindLastIndex(c => c.Text.Length > 0 && !PublishedText.IsFigure(c.Text)) ?? -1;
                if (cells[i].Count == 0)
                {
                    end = i;
                    continue;
                }

                var rest = cells[i][^1].Text;
                if (pending is null && last is not null && labelAt >= 0 && PublishedText.ContinuesLabel(last[labelAt].Text, rest))
                {
                    last[labelAt] = last[labelAt] with { Text = last[labelAt].Text + rest };
                    end = i;
                    continue;
                }

                if (pending is null && cells[i].Count <= 2 && !EndsSentence(text) && i + 1 < lines.Count && IsFigureRow(i + 1))
                {
                    pending = cells[i];
                    continue;
                }

                break;
            }

            for (var i = start; i <= end; i++)
            {
                used[i] = true;
            }

            tables.Add((lines[start].Top, [.. rows.Select(r => r.Select((c, k) => c with { Column = k + 1 }).ToList())]));
            index = end + 1;
        }

        return tables;
    }

    /// <summary>
    /// A line's cells: its glyphs split at gaps wider than an em (more than any justification), or half an em between
    /// Chinese text and a figure.
    /// </summary>
    private static List<PdfCell> Segments(List<Glyph> line)
    {
        var result = new List<PdfCell>();
        var current = new List<Glyph>();
        foreach (var g in line)
        {
            if (current.Count > 0 && !g.IsSpace)
            {
                var last = current.FindLast(c => !c.IsSpace) ?? current[^1];
                // Figures stand apart from a label by less than an em when the label fills its column.
                var gap = g.X - (last.X + last.Width);
                var figureEdge = char.IsAsciiDigit(g.Text[0]) != char.IsAsciiDigit(last.Text[0]) && IsWide(g.Text) != IsWide(last.Text);
                if (gap > Math.Max(last.Size, g.Size) || (figureEdge && gap > 0.5 * Math.Max(last.Size, g.Size)))
                {
                    result.Add(new PdfCell(LineText(current).Trim(), result.Count + 1, 1, 1));
                    current = [];
                }
            }

            current.Add(g);
        }

        if (current.Count > 0)
        {
            result.Add(new PdfCell(LineText(current).Trim(), result.Count + 1, 1, 1));
        }

        result.RemoveAll(c => c.Text.Length == 0);
        return result;
    }

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '。' or '；' or '！' or '？';

    /// <summary>A cell's text: its visual lines top to bottom, joined without a break (a wrapped label is one label).</summary>
    private static string CellText(List<Glyph> glyphs) =>
        glyphs.Count == 0 ? "" : string.Concat(GroupLines(glyphs).Select(LineText));

    private static List<double> Distinct(IEnumerable<double> values)
    {
        var result = new List<double>();
        foreach (var v in values.Order())
        {
            if (result.Count == 0 || v - result[^1] > RuleTolerance)
            {
                result.Add(v);
            }
        }

        return result;
    }

    /// <summary>
    /// Visual lines, top to bottom, each left to right. A glyph joins the line whose highest baseline is at most
    /// <see cref="BaselineTolerance"/> above it: figures set in another font sit up to 2.3 pt below the label.
    /// Glyphs that overlap horizontally with the line's are a line of their own (vertical text, one per line).
    /// </summary>
    private static List<List<Glyph>> GroupLines(List<Glyph> glyphs)
    {
        var sorted = glyphs.OrderByDescending(g => g.Y).ThenBy(g => g.X).ToList();
        var lines = new List<List<Glyph>>();
        List<Glyph>? current = null;
        var reference = 0.0;
        foreach (var g in sorted)
        {
            if (current is null || reference - g.Y > BaselineTolerance)
            {
                current = [];
                lines.Add(current);
                reference = g.Y;
            }

            current.Add(g);
        }

        foreach (var line in lines)
        {
            line.Sort((a, b) => a.X.CompareTo(b.X));
        }

        return lines;
    }

    /// <summary>
    /// A visual line's text. A space glyph is a space (one for a run of them). Where the PDF draws no space glyphs,
    /// Chinese characters never get a space between them (justified and letter-spaced text only looks spaced), and
    /// elsewhere a gap wider than the line's justification plus a quarter em (half an em between Chinese and Latin
    /// text, where word processors add space of their own) is a space.
    /// </summary>
    private static string LineText(List<Glyph> line)
    {
        var cjkGaps = new List<double>();
        Glyph? last = null;
        foreach (var g in line)
        {
            if (g.IsSpace)
            {
                last = null;
                continue;
            }

            if (last is not null && IsWide(last.Text) && IsWide(g.Text))
            {
                cjkGaps.Add(g.X - (last.X + last.Width));
            }

            last = g;
        }

        var justification = 0.0;
        if (cjkGaps.Count >= 3)
        {
            cjkGaps.Sort();
            justification = Math.Max(0, cjkGaps[cjkGaps.Count / 2]);
        }

        var builder = new System.Text.StringBuilder(line.Count + 8);
        Glyph? previous = null;
        var spaced = false;
        foreach (var g in line)
        {
            if (g.IsSpace)
            {
                spaced = previous is not null;
                continue;
            }

            if (previous is not null)
            {
                var gap = g.X - (previous.X + previous.Width);
                var em = Math.Max(previous.Size, g.Size);
                var wide = (IsWide(previous.Text) ? 1 : 0) + (IsWide(g.Text) ? 1 : 0);
                if (spaced || (wide < 2 && gap - justification > (wide == 1 ? 0.5 : 0.25) * em))
                {
                    builder.Append(' ');
                }
            }

            builder.Append(g.Text);
            previous = g;
            spaced = false;
        }

        return builder.ToString();
    }

    /// <summary>Chinese characters and full-width punctuation, which are set without spaces between them.</summary>
    private static bool IsWide(string text) => text.Length > 0 && text[0] >= '\u2E80';

    private sealed record Glyph(string Text, double X, double Y, double Width, double Size)
    {
        public bool IsSpace => Text == " ";
    }

    private sealed record Rule(double At, double From, double To);

    private sealed record RuledTable(List<Rule> Horizontal, List<Rule> Vertical)
    {
        public double Top => Horizontal.Max(h => h.At);
    }

    private sealed class CellBox(int band, double left, double right, double top, double bottom, int column, int columnSpan)
    {
        public int Band { get; } = band;
        public double Left { get; } = left;
        public double Right { get; } = right;
        public double Top { get; } = top;
        public double Bottom { get; set; } = bottom;
        public int Column { get; } = column;
        public int ColumnSpan { get; } = columnSpan;
        public int RowSpan { get; set; } = 1;
        public List<Glyph> Glyphs { get; } = [];
    }

    private sealed record PdfCell(string Text, int Column, int RowSpan, int ColumnSpan);

    private sealed record TextLine(string Text, double Left, double Right, double Size, int Page);

    /// <summary>
    /// The document's blocks as pages arrive: lines joined into paragraphs (across a page break too), and a table
    /// that starts a page joined to the table that ended the previous one.
    /// </summary>
    private sealed class DocumentLayout
    {
        private readonly List<DocumentBlock> _blocks = [];
        private readonly List<TextLine> _lines = [];
        private List<(List<PdfCell> Cells, int Page)>? _table;
        private int _tableCount;
        private int _paragraphCount;
        private int _lastPageWithContent;

        public void AddLine(TextLine line)
        {
            FlushTable();
            _lines.Add(line);
            _lastPageWithContent = line.Page;
        }

        public void AddTable(List<List<PdfCell>> rows, int page)
        {
            // A table right after a table (nothing between but a page break and its footer) is the same table.
            if (_table is not null && _lines.Count == 0 && page == _lastPageWithContent + 1 || _table is not null && _lines.Count == 0 && page == _lastPageWithContent)
            {
                _table.AddRange(rows.Select(r => (r, page)));
                _lastPageWithContent = page;
                return;
            }

            FlushParagraphs();
            FlushTable();
            _table = [.. rows.Select(r => (r, page))];
            _lastPageWithContent = page;
        }

        public List<DocumentBlock> Finish()
        {
            FlushParagraphs();
            FlushTable();
            return _blocks;
        }

        private void FlushTable()
        {
            if (_table is null)
            {
                return;
            }

            FlushParagraphs();
            var number = ++_tableCount;
            var rows = _table.Select((row, r) => (IReadOnlyList<TableCell>)[.. row.Cells.Select(c =>
                new TableCell(c.Text, new DocumentPosition(row.Page, number, r + 1, c.Column), c.RowSpan, c.ColumnSpan))]).ToList();
            _blocks.Add(new TableBlock(rows, new DocumentPosition(_table[0].Page, number)));
            _table = null;
        }

        /// <summary>
        /// Joins the pending lines into paragraphs. A paragraph ends before a line that is indented, that starts a
        /// heading (一、 （一）), or that is set in another size, and after a line that stops short of the right margin;
        /// centred lines of one size (a title over two lines) go on.
        /// </summary>
        private void FlushParagraphs()
        {
            if (_lines.Count == 0)
            {
                return;
            }

            var full = _lines.Where(l => l.Text.Length >= 8).ToList();
            var bodyLeft = (full.Count > 0 ? full : _lines).Min(l => l.Left);
            var bodyRight = (full.Count > 0 ? full : _lines).Max(l => l.Right);
            bool IsCentred(TextLine l) =>
                l.Left > bodyLeft + l.Size && Math.Abs((l.Left - bodyLeft) - (bodyRight - l.Right)) < 1.5 * l.Size;
            var text = new System.Text.StringBuilder();
            TextLine? first = null;
            TextLine? previous = null;
            foreach (var line in _lines)
            {
                var em = line.Size;
                // A centred title set over two lines (机关名称 / 2023年政府信息公开工作年度报告) is one paragraph.
                var titleGoesOn = previous is not null && IsCentred(previous) && IsCentred(line)
                    && Math.Abs(line.Size - previous.Size) <= 1 && !HeadingPattern().IsMatch(line.Text);
                var starts = previous is null || (!titleGoesOn
                    && (line.Left > bodyLeft + (0.8 * em)
                    || previous.Right < bodyRight - (1.5 * em)
                    || Math.Abs(line.Size - previous.Size) > 1
                    || HeadingPattern().IsMatch(line.Text)
                    || (EndsParagraph(previous.Text) && line.Left > bodyLeft + (0.3 * em))));
                if (starts && first is not null)
                {
                    Emit(text.ToString(), first.Page);
                    text.Clear();
                }

                if (starts)
                {
                    first = line;
                }

                text.Append(line.Text);
                previous = line;
            }

            if (first is not null)
            {
                Emit(text.ToString(), first.Page);
            }

            _lines.Clear();
        }

        private void Emit(string text, int page) =>
            _blocks.Add(new TextBlock(text, new DocumentPosition(Page: page, Paragraph: ++_paragraphCount)));

        private static bool EndsParagraph(string text) => text.Length > 0 && text[^1] is '。' or '；' or '：' or '！' or '？';
    }

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")]
    private static partial Regex HeadingPattern();
}
