using ReportGen.Core.Rendering;
using ReportGen.Core.Rendering.Docx;

namespace ReportGen.Cli;

/// <summary>
/// Everything a command touches outside itself: streams, environment variables, the working directory and
/// whether standard error is a terminal. Tests drive the CLI in-process by passing their own.
/// </summary>
public sealed class CliEnvironment
{
    public required TextWriter Out { get; init; }
    public required TextWriter Error { get; init; }
    public required Func<Stream> OpenStandardInput { get; init; }
    public required string CurrentDirectory { get; init; }
    public Func<string, string?> GetVariable { get; init; } = _ => null;
    public bool ErrorIsTerminal { get; init; }

    /// <summary>The clock, for validation dates and the summary's seconds; fixed in tests.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Makes the renderer <c>build</c> writes reports with; tests substitute one to inject failures.</summary>
    public Func<DocxOptions, IReportRenderer> CreateRenderer { get; init; } = options => new DocxReportRenderer(options);

    /// <summary>
    /// REPORTGEN_LANG=en: the command line's own words (usage errors, --help) in System.CommandLine's English,
    /// for maintainers who ask; never from the locale. Findings and the report stay Chinese.
    /// </summary>
    public bool English => GetVariable("REPORTGEN_LANG") is { } language && language.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    public bool UseColor => ErrorIsTerminal && string.IsNullOrEmpty(GetVariable("NO_COLOR"));

    public static CliEnvironment FromConsole() => new()
    {
        Out = Console.Out,
        Error = Console.Error,
        OpenStandardInput = Console.OpenStandardInput,
        CurrentDirectory = Directory.GetCurrentDirectory(),
        GetVariable = Environment.GetEnvironmentVariable,
        ErrorIsTerminal = !Console.IsErrorRedirected,
    };
}
