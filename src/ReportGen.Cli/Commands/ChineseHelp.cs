using System.CommandLine;
using System.CommandLine.Help;

namespace ReportGen.Cli.Commands;

/// <summary>
/// --help in Chinese, headings included, whatever the machine's locale: written here from the commands'
/// own descriptions rather than by System.CommandLine's help, whose headings (Usage:, Options:) come from
/// resources in English only (see <see cref="UsageErrors"/> for why).
/// </summary>
internal static class ChineseHelp
{
    public const string HelpDescription = "显示帮助和用法";
    public const string VersionDescription = "显示版本号";

    public static void Write(Command command, TextWriter output)
    {
        if (!string.IsNullOrWhiteSpace(command.Description))
        {
            output.WriteLine("说明：");
            foreach (var line in command.Description.Split('\n'))
            {
                output.WriteLine("  " + line);
            }

            output.WriteLine();
        }

        output.WriteLine("用法：");
        output.WriteLine("  " + Usage(command));
        output.WriteLine();

        var arguments = command.Arguments.Where(a => !a.Hidden).ToList();
        if (arguments.Count > 0)
        {
            Section(output, "参数：", arguments.Select(a => ($"<{Label(a)}>", a.Description ?? "")));
        }

        var options = VisibleOptions(command);
        if (options.Count > 0)
        {
            Section(output, "选项：", options.Select(o => (OptionLabel(o), o.Description ?? "")));
        }

        var commands = command.Subcommands.Where(c => !c.Hidden).ToList();
        if (commands.Count > 0)
        {
            Section(output, "命令：", commands.Select(c => (string.Join(" ", c.Arguments.Where(a => !a.Hidden).Select(a => $"<{Label(a)}>").Prepend(c.Name)), c.Description ?? "")));
        }
    }

    /// <summary>The command's own options and those its ancestors pass down (--help), as the parser accepts them.</summary>
    public static IReadOnlyList<Option> VisibleOptions(Command command)
    {
        var inherited = Ancestors(command).Skip(1).SelectMany(c => c.Options).Where(o => o.Recursive);
        return [.. command.Options.Concat(inherited).Where(o => !o.Hidden).Distinct()];
    }

    private static string Usage(Command command)
    {
        // The root's own name is the process's (testhost, in-process); users type the tool's command name.
        var words = Ancestors(command).Reverse().Select(c => c is RootCommand ? "reportgen" : c.Name).ToList();
        words.AddRange(command.Arguments.Where(a => !a.Hidden).Select(a =>
        {
            var label = $"<{Label(a)}>" + (a.Arity.MaximumNumberOfValues > 1 ? "..." : "");
            return a.Arity.MinimumNumberOfValues == 0 ? $"[{label}]" : label;
        }));
        if (command.Subcommands.Count > 0)
        {
            words.Add("[命令]");
        }

        if (VisibleOptions(command).Count > 0)
        {
            words.Add("[选项]");
        }

        return string.Join(" ", words);
    }

    /// <summary><c>-f, --format &lt;text|json|github|sarif&gt;</c>: short names first, then the value it takes.</summary>
    private static string OptionLabel(Option option)
    {
        // The Windows-style /? and /h are accepted but not advertised, as in System.CommandLine's own help.
        var names = option.Aliases.Prepend(option.Name).Where(n => n[0] != '/').Distinct(StringComparer.Ordinal)
            .OrderBy(n => n.StartsWith("--", StringComparison.Ordinal)).ThenBy(n => n, StringComparer.Ordinal);
        var label = string.Join(", ", names);
        var type = Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType;
        if (!string.IsNullOrEmpty(option.HelpName))
        {
            label += $" <{option.HelpName}>";
        }
        else if (type != typeof(bool) && option.Arity.MaximumNumberOfValues > 0)
        {
            label += $" <{option.Name.TrimStart('-').ToUpperInvariant()}>";
        }

        return option.Required ? label + "（必填）" : label;
    }

    private static void Section(TextWriter output, string heading, IEnumerable<(string First, string Second)> rows)
    {
        var list = rows.ToList();
        var width = list.Max(r => r.First.Length) + 2;
        output.WriteLine(heading);
        foreach (var (first, second) in list)
        {
            var lines = second.Split('\n');
            output.WriteLine(("  " + first.PadRight(width) + lines[0]).TrimEnd());
            foreach (var line in lines.Skip(1))
            {
                output.WriteLine(new string(' ', width + 2) + line);
            }
        }

        output.WriteLine();
    }

    private static string Label(Argument argument) => argument.HelpName ?? argument.Name;

    private static IEnumerable<Command> Ancestors(Command command)
    {
        for (Symbol? symbol = command; symbol is Command c; symbol = c.Parents.FirstOrDefault())
        {
            yield return c;
        }
    }

    /// <summary>Chinese descriptions for the help and version options every command has.</summary>
    public static void DescribeStandardOptions(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            option.Description = option switch
            {
                HelpOption => HelpDescription,
                VersionOption => VersionDescription,
                _ => option.Description,
            };
        }
    }
}
