using System.Text;
using ReportGen.Cli;
using ReportGen.Core.Rendering;
using ReportGen.Core.Rendering.Docx;

namespace ReportGen.Tests.Support;

public sealed record CliResult(int ExitCode, string Out, string Error);

/// <summary>Drives the real command line in-process, with its own streams, directory and environment.</summary>
public static class CliRunner
{
    public static async Task<CliResult> RunAsync(
        string[] args,
        string? currentDirectory = null,
        byte[]? standardInput = null,
        IReadOnlyDictionary<string, string>? variables = null,
        bool errorIsTerminal = false,
        TimeProvider? time = null,
        Func<DocxOptions, IReportRenderer>? renderer = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        // Like a real pipe, standard input can be read once: a second opening finds it at its end.
        var stdinOpened = 0;
        var environment = new CliEnvironment
        {
            Out = output,
            Error = error,
            OpenStandardInput = () => new MemoryStream(Interlocked.Exchange(ref stdinOpened, 1) == 0 ? standardInput ?? [] : []),
            CurrentDirectory = currentDirectory ?? Repository.Root,
            GetVariable = name => variables is not null && variables.TryGetValue(name, out var v) ? v : null,
            ErrorIsTerminal = errorIsTerminal,
            Time = time ?? TimeProvider.System,
            CreateRenderer = renderer ?? (options => new DocxReportRenderer(options)),
        };

        var code = await ReportGenApp.RunAsync(args, environment);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(args, currentDirectory: null);
}

/// <summary>A temporary folder deleted after the test.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reportgen-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relative, string content)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content, new UTF8Encoding(false));
        return full;
    }

    public string Write(string relative, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
