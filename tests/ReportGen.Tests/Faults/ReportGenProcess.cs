using System.Diagnostics;
using System.Text;

namespace ReportGen.Tests.Faults;

/// <summary>
/// The real <c>reportgen</c> as a child process, for what an in-process run cannot show: being killed, and two
/// processes racing for one file. The test project references the CLI, so <c>reportgen.dll</c> sits next to
/// the test assembly; it runs on <c>DOTNET_HOST_PATH</c> (the dotnet that runs the tests) or else <c>dotnet</c>.
/// Its output is read from the start, so a full pipe never stalls it.
/// </summary>
public sealed class ReportGenProcess : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);
    private readonly Process _process;
    private readonly Task<string> _out;
    private readonly Task<string> _error;

    private ReportGenProcess(Process process)
    {
        _process = process;
        _out = process.StandardOutput.ReadToEndAsync();
        _error = process.StandardError.ReadToEndAsync();
    }

    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "reportgen.dll");

    public static string Host =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    public bool HasExited => _process.HasExited;

    public static ReportGenProcess Start(string workingDirectory, params string[] args) => Start(workingDirectory, null, args);

    /// <summary>Starts it with some environment variables set (a locale, say) on top of the test's own.</summary>
    public static ReportGenProcess Start(string workingDirectory, IReadOnlyDictionary<string, string>? variables, params string[] args)
    {
        Assert.True(File.Exists(Dll), $"reportgen.dll is not next to the test assembly: {Dll}");
        var start = new ProcessStartInfo(Host)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The reports must be the bytes an in-process render of the same input gives: no date from outside.
        start.Environment.Remove("SOURCE_DATE_EPOCH");
        start.Environment.Remove("GITHUB_ACTIONS");
        foreach (var (name, value) in variables ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        process.StandardInput.Close();
        return new ReportGenProcess(process);
    }

    public static Task<ChildResult> RunAsync(string workingDirectory, params string[] args) => RunAsync(workingDirectory, null, args);

    public static async Task<ChildResult> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? variables, params string[] args)
    {
        using var process = Start(workingDirectory, variables, args);
        return await process.FinishAsync();
    }

    /// <summary>Kills it with all its children, as a closed terminal or a task manager would, and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync().WaitAsync(Timeout);
    }

    /// <summary>Waits for it (bounded, so a hang fails the test instead of stalling CI) and returns what it printed.</summary>
    public async Task<ChildResult> FinishAsync()
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(Timeout);
        }
        catch (TimeoutException)
        {
            _process.Kill(entireProcessTree: true);
            throw;
        }

        return new ChildResult(_process.ExitCode, await _out, await _error);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}

public sealed record ChildResult(int ExitCode, string Out, string Error);
