using System.Runtime.InteropServices;

namespace ReportGen.Core.Output;

/// <summary>
/// Makes the renames in a folder durable: on Unix a file's new name is only on disk once its folder is
/// flushed (fsync of the directory), so without this a power cut right after "done" could bring back the
/// old report or none. Windows (NTFS) journals the rename itself; there is nothing to do.
/// </summary>
internal static partial class FolderSync
{
    /// <summary>Best effort: a folder that cannot be flushed (a file system without directory fsync) is left as it is.</summary>
    public static void Flush(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // O_RDONLY opens a directory on Linux and macOS alike (O_DIRECTORY's value differs between them).
        var descriptor = Open(folder, 0);
        if (descriptor < 0)
        {
            return;
        }

        _ = FSync(descriptor);
        _ = Close(descriptor);
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync")]
    private static partial int FSync(int descriptor);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int descriptor);
}
