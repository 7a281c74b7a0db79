using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Core.Diagnostics;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ReportGen.Core.Importing;

/// <summary>
/// Reads a web page (the report on the 政府信息公开专栏, or a saved page) with AngleSharp's HTML5 parser:
/// paragraphs and top-level tables in document order, rowspan/colspan as cell spans, text in
/// <c>&lt;p&gt;&lt;span&gt;</c> joined, the charset of <c>&lt;meta charset&gt;</c> honoured (GBK/GB2312 read as
/// GB18030, their superset). The page is walked without recursion and its size is capped, so deep nesting
/// and huge pages cost bounded time and memory.
/// </summary>
public sealed partial class HtmlDocumentReader : IPublishedDocumentReader
{
    /// <summary>The largest page read: a report's page is well under 1 MB (images are separate files).</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>Real pages nest a few dozen elements deep; unclosed &lt;p&gt; and &lt;li&gt; count here too, hence the margin.</summary>
    private const int MaxNesting = 3000;

    private const int MaxTables = 1000;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
    };
    private const int MaxSpan = 1000;

    static HtmlDocumentReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    public PublishedDocument Read(Stream stream, string displayName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var text = Decode(DocumentBytes.Read(stream, MaxBytes, TooLarge));
        if (Nesting(text) > MaxNesting)
        {
            // The HTML5 tree builder checks its stack of open elements for each tag: deep nesting is quadratic.
            throw new DocumentUnreadableException($"网页的标签嵌套超过 {MaxNesting} 层，不是正常的网页，不予读取：请打开报告正文所在的网页另存后再导入，或导入报告的附件。");
        }

        var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(text);
        var blocks = new Walker().Walk(document.Body ?? (INode)document);
        if (!blocks.Any(b => b is TableBlock))
        {
            throw new DocumentUnreadableException("网页中没有表格，不是年度报告的正文页（报告可能在附件里）：请下载附件（.docx 或 .pdf）后导入，或打开报告正文所在的网页另存后再导入。");
        }

        return new PublishedDocument("html", blocks);
    }

    private static DocumentUnreadableException TooLarge() =>
        new($"网页超过 {MaxBytes / 1024 / 1024} MB，不像是一份年度报告的正文页：请只保存报告正文（浏览器“另存为”选“仅 HTML”），或导入报告的附件。");

    /// <summary>BOM, else the declared charset (meta charset or http-equiv), else UTF-8; GBK and GB2312 as GB18030.</summary>
    internal static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var declared = Charset().Match(head) is { Success: true } match ? match.Groups["charset"].Value.ToUpperInvariant() : "UTF-8";
        var encoding = declared switch
        {
            "GBK" or "GB2312" or "GB18030" or "X-GBK" or "CP936" or "EUC-CN" => Encoding.GetEncoding(54936),
            "BIG5" => Encoding.GetEncoding(950),
            _ => Encoding.UTF8,
        };
        return encoding.GetString(bytes);
    }

    /// <summary>The deepest nesting of start tags over end tags, counted on the text without parsing (an upper bound).</summary>
    private static int Nesting(string html)
    {
        int depth = 0, deepest = 0;
        for (var i = html.IndexOf('<', StringComparison.Ordinal); i >= 0 && i < html.Length - 1; i = html.IndexOf('<', i + 1))
        {
            if (html[i + 1] == '/')
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if (!char.IsAsciiLetter(html[i + 1]))
            {
                continue;
            }

            var end = i + 1;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
            {
                end++;
            }

            var close = html.IndexOf('>', end);
            if (VoidElements.Contains(html[(i + 1)..end]) || (close > 0 && html[close - 1] == '/'))
            {
                continue;
            }

            deepest = Math.Max(deepest, ++depth);
        }

        return deepest;
    }

    [GeneratedRegex(@"<meta[^>]*charset\s*=\s*[""']?(?<charset>[A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();

    /// <summary>Walks the page's nodes in document order with an explicit stack, making blocks.</summary>
    private sealed class Walker
    {
        private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
        {
            "script", "style", "head", "noscript", "template", "iframe", "object", "svg", "math", "select", "button", "textarea",
        };

        private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
        {
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "section", "article", "header",
            "footer", "blockquote", "center", "pre", "address", "main", "aside", "nav", "form", "fieldset", "figure", "hr",
        };

        private readonly List<DocumentBlock> _blocks = [];
        private readonly StringBuilder _text = new();
        private int _paragraphs;
        private int _tables;

        public List<DocumentBlock> Walk(INode root)
        {
            // (node, entering): block elements end their paragraph on the way out.
            var stack = new Stack<(INode Node, bool Entering, int Depth)>();
            stack.Push((root, true, 0));
            while (stack.Count > 0)
            {
                var (node, entering, depth) = stack.Pop();
                if (!entering)
                {
                    Flush();
                    continue;
                }

                if (node is IText text)
                {
                    AppendText(_text, text.Data);
                    continue;
                }

                if (node is not IElement element)
                {
                    PushChildren(stack, node, depth);
                    continue;
                }

                if (Skipped.Contains(element.LocalName))
                {
                    continue;
                }

                if (element is IHtmlTableElement table)
                {
                    Flush();
                    Table(table);
                    continue;
                }

                if (element.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase))
                {
                    _text.Append('\n');
                    continue;
                }

                if (BlockElements.Contains(element.LocalName))
                {
                    Flush();
                    stack.Push((node, false, depth));
                }

                PushChildren(stack, node, depth);
            }

            Flush();
            return _blocks;
        }

        private static void PushChildren(Stack<(INode, bool, int)> stack, INode node, int depth)
        {
            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], true, depth + 1));
            }
        }

        private void Flush()
        {
            if (_text.Length > 0 && Collapse(_text) is var text && text.Trim().Length > 0)
            {
                _blocks.Add(new TextBlock(text, new DocumentPosition(Paragraph: ++_paragraphs)));
            }

            _text.Clear();
        }

        private void Table(IHtmlTableElement table)
        {
            if (++_tables > MaxTables)
            {
                throw new DocumentUnreadableException($"网页中有 {MaxTables} 个以上的表格，不像是一份年度报告，不予读取。");
            }

            var number = _tables;
            var rows = new List<IReadOnlyList<TableCell>>();
            // Grid columns still covered by a rowspan from a row above: column → rows left.
            var covered = new Dictionary<int, int>();
            var r = 0;
            foreach (var row in table.Rows)
            {
                r++;
                var cells = new List<TableCell>();
                var column = 0;
                foreach (var cell in row.Cells)
                {
                    while (covered.TryGetValue(column, out var left) && left > 0)
                    {
                        column++;
                    }

                    var rowSpan = Span(cell.GetAttribute("rowspan"));
                    var columnSpan = Span(cell.GetAttribute("colspan"));
                    cells.Add(new TableCell(CellText(cell), new DocumentPosition(Table: number, Row: r, Column: column + 1), rowSpan, columnSpan));
                    for (var c = column; c < column + columnSpan; c++)
                    {
                        covered[c] = rowSpan;
                    }

                    column += columnSpan;
                }

                foreach (var key in covered.Keys.ToList())
                {
                    covered[key]--;
                }

                rows.Add(cells);
            }

            _blocks.Add(new TableBlock(rows, new DocumentPosition(Table: number)));
        }

        private static int Span(string? value) =>
            int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var span) && span >= 1 ? Math.Min(span, MaxSpan) : 1;

        /// <summary>A cell's text: its paragraphs and line breaks as new lines, nested tables' cells separated by spaces.</summary>
        private static string CellText(IElement cell)
        {
            var text = new StringBuilder();
            var stack = new Stack<INode>();
            for (var i = cell.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push(cell.ChildNodes[i]);
            }

            while (stack.Count > 0)
            {
                var node = stack.Pop();
                if (node is IText t)
                {
                    AppendText(text, t.Data);
                    continue;
                }

                if (node is IElement e)
                {
                    if (Skipped.Contains(e.LocalName))
                    {
                        continue;
                    }

                    if (e.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase)
                        || (BlockElements.Contains(e.LocalName) && text.Length > 0 && text[^1] != '\n'))
                    {
                        text.Append('\n');
                    }
                    else if (e.LocalName is "td" or "th")
                    {
                        text.Append(' ');
                    }
                }

                for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
                {
                    stack.Push(node.ChildNodes[i]);
                }
            }

            return Collapse(text).Trim('\n');
        }

        /// <summary>A run of HTML white space with a line break in it, until its neighbours on both sides are known.</summary>
        private const char SegmentBreak = '\u0001';

        /// <summary>Text as in the source, each run of spaces, tabs and line breaks made one space or one <see cref="SegmentBreak"/>.</summary>
        private static void AppendText(StringBuilder builder, string data)
        {
            var i = 0;
            while (i < data.Length)
            {
                var c = data[i];
                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    var newline = false;
                    while (i < data.Length && data[i] is ' ' or '\t' or '\n' or '\r' or '\f')
                    {
                        newline |= data[i] is '\n' or '\r';
                        i++;
                    }

                    builder.Append(newline ? SegmentBreak : ' ');
                    continue;
                }

                builder.Append(c);
                i++;
            }
        }

        /// <summary>
        /// White space as a browser shows it: a run of spaces and breaks is one space, and none at all where a
        /// line break of the source falls between two Chinese characters (CSS Text 3); &amp;nbsp; and U+3000
        /// are kept (the extractor trims them).
        /// </summary>
        private static string Collapse(StringBuilder raw)
        {
            var result = new StringBuilder(raw.Length);
            for (var i = 0; i < raw.Length; i++)
            {
                var c = raw[i];
                if (c is not (' ' or SegmentBreak))
                {
                    result.Append(c);
                    continue;
                }

                var breaks = false;
                var j = i;
                while (j < raw.Length && raw[j] is ' ' or SegmentBreak)
                {
                    breaks |= raw[j] == SegmentBreak;
                    j++;
                }

                var before = result.Length > 0 ? result[^1] : '\n';
                var after = j < raw.Length ? raw[j] : '\n';
                if (before != '\n' && after != '\n' && !(breaks && IsWide(before) && IsWide(after)))
                {
                    result.Append(' ');
                }

                i = j - 1;
            }

            return result.ToString();
        }

        private static bool IsWide(char c) => c >= '\u2E80';
    }
}
