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
    public static void Install(RootCommand root, string version)
    {
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            if (help.Action is SynchronousCommandLineAction standard)
            {
                help.Action = new HelpWithExamples(standard);
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

    /// <summary>The standard help, then the examples of the command it is about.</summary>
    private sealed class HelpWithExamples(SynchronousCommandLineAction standard) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var code = standard.Invoke(parseResult);
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
