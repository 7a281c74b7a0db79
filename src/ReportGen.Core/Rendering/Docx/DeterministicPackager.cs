using System.IO.Compression;

namespace ReportGen.Core.Rendering.Docx;

/// <summary>
/// Re-zips a package so that the same content gives the same bytes: [Content_Types].xml first (some readers
/// want it there), the other entries in ordinal order, every timestamp 1980-01-01.
/// </summary>
internal static class DeterministicPackager
{
    private const string ContentTypes = "[Content_Types].xml";
    private const int RegularFile = 0x81A4; // S_IFREG | 0644
    private static readonly DateTimeOffset ZipEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Repack(Stream package, Stream output)
    {
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var entries = source.Entries
            .OrderBy(e => e.FullName == ContentTypes ? 0 : 1)
            .ThenBy(e => e.FullName, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = ZipEpoch;
            // A regular file, rw-r--r--, whatever the machine: unzip on Unix otherwise restores no permissions.
            copy.ExternalAttributes = RegularFile << 16;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
