using System.CommandLine;
using System.Globalization;
using ReportGen.Cli.Output;
using ReportGen.Core.Output;
using ReportGen.Core.Pipeline;
using ReportGen.Core.Summary;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen summarize</c>: add up the tables of several agencies of one year into jurisdiction totals (汇总).</summary>
internal static class SummarizeCommand
{
    private const string Help =
        "把同一年度多个机关的表二、表三、表四（主动公开、依申请公开、复议诉讼）逐格相加，得到本地区汇总数据。\n" +
        "输出 .xlsx（“汇总”工作表按报告格式排版，“明细”工作表列出每个机关的每一格，便于核对）或 .csv（UTF-8，每个机关一行，最后一行合计）。\n" +
        "有错误的输入（退出码 1）、年度不一致或同一机关出现两次（退出码 2）时不汇总，并说明是哪些文件。";

    public static Command Create(CliEnvironment environment)
    {
        var inputs = CommonOptions.Inputs();
        var output = new Option<string>("--output", "-o")
        {
            Description = "输出文件：.xlsx 或 .csv",
            HelpName = "FILE.xlsx|FILE.csv",
            Required = true,
        };
        var jobs = CommonOptions.Jobs();

        var command = new Command("summarize", Help) { inputs, output, jobs }.WithExamples(
            "reportgen summarize bureaus/ -o 2023年汇总.xlsx",
            "reportgen summarize 'bureaus/**/2023.yaml' -o 汇总.csv");
        command.SetAction(parse =>
        {
            var started = environment.Time.GetTimestamp();
            var target = Path.GetFullPath(parse.GetValue(output)!, environment.CurrentDirectory);
            var shown = BuildPlan.Show(target, environment.CurrentDirectory);
            Action<JurisdictionSummary, Stream> write = Path.GetExtension(target).ToUpperInvariant() switch
            {
                ".XLSX" => SummaryWorkbookWriter.Write,
                ".CSV" => SummaryCsvWriter.Write,
                _ => throw new CommandFailedException($"-o {shown}：输出文件应以 .xlsx 或 .csv 结尾。"),
            };

            var sources = CommonOptions.ResolveInputs(parse.GetValue(inputs)!, environment);
            if (sources.Any(s => !s.IsStandardInput && BuildPlan.PathComparer.Equals(s.FullPath, target)))
            {
                throw new CommandFailedException($"-o {shown} 是一个输入文件，不能覆盖输入；请换一个输出文件名。");
            }

            var results = ValidationRun.Run(sources, CommonOptions.Reader(environment), new ValidationRunOptions
            {
                Jobs = parse.GetValue(jobs),
                Validation = CommonOptions.ValidationOptions(environment),
            });
            var exit = ValidateCommand.ExitCode(results);
            if (exit != ExitCodes.Success)
            {
                Report(results, 0, started, environment);
                var invalid = results.Where(r => r.HasErrors).Select(r => r.Source.DisplayName);
                throw new CommandFailedException($"未汇总：{string.Join("、", invalid)} 有错误或无法读取，请先修正（见上面的错误信息）。", exit);
            }

            JurisdictionSummary summary;
            try
            {
                summary = JurisdictionSummary.Create([.. results.Select(r => new SummarizedAgency(r.Source.DisplayName, r.Read!.Report!))]);
            }
            catch (SummaryRefusedException e)
            {
                throw new CommandFailedException(e.Message, ExitCodes.CannotRun, e);
            }

            try
            {
                var keep = sources.Where(s => !s.IsStandardInput).Select(s => s.FullPath!).ToHashSet(BuildPlan.PathComparer);
                AtomicFile.CreateFolderFor(target, shown);
                AtomicFile.RemoveStaleTemporaryFiles(Path.GetDirectoryName(target)!, Path.GetExtension(target), keep);
                AtomicFile.Write(target, stream => write(summary, stream), shown);
            }
            catch (OutputUnwritableException e)
            {
                throw new CommandFailedException(e.Message, ExitCodes.CannotRun, e);
            }

            Report(results, 1, started, environment);
            environment.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"已汇总 {summary.Agencies.Count} 个机关的 {summary.Year} 年数据：{shown}"));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Findings (warnings included) and the summary line, as validate prints them.</summary>
    private static void Report(IReadOnlyList<FileResult> results, int written, long started, CliEnvironment environment) =>
        new TextDiagnosticRenderer().Render(results, RunSummary.Of(results, RunProduct.Summary, written, environment.Time.GetElapsedTime(started)), environment);
}
