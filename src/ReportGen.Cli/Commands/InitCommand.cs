using System.CommandLine;
using System.Globalization;
using System.Text;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Format;
using ReportGen.Core.Importing;
using ReportGen.Core.Model;
using ReportGen.Core.Reading;
using ReportGen.Core.Templates;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen init</c>: write a new input file, commented in Chinese, optionally carrying over last year's.</summary>
internal static class InitCommand
{
    /// <summary>How many of last year's errors a refusal lists before it says "and N more".</summary>
    private const int ErrorsShown = 10;

    public static Command Create(CliEnvironment environment)
    {
        var output = new Option<string?>("--output", "-o")
        {
            Description = "要生成的文件（默认为当前目录下的 {年度}.yaml；- 表示输出到标准输出）。已有的文件不会被覆盖。",
            HelpName = "FILE",
        };
        var agency = new Option<string?>("--agency")
        {
            Description = "机关名称，与报告标题中一致，如 石拐区商务和科技局（不填则留空，校验时会提示填写）",
            HelpName = "NAME",
        };
        var year = new Option<int?>("--year")
        {
            Description = "报告年度（默认为去年；用 --from 时为上一年度文件的下一年）",
            HelpName = "N",
        };
        var from = new Option<string?>("--from")
        {
            Description = "上一年度的输入文件：带入机关名称、机关类型、行政层级、联系方式、各部分小标题，"
                + "以及上年结转（= 上年的结转下年度继续办理）和现行有效件数（请更新）",
            HelpName = "LAST_YEAR.yaml",
        };

        var command = new Command("init", "生成一个带中文注释的输入文件模板（YAML）：填好数字和正文后即可校验、生成报告。")
        {
            output, agency, year, from,
        }.WithExamples(
            "reportgen init --agency 石拐区商务和科技局              （生成去年的 {年度}.yaml）",
            "reportgen init --agency 石拐区商务和科技局 --year 2023 -o bureaus/商务局/2023.yaml",
            "reportgen init --from 2023.yaml                        （生成 2024.yaml，带入上年的机关信息和结转数）",
            "reportgen init --year 2024 -o -                        （输出到标准输出）");
        command.SetAction(parse => Run(environment, new Request(
            parse.GetValue(output), parse.GetValue(agency), parse.GetValue(year), parse.GetValue(from))));
        return command;
    }

    private sealed record Request(string? Output, string? Agency, int? Year, string? From);

    private static int Run(CliEnvironment environment, Request request)
    {
        var last = request.From is null ? null : ReadLastYear(request.From, environment);
        InitPlan plan;
        try
        {
            plan = InitPlan.Create(new InitRequest
            {
                Output = request.Output,
                Agency = request.Agency,
                Year = request.Year,
                LastYear = last,
                LastYearFile = request.From,
                ThisYear = environment.Time.GetLocalNow().Year,
            });
        }
        catch (InitRefusedException e)
        {
            throw new CommandFailedException(e.Message, ExitCodes.CannotRun, e);
        }

        if (plan.ToStandardOutput)
        {
            environment.Out.Write(plan.Text);
            return ExitCodes.Success;
        }

        var path = Path.GetFullPath(plan.Target, environment.CurrentDirectory);
        TextOutput.CreateNew(path, plan.Target, plan.Text);
        Report(environment, request, plan, path, last);
        return ExitCodes.Success;
    }

    /// <summary>Last year's file through the real reader; a file with errors would carry wrong figures over.</summary>
    private static AnnualReport ReadLastYear(string file, CliEnvironment environment)
    {
        ReadResult result;
        try
        {
            // Last year's published report works as well as its YAML: it is read as import reads it.
            var full = Path.GetFullPath(file, environment.CurrentDirectory);
            result = DocumentInput.IsDocument(full) ? DocumentInput.Read(full, file) : ReportReader.ReadFile(full, file);
        }
        catch (InputUnreadableException e)
        {
            throw new CommandFailedException(e.Message, ExitCodes.CannotRun, e);
        }

        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        if (result.Report is null || errors.Count > 0)
        {
            var message = new StringBuilder($"--from 的文件 {file} 有 {ChineseText.Figure(errors.Count)} 个错误，不能从它带入数据。请先修正（reportgen validate {file}）：");
            foreach (var error in errors.Take(ErrorsShown))
            {
                var place = error.DocumentPlace is { } where ? $"{error.File}: {where}" : $"{error.File}:{error.Line}:{error.Column}";
                message.Append('\n').Append(CultureInfo.InvariantCulture, $"  {place}: {error.RuleId}: {error.Message}");
            }

            if (errors.Count > ErrorsShown)
            {
                message.Append('\n').Append(CultureInfo.InvariantCulture, $"  ……另有 {ChineseText.Figure(errors.Count - ErrorsShown)} 个错误");
            }

            throw new CommandFailedException(message.ToString());
        }

        return result.Report;
    }

    private static void Report(CliEnvironment environment, Request request, InitPlan plan, string path, AnnualReport? last)
    {
        var (target, year, agency) = (plan.Target, plan.Year, plan.Agency);
        var error = environment.Error;
        error.WriteLine($"已生成 {target}（{ChineseText.Figure(year)} 年度{(agency.Length > 0 ? "，" + agency : "")}）。");
        if (last is not null)
        {
            var spec = FormatCatalog.RequestTable;
            var carried = string.Join(", ", spec.Applicants.Select(c => ChineseText.Figure(last.Requests.Value(spec.CarriedForward.Index, c.Index))));
            error.WriteLine($"已从 {request.From} 带入：机关信息、联系方式、小标题；{spec.CarriedOver.Label} [{carried}]；"
                + $"{FormatCatalog.ProactiveTable.InForce.Label}（规章 {ChineseText.Figure(last.Proactive.Regulations.InForce)}、行政规范性文件 {ChineseText.Figure(last.Proactive.NormativeDocuments.InForce)}，请按本年制发和废止更新）。");
        }

        if (agency.Length == 0)
        {
            error.WriteLine("请填写机关名称（agency）。");
        }

        error.WriteLine($"下一步：填写数字和正文，然后运行 reportgen validate {target}");
        var schema = Path.Combine(Path.GetDirectoryName(path)!, InputSchema.FileName);
        if (!File.Exists(schema))
        {
            var folder = Path.GetDirectoryName(target);
            var schemaTarget = string.IsNullOrEmpty(folder) ? InputSchema.FileName : Path.Combine(folder, InputSchema.FileName);
            error.WriteLine($"编辑器补全（VS Code 的 YAML 扩展）：运行 reportgen schema -o {schemaTarget}，模板第一行已指向它。");
        }
    }
}
