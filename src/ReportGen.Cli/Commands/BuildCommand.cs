using System.CommandLine;
using System.Globalization;
using ReportGen.Cli.Output;
using ReportGen.Core.Inputs;
using ReportGen.Core.Output;
using ReportGen.Core.Pipeline;
using ReportGen.Core.Rendering;
using ReportGen.Core.Rendering.Docx;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen build</c>: validate each input, then write its .docx report; an input with errors gets none.</summary>
internal static class BuildCommand
{
    private const string Help =
        "校验每个输入，并为没有错误的输入生成 .docx 报告（<文件名>.docx，放在输入文件旁边，或 -o 指定的文件夹中）。\n" +
        "有错误的输入不生成报告，其余照常生成。两个输入会生成同一个输出文件时（如 a/2023.yaml 和 b/2023.yaml 用同一个 -o），\n" +
        "在写任何文件之前拒绝并说明。从标准输入（-）读入时，报告名为 report.docx（-o 文件夹或当前文件夹中），\n" +
        "或用 -o 报告.docx 直接指定文件名（只有一个输入时）。设置 SOURCE_DATE_EPOCH 时，文档日期取该时间。\n" +
        "用 --to 同时生成网页（.html，含图解）、PDF（由 LibreOffice 转换）或图解（.svg），规则与 .docx 相同。\n" +
        "输入也可以是已发布的报告（.docx、.pdf、.html、.txt），先导入再校验和生成。";

    public static Command Create(CliEnvironment environment)
    {
        var inputs = CommonOptions.Inputs();
        var output = new Option<string?>("--output", "-o")
        {
            Description = "输出文件夹（不存在时创建）；只有一个输入时也可以是 .docx 文件名。省略时报告放在输入文件旁边",
            HelpName = "DIR",
        };
        var previous = CommonOptions.Previous();
        var strict = CommonOptions.Strict();
        var jobs = CommonOptions.Jobs();
        var format = CommonOptions.Format();
        var fonts = new Option<string[]>("--font")
        {
            Description = "替换报告的字体（可重复），用于没有公文字体的电脑。角色：" + string.Join("、", FontSet.Roles),
            HelpName = "ROLE=NAME",
            Arity = ArgumentArity.ZeroOrMore,
        };

        var to = new Option<string>("--to")
        {
            Description = "生成哪些文件，逗号分隔（默认 docx）：" + string.Join("、", OutputKinds.Names) +
                "。html 是网站发布用的网页（含图解），pdf 由 LibreOffice 从 .docx 转换，svg 是图解",
            HelpName = string.Join(",", OutputKinds.Names),
            DefaultValueFactory = _ => OutputKinds.Docx,
        };
        var pdfA = new Option<bool>("--pdf-a") { Description = "PDF 存为 PDF/A-2b（归档用）" };

        var command = new Command("build", Help)
        {
            inputs, output, previous, strict, jobs, format, fonts, to, pdfA,
        }.WithExamples(
            "reportgen build 2023.yaml",
            "reportgen build 2023.yaml -o 石拐区商务和科技局2023年报告.docx",
            "reportgen build 'bureaus/**/*.yaml' -o out/",
            "reportgen build 2024.yaml --previous 2023.yaml --strict",
            "reportgen build 2024.yaml --to docx,html,pdf",
            "reportgen build bureaus/ -o site/ --to html",
            "reportgen build bureaus/ -o out/ --font title=\"Noto Serif CJK SC\" --font body=FangSong",
            "cat 2023.yaml | reportgen build - -o out/");
        command.SetAction(parse =>
        {
            var started = environment.Time.GetTimestamp();
            var sources = CommonOptions.ResolveInputs(parse.GetValue(inputs)!, environment);
            var chosen = CommonOptions.ChosenFormat(parse, format, environment);
            var renderers = Renderers(parse.GetValue(to) ?? OutputKinds.Docx, new OutputOptions
            {
                Docx = new DocxOptions
                {
                    Fonts = Fonts(parse.GetValue(fonts) ?? []),
                    Timestamp = SourceDateEpoch(environment),
                },
                PdfA = parse.GetValue(pdfA),
                Soffice = environment.GetVariable("REPORTGEN_SOFFICE"),
            }, environment);
            var previousPath = parse.GetValue(previous);
            var previousRead = CommonOptions.ReadPrevious(previousPath, environment);
            var progress = new BuildProgress(environment, sources.Count, chosen);
            IReadOnlyList<BuildFileResult> results;
            try
            {
                results = BuildRun.Run(sources, CommonOptions.Reader(environment), new BuildRunOptions
                {
                    Renderers = renderers,
                    Target = Target(parse.GetValue(output), renderers[0].Extension, environment),
                    CurrentDirectory = environment.CurrentDirectory,
                    Validation = CommonOptions.ValidationRunOptions(parse, environment, jobs, strict: strict) with { Previous = previousRead },
                    PreviousPath = previousPath is null ? null : Path.GetFullPath(previousPath, environment.CurrentDirectory),
                    FileDone = progress.FileDone,
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
            finally
            {
                progress.Finish();
            }

            var validations = results.Select(r => r.Validation).ToList();
            if (PreviousYearCheck.Unused(previousPath, previousRead, validations) is { } unused)
            {
                environment.Error.WriteLine("reportgen: " + unused);
            }

            var failures = results.Count(r => r.WriteFailed);
            var counted = RunSummary.Of(validations, RunProduct.Reports, results.Count(r => r.Written), environment.Time.GetElapsedTime(started));
            var summary = counted with { Errors = counted.Errors + failures, Reports = results.ToDictionary(r => r.Source) };
            DiagnosticRenderer.For(chosen).Render(validations, summary, environment);
            return failures > 0 ? ExitCodes.CannotRun : ValidateCommand.ExitCode(validations);
        });
        return command;
    }

    /// <summary>--to: one renderer per kind, from the registry; the .docx through the environment (so tests can inject one).</summary>
    private static IReadOnlyList<IReportRenderer> Renderers(string list, OutputOptions options, CliEnvironment environment)
    {
        var kinds = OutputKinds.Parse(list, out var unknown)
            ?? throw new CommandFailedException($"--to {list}：没有“{unknown}”这种输出。可选：{string.Join("、", OutputKinds.Names)}，用逗号分隔，如 --to docx,html。");
        try
        {
            return [.. kinds.Select(kind => kind == OutputKinds.Docx ? environment.CreateRenderer(options.Docx) : OutputKinds.Create(kind, options))];
        }
        catch (LibreOfficeMissingException e)
        {
            throw new CommandFailedException(e.Message, ExitCodes.CannotRun, e);
        }
    }

    /// <summary>-o: a folder, or (ending in .docx and not an existing folder) the one report's file name.</summary>
    private static BuildTarget Target(string? output, string extension, CliEnvironment environment)
    {
        if (string.IsNullOrEmpty(output))
        {
            return BuildTarget.NextToInputs;
        }

        var full = Path.GetFullPath(output, environment.CurrentDirectory);
        return output.EndsWith(extension, StringComparison.OrdinalIgnoreCase) && !Directory.Exists(full)
            ? BuildTarget.IntoFile(full)
            : BuildTarget.IntoFolder(full);
    }

    /// <summary>--font ROLE=NAME, repeatable, over the default fonts.</summary>
    public static FontSet Fonts(IEnumerable<string> assignments)
    {
        var fonts = FontSet.Default;
        foreach (var assignment in assignments)
        {
            var equals = assignment.IndexOf('=', StringComparison.Ordinal);
            var role = equals < 0 ? assignment : assignment[..equals].Trim();
            var name = equals < 0 ? "" : assignment[(equals + 1)..].Trim();
            if (name.Length == 0)
            {
                throw new CommandFailedException($"--font {assignment}：应写成 角色=字体名，如 --font body=FangSong。角色有：{string.Join("、", FontSet.Roles)}。");
            }

            fonts = fonts.With(role, name)
                ?? throw new CommandFailedException($"--font {assignment}：没有“{role}”这个角色。角色有：{string.Join("、", FontSet.Roles)}。");
        }

        return fonts;
    }

    /// <summary>SOURCE_DATE_EPOCH (reproducible builds): the document's date; unset, the writer derives one from the input.</summary>
    public static DateTimeOffset? SourceDateEpoch(CliEnvironment environment)
    {
        var value = environment.GetVariable("SOURCE_DATE_EPOCH");
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return long.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : throw new CommandFailedException($"环境变量 SOURCE_DATE_EPOCH 应是自 1970-01-01 起的秒数（非负整数），实际是“{value}”。");
    }
}
