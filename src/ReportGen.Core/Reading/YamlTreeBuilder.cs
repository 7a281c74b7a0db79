using System.Globalization;
using ReportGen.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ReportGen.Core.Reading;

/// <summary>
/// Reads YAML text into a <see cref="YamlNode"/> tree with positions, refusing what a data file has no use
/// for and what makes hostile inputs possible: anchors and aliases, several documents, deep nesting, tabs
/// used for indentation and characters that cannot go into a document.
/// </summary>
internal static class YamlTreeBuilder
{
    public const int MaxDepth = 16;

    /// <summary>Stands for a key that is a list or mapping (already reported) until its value is read and dropped.</summary>
    private static readonly YamlScalar ComplexKey = new(SourcePosition.None, SourcePosition.None, "", ScalarStyle.Plain, null);

    /// <summary>The root node, or null when the file cannot be parsed (its findings are in the bag).</summary>
    public static YamlNode? Build(string text, DiagnosticBag diagnostics)
    {
        if (!ForbiddenCharacters.Check(text, diagnostics))
        {
            return null;
        }

        var blockScalarLines = new List<(int First, int Last)>();
        var scanner = new Scanner(new StringReader(text));
        YamlNode? root;
        try
        {
            root = Parse(scanner, text, diagnostics, blockScalarLines);
        }
        catch (YamlException e)
        {
            // Where the scanner stopped: some YamlDotNet errors carry an empty mark (line 1, column 1).
            var at = WithinText(e.Start.Line > 1 || e.Start.Column > 1 ? Position(e.Start) : Position(scanner.CurrentPosition), text);
            var lastLine = Math.Max(Math.Max(e.Start.Line, e.End.Line), scanner.CurrentPosition.Line);
            // A tab error may be placed at the start of the enclosing mapping: then look for the tab in the whole file.
            var upTo = e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) ? long.MaxValue : lastLine + 1;
            if (!ReportTabIndentation(text, blockScalarLines, diagnostics, upTo))
            {
                diagnostics.At(RuleCatalog.Syntax, at, null, "YAML 语法错误：" + YamlErrorMessages.Explain(e.Message));
            }

            return null;
        }

        if (root is null)
        {
            return null;
        }

        return ReportTabIndentation(text, blockScalarLines, diagnostics, long.MaxValue) ? null : root;
    }

    /// <summary>
    /// The parser's next event. YamlDotNet throws exceptions other than <see cref="YamlException"/> on some
    /// malformed input (e.g. an unclosed “[” followed by a key); they are syntax errors of the file, not bugs
    /// of ours, so they become one at the place the scanner reached.
    /// </summary>
    private static bool MoveNext(Parser parser, Scanner scanner, ref Mark last)
    {
        try
        {
            var more = parser.MoveNext();
            if (more)
            {
                last = parser.Current!.End;
            }

            return more;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException or FormatException or OverflowException)
        {
            // The construct left open ends where the last good event did (an unclosed "[" at the end of its line).
            var at = last.Line > 0 ? last : scanner.CurrentPosition;
            throw new SyntaxErrorException(at, at, "Parser gave up: " + e.Message);
        }
    }

    private static YamlNode? Parse(Scanner scanner, string text, DiagnosticBag diagnostics, List<(int, int)> blockScalarLines)
    {
        int[]? lineStarts = null;
        var parser = new Parser(scanner);
        var stack = new Stack<YamlNode>();
        var pendingKeys = new Stack<YamlScalar?>();
        YamlNode? root = null;
        var documents = 0;
        var failed = false;

        var last = Mark.Empty;
        while (MoveNext(parser, scanner, ref last))
        {
            var current = parser.Current!;
            switch (current)
            {
                case DocumentStart:
                    if (++documents > 1)
                    {
                        diagnostics.At(RuleCatalog.Syntax, Position(current.Start), null,
                            "一个文件只能有一个 YAML 文档（第二个“---”之后的内容）：每个机关每年一个文件。");
                        return null;
                    }

                    break;
                case AnchorAlias alias:
                    diagnostics.At(RuleCatalog.AnchorAlias, Position(alias.Start), null,
                        $"不允许使用别名“*{DiagnosticText.Quote(alias.Value.Value)}”：请直接写出数值（锚点和别名可被用来制造超大文件）。");
                    failed = true;
                    break;
                case NodeEvent node:
                    if (!node.Anchor.IsEmpty)
                    {
                        diagnostics.At(RuleCatalog.AnchorAlias, Position(node.Start), null,
                            $"不允许使用锚点“&{DiagnosticText.Quote(node.Anchor.Value)}”：请直接写出数值（锚点和别名可被用来制造超大文件）。");
                        failed = true;
                    }

                    YamlNode built;
                    if (node is Scalar scalar)
                    {
                        var s = new YamlScalar(Position(scalar.Start), Position(scalar.End), scalar.Value, scalar.Style,
                            !scalar.Tag.IsEmpty && !scalar.IsPlainImplicit ? ShortTag(scalar.Tag.Value) : null);
                        if (s.IsBlock)
                        {
                            blockScalarLines.Add(((int)scalar.Start.Line, (int)scalar.End.Line));
                            lineStarts ??= LineStarts(text);
                            s.ContentColumn = ContentColumn(text, lineStarts, s.Start.Line, s.End.Line);
                        }

                        built = s;
                    }
                    else if (node is MappingStart)
                    {
                        built = new YamlMapping(Position(node.Start));
                    }
                    else
                    {
                        built = new YamlSequence(Position(node.Start));
                    }

                    if (stack.Count >= MaxDepth && built is not YamlScalar)
                    {
                        diagnostics.At(RuleCatalog.Syntax, built.Start, null, $"嵌套过深（超过 {MaxDepth} 层）：报告数据最多只有四五层。");
                        return null;
                    }

                    if (!Attach(built, stack, pendingKeys, diagnostics, ref root))
                    {
                        failed = true;
                    }

                    if (built is not YamlScalar)
                    {
                        stack.Push(built);
                        pendingKeys.Push(null);
                    }

                    break;
                case MappingEnd or SequenceEnd:
                    stack.Pop();
                    pendingKeys.Pop();
                    break;
            }
        }

        return failed ? null : root;
    }

    private static bool Attach(YamlNode node, Stack<YamlNode> stack, Stack<YamlScalar?> pendingKeys, DiagnosticBag diagnostics, ref YamlNode? root)
    {
        if (stack.Count == 0)
        {
            root = node;
            return true;
        }

        switch (stack.Peek())
        {
            case YamlSequence sequence:
                sequence.Items.Add(node);
                return true;
            case YamlMapping mapping:
                var key = pendingKeys.Pop();
                if (key is null)
                {
                    if (node is not YamlScalar scalarKey)
                    {
                        diagnostics.At(RuleCatalog.Syntax, node.Start, null, "键必须是简单的名称，不能是列表或映射。");
                        pendingKeys.Push(ComplexKey);
                        return false;
                    }

                    pendingKeys.Push(scalarKey);
                    return true;
                }

                pendingKeys.Push(null);
                if (ReferenceEquals(key, ComplexKey))
                {
                    return true;
                }

                if (mapping.Add(key, node) is { } earlier)
                {
                    diagnostics.At(RuleCatalog.DuplicateKey, key.Start, null,
                        $"键“{DiagnosticText.Quote(key.Value)}”重复：第 {earlier.Start.Line} 行已经写过。请删去其中一个（只保留正确的那个）。");
                }

                return true;
            default:
                return true;
        }
    }

    /// <summary>A tag as the user wrote it: "tag:yaml.org,2002:int" is "!!int".</summary>
    private static string ShortTag(string tag) =>
        tag.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal) ? "!!" + tag["tag:yaml.org,2002:".Length..] : tag;

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        return [.. starts];
    }

    /// <summary>The column where a block scalar's text starts: its first non-blank line's indentation, plus one.</summary>
    private static int ContentColumn(string text, int[] lineStarts, int indicatorLine, int lastLine)
    {
        for (var line = indicatorLine + 1; line <= Math.Min(lastLine, lineStarts.Length); line++)
        {
            var start = lineStarts[line - 1];
            var end = line < lineStarts.Length ? lineStarts[line] : text.Length;
            var indent = 0;
            while (start + indent < end && text[start + indent] == ' ')
            {
                indent++;
            }

            if (start + indent < end && !char.IsWhiteSpace(text[start + indent]))
            {
                return indent + 1;
            }
        }

        return 1;
    }

    /// <summary>Reports the first line indented with a tab outside block text, up to a line; true if found.</summary>
    private static bool ReportTabIndentation(string text, List<(int First, int Last)> blockScalarLines, DiagnosticBag diagnostics, long upToLine)
    {
        if (!text.Contains('\t', StringComparison.Ordinal))
        {
            return false;
        }

        // Which lines are the body of a block scalar (| or >), where a tab is text, not indentation.
        var inBlock = new HashSet<int>();
        foreach (var (first, last) in blockScalarLines)
        {
            for (var l = first + 1; l <= last; l++)
            {
                inBlock.Add(l);
            }
        }

        var line = 0;
        foreach (var raw in text.Split('\n'))
        {
            line++;
            if (line > upToLine)
            {
                break;
            }

            var indent = 0;
            while (indent < raw.Length && raw[indent] is ' ' or '\t')
            {
                if (raw[indent] == '\t')
                {
                    var blankLine = raw.AsSpan().Trim().Length == 0;
                    if (!inBlock.Contains(line) && !blankLine)
                    {
                        diagnostics.At(RuleCatalog.Syntax, new SourcePosition(line, indent + 1), null,
                            YamlErrorMessages.TabIndentation);
                        return true;
                    }

                    break;
                }

                indent++;
            }
        }

        return false;
    }

    /// <summary>
    /// A place YamlDotNet gives for an error, moved inside the text: it places errors at the end of the file
    /// one line past the last, or one column past the end of the last line.
    /// </summary>
    private static SourcePosition WithinText(SourcePosition at, string text)
    {
        var lineStarts = LineStarts(text);
        var line = Math.Clamp(at.Line, 1, lineStarts.Length);
        var lineEnd = line < lineStarts.Length ? lineStarts[line] - 1 : text.Length;
        var column = line < at.Line ? lineEnd - lineStarts[line - 1] + 1 : Math.Clamp(at.Column, 1, lineEnd - lineStarts[line - 1] + 1);
        return new SourcePosition(line, column);
    }

    private static SourcePosition Position(Mark mark) =>
        new((int)Math.Min(mark.Line, int.MaxValue), (int)Math.Min(mark.Column, int.MaxValue));
}
