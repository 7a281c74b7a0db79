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
        var thisYear = environment.Time.GetLocalNow().Year;
        var last = request.From is null ? null : ReadLastYear(request.From, environment);
        var year = request.Year ?? (last is null ? thisYear - 1 : last.Year + 1);
        if (last is not null && year != last.Year + 1)
        {
            throw new CommandFailedException(
                $"--from 的文件 {request.From} 是 {N(last.Year)} 年度的，不是 {N(year)} 年度的上一年度：上年结转和现行有效件数只能从上一年度带入。请去掉 --year，或换成 {N(year - 1)} 年度的文件。");
        }

        if (year < FormatCatalog.FirstYear || year > thisYear)
        {
            throw new CommandFailedException(
                $"--year {N(year)} 不可用：{FormatCatalog.NoticeNumber}格式用于 {N(FormatCatalog.FirstYear)} 年度至今年（{N(thisYear)} 年）的报告。");
        }

        var agency = (request.Agency ?? last?.Agency ?? "").Trim();
        var target = request.Output ?? N(year) + ".yaml";
        var toStandardOutput = target == TextOutput.StandardOutput;
        var text = InputTemplate.Create(new InputTemplateOptions
        {
            Year = year,
            Agency = agency,
            LastYear = last,
            FileName = toStandardOutput ? null : target,
        });
        CheckReadable(text, target);

        if (toStandardOutput)
        {
            environment.Out.Write(text);
            return ExitCodes.Success;
        }

        var path = Path.GetFullPath(target, environment.CurrentDirectory);
        TextOutput.CreateNew(path, target, text);
        Report(environment, request, target, path, year, agency, last);
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
            var message = new StringBuilder($"--from 的文件 {file} 有 {N(errors.Count)} 个错误，不能从它带入数据。请先修正（reportgen validate {file}）：");
            foreach (var error in errors.Take(ErrorsShown))
            {
                var place = error.DocumentPlace is { } where ? $"{error.File}: {where}" : $"{error.File}:{error.Line}:{error.Column}";
                message.Append('\n').Append(CultureInfo.InvariantCulture, $"  {place}: {error.RuleId}: {error.Message}");
            }

            if (errors.Count > ErrorsShown)
            {
                message.Append('\n').Append(CultureInfo.InvariantCulture, $"  ……另有 {N(errors.Count - ErrorsShown)} 个错误");
            }

            throw new CommandFailedException(message.ToString());
        }

        return result.Report;
    }

    /// <summary>
    /// The template goes through the real reader before it is written: only the blanks the clerk must fill
    /// (RG006) may be reported. Anything else is a bad --agency (the reader's own message says why).
    /// </summary>
    private static void CheckReadable(string text, string target)
    {
        var read = ReportReader.Read(target, Encoding.UTF8.GetBytes(text));
        var problems = read.Diagnostics.Where(d => d.IsError && d.RuleId != RuleCatalog.MissingKey.Id).ToList();
        if (read.Report is null || problems.Count > 0)
        {
            throw new CommandFailedException("无法生成模板：" + string.Join("；", problems.Select(p => p.Message)));
        }
    }

    private static void Report(CliEnvironment environment, Request request, string target, string path, int year, string agency, AnnualReport? last)
    {
        var error = environment.Error;
        error.WriteLine($"已生成 {target}（{N(year)} 年度{(agency.Length > 0 ? "，" + agency : "")}）。");
        if (last is not null)
        {
            var spec = FormatCatalog.RequestTable;
            var carried = string.Join(", ", spec.Applicants.Select(c => N(last.Requests.Value(spec.CarriedForward.Index, c.Index))));
            error.WriteLine($"已从 {request.From} 带入：机关信息、联系方式、小标题；{spec.CarriedOver.Label} [{carried}]；"
                + $"{FormatCatalog.ProactiveTable.InForce.Label}（规章 {N(last.Proactive.Regulations.InForce)}、行政规范性文件 {N(last.Proactive.NormativeDocuments.InForce)}，请按本年制发和废止更新）。");
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

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
