using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace ReportGen.Cli.Commands;

/// <summary>
/// Mistakes on the command line, told in Chinese by what went wrong (a missing argument, an unknown option, a
/// bad value), not by translating System.CommandLine's English: its satellite resources are not shipped
/// (SatelliteResourceLanguages=en) and would follow the machine's locale, while this tool speaks Chinese
/// whatever the locale, and names no .NET type.
/// </summary>
internal static class UsageErrors
{
    /// <summary>The messages for a parse, one per mistake, in the order the user made them.</summary>
    public static IReadOnlyList<string> Describe(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var messages = new List<string>();
        messages.AddRange(OptionsTakenForInputs(parse).Select(token => UnknownOption(token, command)));
        foreach (var error in parse.Errors)
        {
            messages.Add(error.SymbolResult switch
            {
                ArgumentResult { Parent: OptionResult option } argument => OptionValue(option, argument),
                ArgumentResult argument when argument.Tokens.Count == 0 => MissingArgument(argument.Argument, command),
                ArgumentResult argument => $"参数 {Label(argument.Argument)} 的取值“{string.Join(" ", argument.Tokens.Select(t => t.Value))}”无效。",
                OptionResult option => OptionValue(option, option),
                CommandResult when parse.UnmatchedTokens.Count > 0 => "",
                CommandResult { Command.Subcommands.Count: > 0 } result =>
                    $"请指定一个命令：{string.Join("、", result.Command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}。",
                _ => "命令行有误：" + error.Message,
            });
        }

        // After an unknown command the other words mean nothing: only it is told.
        foreach (var token in command.Subcommands.Count > 0 ? parse.UnmatchedTokens.Take(1) : parse.UnmatchedTokens)
        {
            messages.Add(Unrecognized(token, command));
        }

        return [.. messages.Where(m => m.Length > 0).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Words starting with <c>-</c> that the parser took for INPUT because no option has that name
    /// (<c>--ouput</c>): a typo far more often than a file. A file whose name starts with <c>-</c> is reached
    /// as <c>./-name</c>, or after <c>--</c>; a lone <c>-</c> is standard input.
    /// </summary>
    public static IReadOnlyList<string> OptionsTakenForInputs(ParseResult parse)
    {
        var inputs = parse.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).ToHashSet(ReferenceEqualityComparer.Instance);
        return [.. parse.Tokens
            .TakeWhile(t => t.Type != TokenType.DoubleDash)
            .Where(t => inputs.Contains(t) && t.Value.Length > 1 && t.Value[0] == '-')
            .Select(t => t.Value)];
    }

    /// <summary>An option's mistake: not given though required, given without a value, too many values, or a value of the wrong kind.</summary>
    private static string OptionValue(OptionResult option, SymbolResult values)
    {
        var name = option.Option.Name;
        var tokens = values.Tokens.Select(t => t.Value).ToList();
        if (option.IdentifierToken is null && option.Option.Required)
        {
            return $"缺少必需的选项 {name}（{option.Option.Description}）。";
        }

        return tokens.Count == 0 ? $"选项 {name} 缺少取值：{ShouldBe(option.Option)}。"
            : tokens.Count > option.Option.Arity.MaximumNumberOfValues ? $"选项 {name} 只能给一个取值，实际给了 {N(tokens.Count)} 个：{string.Join(" ", tokens)}。"
            : $"选项 {name} 的取值“{string.Join(" ", tokens)}”无效：{ShouldBe(option.Option)}。";
    }

    private static string MissingArgument(Argument argument, Command command) =>
        $"{command.Name} 缺少参数 {Label(argument)}：{argument.Description}";

    private static string Unrecognized(string token, Command command)
    {
        if (token.Length > 1 && token[0] == '-')
        {
            return UnknownOption(token, command);
        }

        var suggestion = Nearest(token, command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));
        return command.Subcommands.Count > 0
            ? $"没有 {token} 这个命令。{(suggestion is null ? "" : $"是不是要用 {suggestion}？")}命令有：{string.Join("、", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}。"
            : $"{command.Name} 不接受参数 {token}。";
    }

    private static string UnknownOption(string token, Command command)
    {
        var name = token.Split('=', ':')[0];
        var suggestion = Nearest(name, ChineseHelp.VisibleOptions(command).SelectMany(o => o.Aliases.Prepend(o.Name)));
        var hint = suggestion is null ? "" : $"是不是要用 {suggestion}？";
        return $"{command.Name} 没有选项 {name}。{hint}（名字以 - 开头的输入文件请写成 ./{token}，或放在 -- 之后。）";
    }

    /// <summary>What an option takes: one of its listed values, an integer, or what its help name says.</summary>
    private static string ShouldBe(Option option)
    {
        var type = Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType;
        return option.HelpName is { } help && help.Contains('|', StringComparison.Ordinal) ? $"应为 {string.Join("、", help.Split('|'))} 之一"
            : type == typeof(int) ? "应为整数"
            : $"应为 {option.HelpName ?? "一个取值"}";
    }

    private static string Label(Argument argument) => argument.HelpName ?? argument.Name;

    /// <summary>The closest name within a typo or two (<c>--ouput</c> → <c>--output</c>), or null.</summary>
    internal static string? Nearest(string typed, IEnumerable<string> names)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            var distance = Distance(typed, name);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (name, distance);
            }
        }

        return bestDistance <= Math.Max(1, Math.Min(2, typed.TrimStart('-').Length / 3)) ? best : null;
    }

    /// <summary>Edit distance (insertions, deletions, substitutions, and swaps of neighbours).</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
