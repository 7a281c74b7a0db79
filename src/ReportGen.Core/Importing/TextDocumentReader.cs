using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Reading;

namespace ReportGen.Core.Importing;

/// <summary>
/// Reads text copied out of a published PDF or web page (.txt, .md). Lines outside tables become text blocks,
/// one per line; runs of table lines (cells split on tabs, runs of two or more spaces, or markdown pipes) become
/// table blocks whose rows are the lines as laid out, with a label that a line break cut joined back to its first
/// part (“8. 属于行 0 0 …” then “政查询 事项”). Labels keep their stray spaces; the extractor normalises them.
/// </summary>
public sealed partial class TextDocumentReader : IPublishedDocumentReader
{
    /// <summary>A report's text is some tens of KiB; more than this is not a report.</summary>
    public const int MaxBytes = 8 * 1024 * 1024;

    /// <summary>Bounds what a hostile file can make us hold: lines and cells per line.</summary>
    private const int MaxLines = 200_000;
    private const int MaxCells = 64;

    public IReadOnlyList<string> Extensions { get; } = [".txt", ".md"];

    public PublishedDocument Read(Stream stream, string displayName)
    {
        var text = Decode(ReadBounded(stream), displayName);
        var format = displayName.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? "md" : "txt";
        return new PublishedDocument(format, Lay(text));
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
                    $"文件过大（超过 {MaxBytes / 1024 / 1024} MiB）：一份年度报告的文字不会这么多，请检查是否选错了文件。");
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }

    /// <summary>UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030/GBK, as the project reads YAML.</summary>
    private static string Decode(byte[] bytes, string displayName)
    {
        // InputDecoder's 2 MiB cap is for YAML; a text copy is judged by MaxBytes above.
        if (bytes.Length > InputDecoder.MaxBytes)
        {
            try
            {
                return new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
            }
            catch (DecoderFallbackException)
            {
                throw new DocumentUnreadableException("文件不是 UTF-8 编码的文本。请另存为 UTF-8 文本。");
            }
        }

        var diagnostics = new DiagnosticBag(displayName, new SourceMap());
        var text = InputDecoder.Decode(bytes, diagnostics);
        if (text is null)
        {
            var reason = diagnostics.Items.FirstOrDefault(d => d.IsError)?.Message ?? "文件不是可读的文本。";
            throw new DocumentUnreadableException(reason);
        }

        return text;
    }

    private static List<DocumentBlock> Lay(string text)
    {
        var blocks = new List<DocumentBlock>();
        var rows = new List<List<string>>();
        var paragraph = 0;
        var lineCount = 0;

        void EndTable()
        {
            if (rows.Count == 0)
            {
                return;
            }

            var table = blocks.OfType<TableBlock>().Count() + 1;
            blocks.Add(new TableBlock(
                [.. rows.Select((cells, r) => (IReadOnlyList<TableCell>)[.. cells.Select((cell, c) =>
                    new TableCell(cell, new DocumentPosition(Table: table, Row: r + 1, Column: c + 1)))])],
                new DocumentPosition(Table: table)));
            rows.Clear();
        }

        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            if (++lineCount > MaxLines)
            {
                break;
            }

            var line = rawLine.ToString();
            if (MarkdownRulePattern().IsMatch(line))
            {
                continue;
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            var cells = SplitCells(line);
            if (cells is not null)
            {
                if (rows.Count > 0 && TryJoinContinuation(rows[^1], cells))
                {
                    continue;
                }

                rows.Add(cells);
                continue;
            }

            var content = StripMarkdown(line.Trim());
            if (rows.Count > 0 && TryJoinContinuation(rows[^1], [content]))
            {
                continue;
            }

            EndTable();
            if (content.Length == 0 || PublishedText.IsPageNumber(content))
            {
                continue;
            }

            blocks.Add(new TextBlock(content, new DocumentPosition(Paragraph: ++paragraph)));
        }

        EndTable();
        return blocks;
    }

    /// <summary>
    /// The cells of a table line, or null for a line of prose. Tabs and markdown pipes always make a table line
    /// (leading tabs are empty cells, as the copy laid them out); runs of two or more spaces make one only when a
    /// cell is a figure, so that prose with a double space stays prose.
    /// </summary>
    private static List<string>? SplitCells(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.StartsWith('|') && trimmed.Length > 1 && trimmed.IndexOf('|', 1) > 0)
        {
            var inner = trimmed.Trim('|');
            return Bound(inner.Split('|').Select(c => c.Trim()));
        }

        if (line.Contains('\t', StringComparison.Ordinal))
        {
            // Trailing tabs are empty cells too: “第二十条第（一）项⇥⇥⇥” is a row of four cells.
            return Bound(line.TrimEnd(' ', '\r').Split('\t').Select(c => c.Trim()));
        }

        var parts = SpaceRunPattern().Split(trimmed);
        return parts.Length > 1 && parts.Any(PublishedText.IsFigure) ? Bound(parts) : null;
    }

    private static List<string> Bound(IEnumerable<string> cells) => [.. cells.Take(MaxCells)];

    /// <summary>
    /// Joins a line without figures to the row above when it is the rest of that row's label, cut by a line break
    /// (the copy puts the second line of a wrapped cell on a line of its own, often after an empty one).
    /// </summary>
    private static bool TryJoinContinuation(List<string> previous, List<string> cells)
    {
        if (cells.Any(PublishedText.IsFigure) || !previous.Any(PublishedText.IsFigure))
        {
            return false;
        }

        var rest = string.Concat(cells.Where(c => c.Length > 0));
        var labelIndex = previous.FindLastIndex(c => c.Length > 0 && !PublishedText.IsFigure(c));
        if (labelIndex < 0 || !PublishedText.ContinuesLabel(previous[labelIndex], rest))
        {
            return false;
        }

        previous[labelIndex] += rest;
        return true;
    }

    /// <summary>Markdown's heading marks and emphasis around a line; the text itself is kept.</summary>
    private static string StripMarkdown(string line)
    {
        var text = MarkdownHeadingPattern().Replace(line, "");
        if (text.Length > 4 && text.StartsWith("**", StringComparison.Ordinal) && text.EndsWith("**", StringComparison.Ordinal))
        {
            text = text[2..^2];
        }

        return text.Trim();
    }

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")]
    private static partial Regex MarkdownRulePattern();

    [GeneratedRegex(@"^#{1,6}\s+")]
    private static partial Regex MarkdownHeadingPattern();

    [GeneratedRegex(@"[ \u3000\u00A0]{2,}")]
    private static partial Regex SpaceRunPattern();
}
