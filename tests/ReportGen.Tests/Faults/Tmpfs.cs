using System.Diagnostics;

namespace ReportGen.Tests.Faults;

/// <summary>A tmpfs of a few pages mounted on a new folder (so that messages show it by a short relative name), unmounted and removed afterwards.</summary>
public sealed class Tmpfs : IDisposable
{
    public Tmpfs(string mountPoint, int kilobytes)
    {
        Path = mountPoint;
        Directory.CreateDirectory(Path);
        Mount("-t", "tmpfs", "-o", $"size={kilobytes}k,mode=0755", "tmpfs", Path);
    }

    public string Path { get; }

    /// <summary>Remounts it read-only: writing fails with EROFS whoever you are.</summary>
    public void MakeReadOnly() => Mount("-o", "remount,ro", Path);

    /// <summary>Fills the rest of the space with a file, until the system says the disk is full.</summary>
    public void Fill()
    {
        using var filler = new FileStream(System.IO.Path.Combine(Path, "filler"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1);
        var page = new byte[4096];
        try
        {
            while (true)
            {
                filler.Write(page);
            }
        }
        catch (IOException e) when (Core.Output.AtomicFile.IsDiskFull(e))
        {
            // Full: exactly what the test wants.
        }
    }

    public void Dispose()
    {
        Run("umount", Path);
        Directory.Delete(Path);
    }

    private static void Mount(params string[] args)
    {
        var (code, error) = Run("mount", args);
        Assert.True(code == 0, $"mount {string.Join(' ', args)} failed ({code}): {error}. Set {MountFactAttribute.SkipVariable}=1 where mounting is not allowed.");
    }

    private static (int Code, string Error) Run(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error);
    }
}
