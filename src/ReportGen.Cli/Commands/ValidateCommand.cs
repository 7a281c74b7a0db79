using System.CommandLine;
using ReportGen.Cli.Output;
using ReportGen.Core.Pipeline;
using ReportGen.Core.Validation;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen validate</c>: check inputs against every rule, for clerks, CI and editors.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var inputs = CommonOptions.Inputs();
        var format = new Option<OutputFormat?>("--format", "-f")
        {
            Description = "输出格式：text（默认）、json、github（GitHub Actions 注释；GITHUB_ACTIONS=true 时默认）、sarif",
            HelpName = "text|json|github|sarif",
        };
        var previous = CommonOptions.Previous();
        var strict = CommonOptions.Strict();
        var jobs = CommonOptions.Jobs();

        var command = new Command("validate", "只校验，不生成报告（用于 CI 与编辑器）。")
        {
            inputs, format, previous, strict, jobs,
        }.WithExamples(
            "reportgen validate 2023.yaml",
            "reportgen validate 'bureaus/**/*.yaml' --format github",
            "reportgen validate 2024.yaml --previous 2023.yaml --strict",
            "cat 2023.yaml | reportgen validate - --format json");
        command.SetAction(parse =>
        {
            var started = environment.Time.GetTimestamp();
            var sources = CommonOptions.ResolveInputs(parse.GetValue(inputs)!, environment);
            var chosen = parse.GetValue(format) ?? (environment.GetVariable("GITHUB_ACTIONS") == "true" ? OutputFormat.GitHub : OutputFormat.Text);
            var results = ValidationRun.Run(sources, CommonOptions.Reader(environment), new ValidationRunOptions
            {
                Previous = CommonOptions.ReadPrevious(parse.GetValue(previous), environment),
                Strict = parse.GetValue(strict),
                Jobs = parse.GetValue(jobs),
                Validation = new ValidationOptions { Today = DateOnly.FromDateTime(environment.Time.GetLocalNow().DateTime) },
            });
            DiagnosticRenderer.For(chosen).Render(results, RunSummary.Of(results, 0, environment.Time.GetElapsedTime(started)), environment);
            return ExitCode(results);
        });
        return command;
    }

    public static int ExitCode(IReadOnlyList<FileResult> results) =>
        results.Any(r => r.IsUnreadable) ? ExitCodes.CannotRun
        : results.Any(r => r.HasErrors) ? ExitCodes.InvalidInput
        : ExitCodes.Success;
}
