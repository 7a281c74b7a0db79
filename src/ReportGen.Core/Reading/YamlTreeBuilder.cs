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
    private const int MaxCharacterFindings = 10;

    /// <summary>Stands for a key that is a list or mapping (already reported) until its value is read and dropped.</summary>
    private static readonly YamlScalar ComplexKey = new(SourcePosition.None, SourcePosition.None, "", ScalarStyle.Plain, null);

    /// <summary>The root node, or null when the file cannot be parsed (its findings are in the bag).</summary>
    public static YamlNode? Build(string text, DiagnosticBag diagnostics)
    {
        if (!CheckCharacters(text, diagnostics))
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
                diagnostics.At(RuleCatalog.Syntax, at, null, "YAML 语法错误：" + Explain(e.Message));
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

    /// <summary>XML 1.0 cannot carry C0/C1 controls or lone surrogates (nor a report, separators): refuse them where they stand.</summary>
    private static bool CheckCharacters(string text, DiagnosticBag diagnostics)
    {
        int line = 1, column = 1, found = 0;
        for (var i = 0; i < text.Length && found < MaxCharacterFindings; i++)
        {
            var c = text[i];
            var name = ForbiddenCharacterName(text, i);
            if (name is not null)
            {
                found++;
                diagnostics.At(RuleCatalog.BadCharacter, new SourcePosition(line, column), null,
                    $"此处有不能出现在文档中的字符 {name}（常见于从网页、微信或表格复制的文字）。请删除它。");
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            if (c == '\n')
            {
                line++;
                column = 1;
            }
            else if (c != '\r')
            {
                column++;
            }
        }

        return found == 0;
    }

    /// <summary>The name of the character at <paramref name="i"/> if a document cannot hold it, else null.</summary>
    internal static string? ForbiddenCharacterName(string text, int i)
    {
        var c = text[i];
        var forbidden = c switch
        {
            '\t' or '\n' or '\r' => false,
            < ' ' => true,
            >= '\u007F' and <= '\u009F' => true,
            '\uFFFE' or '\uFFFF' => true,
            // Line and paragraph separators: invisible, and YAML counts them as line breaks where editors do not.
            '\u2028' or '\u2029' => true,
            _ when char.IsHighSurrogate(c) => i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]),
            _ when char.IsLowSurrogate(c) => i == 0 || !char.IsHighSurrogate(text[i - 1]),
            _ => false,
        };
        return forbidden ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : null;
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
                            "用了制表符（Tab）缩进：YAML 只能用空格缩进。请把 Tab 换成空格。");
                        return true;
                    }

                    break;
                }

                indent++;
            }
        }

        return false;
    }

    /// <summary>YamlDotNet's English message in Chinese (what it means, what to do), the original after it.</summary>
    internal static string Explain(string message)
    {
        var colon = message.IndexOf("): ", StringComparison.Ordinal);
        message = colon >= 0 ? message[(colon + 3)..] : message;
        var explanation = Array.Find(Explanations, e => message.Contains(e.Fragment, StringComparison.OrdinalIgnoreCase)).Chinese;
        // The parser's own English words (and, for "Parser gave up", .NET's) only when there is no Chinese explanation.
        return explanation ?? DiagnosticText.Quote(message, 200);
    }

    // Most specific first: the first fragment found in the message wins.
    private static readonly (string Fragment, string Chinese)[] Explanations =
    [
        ("tab", "用了制表符（Tab）缩进：YAML 只能用空格缩进。请把 Tab 换成空格。"),
        ("multiline plain scalar, found invalid mapping", "多行文字中出现了“键: 值”的写法：正文请写成 | 开头的多行文字，或给文字加引号。"),
        ("plain scalar value, found invalid mapping", "文字中出现了“: ”：请给这段文字加引号，或检查缩进。"),
        ("mapping values are not allowed", "此处不能有冒号“:”开始的键值（多半是缩进不对，或者文字中的“: ”需要加引号）。"),
        ("did not find expected key", "这里应当是一个键，但缩进或格式不对。请检查这一行和上一行的缩进。"),
        ("did not find expected ',' or ']'", "方括号“[ ]”中的一行数字没有正确结束：数字之间用“,”分隔，最后要有“]”。"),
        ("did not find expected ',' or '}'", "花括号“{ }”没有正确结束：各项之间用“,”分隔，最后要有“}”。"),
        ("did not find expected '-' indicator", "列表的缩进不对：同一列表的每一项都以“- ”开头，并且上下对齐。"),
        ("could not find expected ':'", "这一行缺少键和值之间的“: ”（冒号后要有空格），或者引号、括号没有配对。"),
        ("quoted scalar, found unexpected end of stream", "引号没有配对：从这里开始的引号直到文件末尾都没有结束。"),
        ("quoted scalar, found unexpected document indicator", "引号没有配对：引号里出现了文档分隔符“---”或“...”。"),
        ("unknown escape character", "双引号里的反斜杠“\\”后面不是有效的转义字符：含反斜杠的文字请改用单引号，或写成“\\\\”。"),
        ("invalid Unicode", "双引号里的 \\u 或 \\U 转义不是有效的字符（例如单独的代理项 \\uD800）：请直接输入文字。"),
        ("expected hexadecimal number", "双引号里的 \\x、\\u 或 \\U 后面应是十六进制数字：含反斜杠的文字请改用单引号。"),
        ("double-quoted scalar, found wrong indentation", "双引号中的多行文字缩进不对：续行要比键缩进更多。"),
        ("block scalar", "多行文字（| 或 >）的写法或缩进不对：“|”后面直接换行，正文每行都比键多缩进两个空格。"),
        ("cannot start any token", "这里的字符（如 @、` 或 %）不能作为值的开头：以它开头的文字请加引号。"),
        ("anchor", "锚点“&”或别名“*”的写法不对：数据文件不需要它们，以 & 或 * 开头的文字请加引号。"),
        ("alias", "锚点“&”或别名“*”的写法不对：数据文件不需要它们，以 & 或 * 开头的文字请加引号。"),
        ("tag", "YAML 标签（以 ! 开头）的写法不对：数据文件不需要标签，以 ! 开头的文字请加引号。"),
        ("directive", "以 % 开头的是 YAML 指令：数据文件不需要指令，以 % 开头的文字请加引号。"),
        ("document", "文档分隔符“---”或“...”的位置不对：一个文件只写一份数据，不需要分隔符。"),
        ("comment", "注释“#”前面要有空格；如果“#”是文字的一部分，请给文字加引号。"),
        ("did not find expected", "括号、引号或列表没有正确结束。"),
        ("no more tokens", "文档分隔符“---”或“...”的位置不对：一个文件只写一份数据，不需要分隔符。"),
        ("Parser gave up", "方括号、花括号或引号没有正确结束（没有配对），之后的内容无法解析。"),
    ];

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
