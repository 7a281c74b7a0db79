using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Runtime.CompilerServices;

namespace ReportGen.Cli.Commands;

/// <summary>
/// Examples in every command's --help, in their own section after the options, so that the command list of
/// the root help stays one line per command; and the version.
/// </summary>
internal static class CommandHelp
{
    private static readonly ConditionalWeakTable<Command, string[]> Examples = [];

    public static TCommand WithExamples<TCommand>(this TCommand command, params string[] examples)
        where TCommand : Command
    {
        Examples.AddOrUpdate(command, examples);
        return command;
    }

    /// <summary>
    /// Adds the examples section to the help of the root and, through it, of every subcommand; makes
    /// --version print this tool's version (the standard one prints the entry assembly's, which in-process is
    /// the test host's).
    /// </summary>
    public static void Install(RootCommand root, string version, bool english)
    {
        if (!english)
        {
            ChineseHelp.DescribeStandardOptions(root);
        }

        foreach (var help in root.Options.OfType<HelpOption>())
        {
            if (help.Action is SynchronousCommandLineAction standard)
            {
                help.Action = new HelpWithExamples(english ? standard : null);
            }
        }

        foreach (var option in root.Options.OfType<VersionOption>())
        {
            option.Action = new PrintVersion(version);
        }
    }

    private sealed class PrintVersion(string version) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(version);
            return ExitCodes.Success;
        }
    }

    /// <summary>Whether the command line asks for help or the version, which any other mistake on it does not stop.</summary>
    public static bool IsHelpOrVersion(ParseResult parse) => parse.Action is HelpWithExamples or PrintVersion;

    /// <summary>The help (Chinese, or the standard English one when asked for), then the examples of the command it is about.</summary>
    private sealed class HelpWithExamples(SynchronousCommandLineAction? english) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var code = ExitCodes.Success;
            if (english is null)
            {
                ChineseHelp.Write(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
            }
            else
            {
                code = english.Invoke(parseResult);
            }

            if (Examples.TryGetValue(parseResult.CommandResult.Command, out var examples))
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("示例：");
                foreach (var example in examples)
                {
                    output.WriteLine("  " + example);
                }

                output.WriteLine();
            }

            return code;
        }
    }
}
