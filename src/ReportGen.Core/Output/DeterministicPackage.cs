using System.IO.Compression;

namespace ReportGen.Core.Output;

/// <summary>
/// Rewrites an Open XML package (a zip) so that the same content gives the same bytes: System.IO.Packaging
/// stamps every entry with the clock, so the entries are copied in a fixed order ([Content_Types].xml
/// first, then by name) with the zip format's earliest date (1980-01-01) and a fixed compression level.
/// </summary>
public static class DeterministicPackage
{
    public const string ContentTypesEntry = "[Content_Types].xml";

    /// <summary>The zip format's earliest date, the conventional "no date" of reproducible archives.</summary>
    public static readonly DateTimeOffset EntryTimestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Normalize(Stream package, Stream output)
    {
        ArgumentNullException.ThrowIfNull(package);
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var entries = source.Entries
            .OrderBy(e => e.FullName == ContentTypesEntry ? 0 : 1)
            .ThenBy(e => e.FullName, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = EntryTimestamp;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
