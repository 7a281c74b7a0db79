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

    /// <summary>The root node, or null when the file cannot be parsed (its findings are in the bag).</summary>
    public static YamlNode? Build(string text, DiagnosticBag diagnostics)
    {
        if (!CheckCharacters(text, diagnostics))
        {
            return null;
        }

        var blockScalarLines = new List<(int First, int Last)>();
        YamlNode? root;
        try
        {
            root = Parse(text, diagnostics, blockScalarLines);
        }
        catch (YamlException e)
        {
            // A tab error may be placed at the start of the enclosing mapping: then look for the tab in the whole file.
            var upTo = e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) ? long.MaxValue : Math.Max(e.Start.Line, e.End.Line) + 1;
            if (!ReportTabIndentation(text, blockScalarLines, diagnostics, upTo))
            {
                diagnostics.At(RuleCatalog.Syntax, Position(e.Start), null, "YAML 语法错误：" + Explain(e));
            }

            return null;
        }

        if (root is null)
        {
            return null;
        }

        return ReportTabIndentation(text, blockScalarLines, diagnostics, int.MaxValue) ? null : root;
    }

    private static YamlNode? Parse(string text, DiagnosticBag diagnostics, List<(int, int)> blockScalarLines)
    {
        var parser = new Parser(new StringReader(text));
        string[]? sourceLines = null;
        var stack = new Stack<YamlNode>();
        var pendingKeys = new Stack<YamlScalar?>();
        YamlNode? root = null;
        var documents = 0;
        var failed = false;

        var last = Mark.Empty;
        while (MoveNext(parser, ref last))
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
                        $"不允许使用别名“*{alias.Value}”：请直接写出数值（锚点和别名可被用来制造超大文件）。");
                    failed = true;
                    break;
                case NodeEvent node:
                    if (!node.Anchor.IsEmpty)
                    {
                        diagnostics.At(RuleCatalog.AnchorAlias, Position(node.Start), null,
                            $"不允许使用锚点“&{node.Anchor.Value}”：请直接写出数值（锚点和别名可被用来制造超大文件）。");
                        failed = true;
                    }

                    YamlNode built;
                    if (node is Scalar scalar)
                    {
                        var s = new YamlScalar(Position(scalar.Start), Position(scalar.End), scalar.Value, scalar.Style, !scalar.Tag.IsEmpty && !scalar.IsPlainImplicit)
                        {
                            LiteralLineColumns = scalar.Style == ScalarStyle.Literal
                                ? LineColumns(sourceLines ??= text.Split('\n'), (int)scalar.Start.Line + 1, scalar.Value.Count(c => c == '\n') + 1)
                                : null,
                        };
                        if (s.IsBlock)
                        {
                            blockScalarLines.Add(((int)scalar.Start.Line, (int)scalar.End.Line));
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

    /// <summary>
    /// The next event. YamlDotNet's scanner throws <see cref="InvalidOperationException"/> on some unclosed flow
    /// collections (e.g. "[1, 2" followed by a new key); that is the user's syntax error, not a crash.
    /// </summary>
    private static bool MoveNext(Parser parser, ref Mark last)
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
        catch (InvalidOperationException e)
        {
            throw new YamlException(last, last, "did not find expected ',' or ']' after this point", e);
        }
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
                        pendingKeys.Push(new YamlScalar(node.Start, node.Start, "", ScalarStyle.Plain, false));
                        return false;
                    }

                    pendingKeys.Push(scalarKey);
                    return true;
                }

                pendingKeys.Push(null);
                var first = mapping.Entries.FindIndex(e => e.Key.Value == key.Value);
                if (first >= 0)
                {
                    var earlier = mapping.Entries[first].Key.Start;
                    diagnostics.At(RuleCatalog.DuplicateKey, key.Start, null,
                        $"键“{key.Value}”重复：第 {earlier.Line} 行已经写过。请删去其中一个（只保留正确的那个）。");
                    return true;
                }

                mapping.Entries.Add(new(key, node));
                return true;
            default:
                return true;
        }
    }

    /// <summary>The 1-based column of the first non-blank character of <paramref name="count"/> lines from line <paramref name="first"/> (0 for a blank line).</summary>
    private static int[] LineColumns(string[] lines, int first, int count)
    {
        var columns = new int[count];
        for (var i = 0; i < count && first - 1 + i < lines.Length; i++)
        {
            var line = lines[first - 1 + i];
            var at = 0;
            while (at < line.Length && char.IsWhiteSpace(line[at]))
            {
                at++;
            }

            columns[i] = at < line.Length ? at + 1 : 0;
        }

        return columns;
    }

    /// <summary>XML 1.0 cannot carry C0/C1 controls or lone surrogates: refuse them where they stand.</summary>
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
            _ when char.IsHighSurrogate(c) => i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]),
            _ when char.IsLowSurrogate(c) => i == 0 || !char.IsHighSurrogate(text[i - 1]),
            _ => false,
        };
        return forbidden ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Reports the first line indented with a tab outside block text, up to a line; true if found.</summary>
    private static bool ReportTabIndentation(string text, List<(int First, int Last)> blockScalarLines, DiagnosticBag diagnostics, long upToLine)
    {
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
                    var inBlock = blockScalarLines.Exists(b => line > b.First && line <= b.Last);
                    var blankLine = raw.AsSpan().Trim().Length == 0;
                    if (!inBlock && !blankLine)
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

    private static string Explain(YamlException e)
    {
        var message = e.Message;
        var colon = message.IndexOf("): ", StringComparison.Ordinal);
        message = colon >= 0 ? message[(colon + 3)..] : message;
        return message switch
        {
            _ when message.Contains("mapping values are not allowed", StringComparison.Ordinal) =>
                "此处不能有冒号“:”开始的键值（多半是缩进不对，或者文字中的“: ”需要加引号）。（" + message + "）",
            _ when message.Contains("did not find expected key", StringComparison.Ordinal) =>
                "这里应当是一个键，但缩进或格式不对。请检查这一行和上一行的缩进。（" + message + "）",
            _ when message.Contains("did not find expected", StringComparison.Ordinal) =>
                "括号、引号或列表没有正确结束。（" + message + "）",
            _ when message.Contains("tab", StringComparison.OrdinalIgnoreCase) =>
                "此处有制表符（Tab）：YAML 只能用空格缩进，请把 Tab 换成空格。（" + message + "）",
            _ when message.Contains("unknown escape", StringComparison.OrdinalIgnoreCase) =>
                "双引号文字中有无效的转义（反斜杠 \\ 后的字符）：请去掉反斜杠，或改用单引号或不加引号。（" + message + "）",
            _ => "此处的写法不符合 YAML 语法：请检查这一行和上一行的缩进、冒号和引号。（" + message + "）",
        };
    }

    private static SourcePosition Position(Mark mark) =>
        new((int)Math.Min(mark.Line, int.MaxValue), (int)Math.Min(mark.Column, int.MaxValue));
}
