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

    /// <summary>
    /// Copies <paramref name="package"/> to <paramref name="output"/>; an entry named in
    /// <paramref name="contents"/> is written by its function instead of copied (for large parts that are
    /// cheaper to serialise straight into the output than to buffer in the package).
    /// </summary>
    public static void Repack(Stream package, Stream output, IReadOnlyDictionary<string, Action<Stream>>? contents = null)
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
            using var to = copy.Open();
            if (contents is not null && contents.TryGetValue(entry.FullName, out var write))
            {
                write(to);
                continue;
            }

            using var from = entry.Open();
            from.CopyTo(to);
        }
    }
}
