using System.CommandLine;
using ReportGen.Cli.Output;
using ReportGen.Core.Pipeline;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen validate</c>: check inputs against every rule, for clerks, CI and editors.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var inputs = CommonOptions.Inputs();
        var format = CommonOptions.Format();
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
            var chosen = CommonOptions.ChosenFormat(parse, format, environment);
            var options = CommonOptions.ValidationRunOptions(parse, environment, jobs, previous, strict);
            var results = ValidationRun.Run(sources, CommonOptions.Reader(environment), options);
            if (PreviousYearCheck.Unused(parse.GetValue(previous), options.Previous, results) is { } unused)
            {
                environment.Error.WriteLine("reportgen: " + unused);
            }

            DiagnosticRenderer.For(chosen).Render(results, RunSummary.Of(results, RunProduct.Nothing, 0, environment.Time.GetElapsedTime(started)), environment);
            return ExitCode(results);
        });
        return command;
    }

    public static int ExitCode(IReadOnlyList<FileResult> results) =>
        results.Any(r => r.IsUnreadable) ? ExitCodes.CannotRun
        : results.Any(r => r.HasErrors) ? ExitCodes.InvalidInput
        : ExitCodes.Success;
}
