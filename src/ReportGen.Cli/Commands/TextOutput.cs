using System.Text;
using ReportGen.Core.Output;

namespace ReportGen.Cli.Commands;

/// <summary>
/// Writes a text file atomically (<see cref="AtomicFile"/>): a crash never leaves half a file. UTF-8 without
/// BOM, as written.
/// </summary>
internal static class TextOutput
{
    /// <summary>Standard output instead of a file.</summary>
    public const string StandardOutput = "-";

    /// <summary>Writes a new file; an existing file (an input, perhaps filled in by hand) is never replaced.</summary>
    public static void CreateNew(string path, string displayName, string text) => Write(path, displayName, text, replace: false);

    /// <summary>Writes a generated file, replacing an older one.</summary>
    public static void Replace(string path, string displayName, string text) => Write(path, displayName, text, replace: true);

    public static CommandFailedException AlreadyExists(string displayName) =>
        new($"{displayName} 已存在：不会覆盖已有的文件。请用 -o 指定另一个文件名，或先移走它。");

    private static void Write(string path, string displayName, string text, bool replace)
    {
        if (Directory.Exists(path))
        {
            throw new CommandFailedException($"{displayName} 是一个目录：请指定文件名，如 {Path.Combine(displayName, "2024.yaml")}。");
        }

        if (!replace && File.Exists(path))
        {
            throw AlreadyExists(displayName);
        }

        try
        {
            AtomicFile.CreateFolderFor(path, displayName);
            AtomicFile.Write(path, Encoding.UTF8.GetBytes(text), displayName, replace);
        }
        catch (OutputUnwritableException e)
        {
            throw new CommandFailedException(e.Message, ExitCodes.CannotRun, e);
        }
    }
}
