using System.CommandLine;
using ReportGen.Cli.Output;
using ReportGen.Core.Importing;
using ReportGen.Core.Inputs;
using ReportGen.Core.Pipeline;
using ReportGen.Core.Reading;
using ReportGen.Core.Validation;

namespace ReportGen.Cli.Commands;

/// <summary>Arguments and options shared by several commands, defined once.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Inputs() => new("INPUT")
    {
        Description = "输入：YAML 文件、已发布的报告（.docx、.html 等）、目录（其下所有 YAML 和报告文件）、通配符（如 'bureaus/**/*.yaml'，由工具自己展开）或 -（标准输入）",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string?> Previous() => new("--previous")
    {
        Description = "上一年度的 YAML 文件，用于跨年度检查（上年结转、现行有效件数、内容雷同）",
        HelpName = "FILE",
    };

    public static Option<bool> Strict() => new("--strict")
    {
        Description = "把警告当作错误（退出码 1；build 时不生成有警告的报告）",
    };

    public static Option<int> Jobs() => new("--jobs", "-j")
    {
        Description = "并行处理的文件数（默认为 CPU 核数）",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        HelpName = "N",
    };

    public static Option<OutputFormat?> Format() => new("--format", "-f")
    {
        Description = "输出格式：text（默认）、json、github（GitHub Actions 注释；GITHUB_ACTIONS=true 时默认）、sarif",
        HelpName = "text|json|github|sarif",
    };

    /// <summary>The chosen --format, else github under GitHub Actions, else text.</summary>
    public static OutputFormat ChosenFormat(ParseResult parse, Option<OutputFormat?> format, CliEnvironment environment) =>
        parse.GetValue(format) ?? (environment.GetVariable("GITHUB_ACTIONS") == "true" ? OutputFormat.GitHub : OutputFormat.Text);

    /// <summary>Validation judged against today's date from the environment's clock.</summary>
    public static ValidationOptions ValidationOptions(CliEnvironment environment) =>
        new() { Today = DateOnly.FromDateTime(environment.Time.GetLocalNow().DateTime) };

    /// <summary>
    /// How every command that validates runs the validation, from its options: --jobs always, --previous and
    /// --strict where the command has them. Built here only.
    /// </summary>
    public static ValidationRunOptions ValidationRunOptions(
        ParseResult parse, CliEnvironment environment, Option<int> jobs, Option<string?>? previous = null, Option<bool>? strict = null) => new()
    {
        Previous = previous is null ? null : ReadPrevious(parse.GetValue(previous), environment),
        Strict = strict is not null && parse.GetValue(strict),
        Jobs = parse.GetValue(jobs),
        Validation = ValidationOptions(environment),
    };

    /// <summary>Expands INPUT arguments, turning "matches nothing" into exit code 2.</summary>
    public static IReadOnlyList<InputSource> ResolveInputs(string[] arguments, CliEnvironment environment)
    {
        try
        {
            return InputResolver.Resolve(arguments, environment.CurrentDirectory);
        }
        catch (InputNotFoundException e)
        {
            throw new CommandFailedException(e.Message, ExitCodes.CannotRun, e);
        }
    }

    /// <summary>A reader for inputs that knows where standard input comes from.</summary>
    public static Func<InputSource, ReadResult> Reader(CliEnvironment environment) => source =>
    {
        if (!source.IsStandardInput)
        {
            return DocumentInput.IsDocument(source.FullPath!)
                ? DocumentInput.Read(source.FullPath!, source.DisplayName)
                : ReportReader.ReadFile(source.FullPath!, source.DisplayName);
        }

        using var stdin = environment.OpenStandardInput();
        return ReportReader.ReadStream(source.DisplayName, stdin);
    };

    /// <summary>Reads the --previous file, which must be readable and valid YAML (exit 2 otherwise).</summary>
    public static ReadResult? ReadPrevious(string? path, CliEnvironment environment)
    {
        if (path is null)
        {
            return null;
        }

        try
        {
            var full = Path.GetFullPath(path, environment.CurrentDirectory);
            var result = ReportReader.ReadFile(full, path);
            if (result.Report is null)
            {
                throw new CommandFailedException($"{path}: 上一年度的文件无法解析（{(result.Diagnostics.Count > 0 ? result.Diagnostics[0].Message : "")}），请先修正它。");
            }

            return result;
        }
        catch (InputUnreadableException e)
        {
            throw new CommandFailedException(e.Message, ExitCodes.CannotRun, e);
        }
    }
}
