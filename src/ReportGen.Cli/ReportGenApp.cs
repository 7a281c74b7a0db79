using System.CommandLine;
using System.Reflection;
using ReportGen.Cli.Commands;

namespace ReportGen.Cli;

/// <summary>The <c>reportgen</c> command line: parses arguments, dispatches to one command class, maps failures to exit codes.</summary>
public static class ReportGenApp
{
    public static string Version { get; } =
        typeof(ReportGenApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static RootCommand CreateRootCommand(CliEnvironment environment)
    {
        var root = new RootCommand("ReportGen：政府信息公开工作年度报告（国办公开办函〔2021〕30号格式）的校验与生成工具。\n一个 YAML 文件 → 按格式的全部规则校验 → 符合 GB/T 9704 的 .docx 报告。");
        root.Subcommands.Add(BuildCommand.Create(environment));
        root.Subcommands.Add(ValidateCommand.Create(environment));
        root.Subcommands.Add(InitCommand.Create(environment));
        root.Subcommands.Add(SchemaCommand.Create(environment));
        root.Subcommands.Add(SummarizeCommand.Create(environment));
        root.Subcommands.Add(ImportCommand.Create(environment));
        root.WithExamples(
            "reportgen init --agency 石拐区商务和科技局       （生成带中文注释的模板 {年度}.yaml）",
            "reportgen validate 2023.yaml                    （校验）",
            "reportgen build 2023.yaml -o out                （校验并生成 out/2023.docx）",
            "reportgen init --from 2023.yaml                 （下一年：由 2023.yaml 生成 2024.yaml）",
            "reportgen import 2023年报.docx                  （已发布的报告 → 2023年报.yaml）",
            "reportgen schema -o reportgen-input.schema.json （编辑器补全）");
        CommandHelp.Install(root, Version, environment.English);
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var root = CreateRootCommand(environment);
        var parseResult = root.Parse(args);
        var configuration = new InvocationConfiguration
        {
            Output = environment.Out,
            Error = environment.Error,
            EnableDefaultExceptionHandler = false,
        };

        var mistakes = CommandHelp.IsHelpOrVersion(parseResult) ? []
            : environment.English ? [.. UsageErrors.OptionsTakenForInputs(parseResult).Select(o => $"Unrecognized option '{o}'."), .. parseResult.Errors.Select(e => e.Message)]
            : UsageErrors.Describe(parseResult);
        if (mistakes.Count > 0)
        {
            foreach (var mistake in mistakes)
            {
                await environment.Error.WriteLineAsync("reportgen: " + mistake).ConfigureAwait(false);
            }

            var help = string.Join(" ", parseResult.CommandResult.Command is RootCommand ? ["reportgen"] : ["reportgen", parseResult.CommandResult.Command.Name]);
            await environment.Error.WriteLineAsync($"用 {help} --help 查看用法。").ConfigureAwait(false);
            return ExitCodes.CannotRun;
        }

        try
        {
            return await parseResult.InvokeAsync(configuration).ConfigureAwait(false);
        }
        catch (CommandFailedException e)
        {
            await environment.Error.WriteLineAsync("reportgen: " + e.Message).ConfigureAwait(false);
            return e.ExitCode;
        }
    }
}

/// <summary>An expected failure (bad usage, unreadable input, unwritable output): one line, an exit code, no stack trace.</summary>
public sealed class CommandFailedException(string message, int exitCode = ExitCodes.CannotRun, Exception? inner = null)
    : Exception(message, inner)
{
    public int ExitCode { get; } = exitCode;
}
