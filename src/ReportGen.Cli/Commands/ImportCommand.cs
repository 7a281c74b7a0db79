using System.CommandLine;
using ReportGen.Cli.Output;
using ReportGen.Core.Importing;
using ReportGen.Core.Output;
using ReportGen.Core.Pipeline;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen import</c>: published reports (.docx, web pages…) into input files a clerk can correct and build from.</summary>
internal static class ImportCommand
{
    private const string Help =
        "把已发布的年度报告（Word .docx、网页 .html 等）读成输入文件 <文件名>.yaml（放在原文件旁边，或 -o 指定的文件夹中），\n" +
        "带 init 模板的中文注释，数字和文字与发布的一致（包括发布时算错的总计：之后 validate 会指出）。\n" +
        "读不准的地方（空白或“—”的单元格按 0 读、缺少的行、合并成一行的分组）逐条列出其在原文中的位置。\n" +
        "已有的 .yaml 不会被覆盖，除非加 --force。无法读取的文件（旧的 .doc、扫描件等）不生成任何文件，退出码 2，其余照常导入。";

    public static Command Create(CliEnvironment environment)
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "已发布的报告：文件、目录（其下所有支持的报告文件）或通配符（如 'published/**/*.docx'）",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "输出文件夹（不存在时创建）；只有一个输入时也可以是 .yaml 文件名。省略时放在原文件旁边",
            HelpName = "DIR|FILE.yaml",
        };
        var force = new Option<bool>("--force") { Description = "覆盖已有的 .yaml 文件（输入文件永远不会被覆盖）" };
        var format = CommonOptions.Format();
        var jobs = CommonOptions.Jobs();
        var command = new Command("import", Help) { inputs, output, force, format, jobs }.WithExamples(
            "reportgen import 2023年报.docx",
            "reportgen import published/ -o data/",
            "reportgen import 'published/**/*.html' -o data/ --force");
        command.SetAction(parse =>
        {
            var started = environment.Time.GetTimestamp();
            var sources = CommonOptions.ResolveInputs(parse.GetValue(inputs)!, environment);
            var chosen = CommonOptions.ChosenFormat(parse, format, environment);
            IReadOnlyList<BuildFileResult> results;
            try
            {
                results = ImportRun.Run(sources, new ImportRunOptions
                {
                    Target = Target(parse.GetValue(output), environment),
                    CurrentDirectory = environment.CurrentDirectory,
                    Force = parse.GetValue(force),
                    Jobs = parse.GetValue(jobs),
                });
            }
            catch (OutputConflictException e)
            {
                throw new CommandFailedException(e.Message, ExitCodes.CannotRun, e);
            }
            catch (OutputUnwritableException e)
            {
                throw new CommandFailedException(e.Message, ExitCodes.CannotRun, e);
            }

            var validations = results.Select(r => r.Validation).ToList();
            var failures = results.Count(r => r.WriteFailed);
            var counted = RunSummary.Of(validations, RunProduct.Imports, results.Count(r => r.Written), environment.Time.GetElapsedTime(started));
            var summary = counted with { Errors = counted.Errors + failures, Reports = results.ToDictionary(r => r.Source) };
            DiagnosticRenderer.For(chosen).Render(validations, summary, environment);
            return failures > 0 ? ExitCodes.CannotRun : ValidateCommand.ExitCode(validations);
        });
        return command;
    }

    private static BuildTarget Target(string? output, CliEnvironment environment)
    {
        if (string.IsNullOrEmpty(output))
        {
            return BuildTarget.NextToInputs;
        }

        var full = Path.GetFullPath(output, environment.CurrentDirectory);
        return (output.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || output.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)) && !Directory.Exists(full)
            ? BuildTarget.IntoFile(full)
            : BuildTarget.IntoFolder(full);
    }
}
