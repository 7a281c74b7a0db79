using ReportGen.Core.Diagnostics;

namespace ReportGen.Core.Reading;

/// <summary>YamlDotNet's syntax errors in Chinese: what each means and what to do, the original after it.</summary>
internal static class YamlErrorMessages
{
    public const string TabIndentation = "用了制表符（Tab）缩进：YAML 只能用空格缩进。请把 Tab 换成空格。";

    /// <summary>YamlDotNet's English message in Chinese (what it means, what to do), the original after it.</summary>
    public static string Explain(string message)
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
        ("tab", TabIndentation),
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
}
