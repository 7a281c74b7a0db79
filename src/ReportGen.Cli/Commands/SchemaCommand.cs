using System.CommandLine;
using ReportGen.Core.Templates;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen schema</c>: the JSON Schema of the input file, for editor completion and generating scripts.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var output = new Option<string?>("--output", "-o")
        {
            Description = $"写入的文件，通常为 {InputSchema.FileName}（默认输出到标准输出）。已有的同名文件会被更新。",
            HelpName = "FILE",
        };
        var command = new Command("schema", "输出输入文件的 JSON Schema（draft 2020-12），供编辑器（VS Code 的 YAML 扩展等）补全和提示中文说明。")
        {
            output,
        }.WithExamples(
            $"reportgen schema -o {InputSchema.FileName}     （放在 YAML 文件旁边；reportgen init 生成的文件第一行指向它）",
            "reportgen schema > schema.json");
        command.SetAction(parse =>
        {
            var text = InputSchema.Create();
            var target = parse.GetValue(output);
            if (target is null or TextOutput.StandardOutput)
            {
                environment.Out.Write(text);
                return ExitCodes.Success;
            }

            if (target.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || target.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            {
                // Most likely a slip of the fingers that would replace an input file with the schema.
                throw new CommandFailedException($"{target} 是 YAML 文件名：JSON Schema 应写入 .json 文件，如 {InputSchema.FileName}。");
            }

            TextOutput.Replace(Path.GetFullPath(target, environment.CurrentDirectory), target, text);
            environment.Error.WriteLine($"已写入 {target}。");
            return ExitCodes.Success;
        });
        return command;
    }
}
