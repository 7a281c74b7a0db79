using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ReportGen.Core.Packaging;

/// <summary>One entry of a package, already deflated: shared parts are compressed once, not once per report.</summary>
internal sealed record PackageEntry(string Name, uint Crc32, long Length, byte[] Deflated)
{
    public static PackageEntry Compress(string name, ReadOnlySpan<byte> content)
    {
        using var deflated = new MemoryStream();
        // Fastest, not Optimal: compressing dominated rendering (bench/README.md has the figures).
        using (var deflate = new DeflateStream(deflated, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(content);
        }

        return new PackageEntry(name, System.IO.Hashing.Crc32.HashToUInt32(content), content.Length, deflated.ToArray());
    }
}

/// <summary>
/// Writes packages (.docx, .xlsx) as zips whose bytes depend on their content only: [Content_Types].xml first
/// (some readers want it there), the other entries in ordinal order, every timestamp 1980-01-01, every entry a
/// regular rw-r--r-- file made by "Unix", whatever the machine. (System.IO.Compression's writer records the
/// operating system it runs on, so the same report differed between Windows and Linux.)
/// </summary>
internal static class DeterministicPackager
{
    /// <summary>The package part that names every other part's type (OPC).</summary>
    public const string ContentTypesEntry = "[Content_Types].xml";

    // APPNOTE.TXT 4.4: version 2.0 (deflate), made by Unix (3), so that the external attributes are Unix modes.
    private const ushort VersionNeeded = 20;
    private const ushort VersionMadeBy = (3 << 8) | VersionNeeded;
    private const ushort Deflated = 8;
    private const ushort DosDate1980 = (0 << 9) | (1 << 5) | 1; // 1980-01-01; the time is 00:00:00 (0)
    private const uint RegularFile = 0x81A4u << 16; // S_IFREG | 0644: unzip on Unix otherwise restores no permissions

    /// <summary>Copies <paramref name="package"/> to <paramref name="output"/>, entries in the fixed order.</summary>
    public static void Repack(Stream package, Stream output) =>
        Write(Entries(package).Select(e => PackageEntry.Compress(e.Name, e.Content)), output);

    /// <summary>The entries of a package in the fixed order ([Content_Types].xml first, then by name), with their content.</summary>
    public static IReadOnlyList<(string Name, byte[] Content)> Entries(Stream package)
    {
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        return InPackageOrder(source.Entries.Select(e =>
        {
            using var from = e.Open();
            using var content = new MemoryStream();
            from.CopyTo(content);
            return (e.FullName, content.ToArray());
        }));
    }

    /// <summary>Entries in the fixed order: [Content_Types].xml first, then by name.</summary>
    public static IReadOnlyList<(string Name, byte[] Content)> InPackageOrder(IEnumerable<(string Name, byte[] Content)> entries) =>
        [.. entries.OrderBy(e => e.Name == ContentTypesEntry ? 0 : 1).ThenBy(e => e.Name, StringComparer.Ordinal)];

    /// <summary>Writes a zip of the given entries, in the given order.</summary>
    public static void Write(IEnumerable<PackageEntry> entries, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var written = new List<(PackageEntry Entry, byte[] Name, uint Offset)>();
        long offset = 0;
        foreach (var entry in entries)
        {
            var name = Encoding.UTF8.GetBytes(entry.Name);
            var header = new byte[30];
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034B50);
            Common(header.AsSpan(4), entry, name);
            output.Write(header);
            output.Write(name);
            output.Write(entry.Deflated);
            written.Add((entry, name, Zip32(offset)));
            offset += header.Length + name.Length + entry.Deflated.Length;
        }

        var directoryStart = offset;
        foreach (var (entry, name, entryOffset) in written)
        {
            var header = new byte[46];
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x02014B50);
            BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(4), VersionMadeBy);
            Common(header.AsSpan(6), entry, name);
            // comment length, disk number, internal attributes: 0
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(38), RegularFile);
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(42), entryOffset);
            output.Write(header);
            output.Write(name);
            offset += header.Length + name.Length;
        }

        var end = new byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054B50);
        var count = checked((ushort)written.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(8), count);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(10), count);
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(12), Zip32(offset - directoryStart));
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(16), Zip32(directoryStart));
        output.Write(end);
    }

    /// <summary>The fields the local header and the central directory share, from "version needed" to "extra length".</summary>
    private static void Common(Span<byte> at, PackageEntry entry, byte[] name)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(at, VersionNeeded);
        // Flags: bit 11 says the name is UTF-8 (part names are ASCII, but say so if one is not).
        BinaryPrimitives.WriteUInt16LittleEndian(at[2..], (ushort)(name.Length == entry.Name.Length ? 0 : 1 << 11));
        BinaryPrimitives.WriteUInt16LittleEndian(at[4..], Deflated);
        BinaryPrimitives.WriteUInt16LittleEndian(at[6..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(at[8..], DosDate1980);
        BinaryPrimitives.WriteUInt32LittleEndian(at[10..], entry.Crc32);
        BinaryPrimitives.WriteUInt32LittleEndian(at[14..], Zip32(entry.Deflated.Length));
        BinaryPrimitives.WriteUInt32LittleEndian(at[18..], Zip32(entry.Length));
        BinaryPrimitives.WriteUInt16LittleEndian(at[22..], checked((ushort)name.Length));
        BinaryPrimitives.WriteUInt16LittleEndian(at[24..], 0);
    }

    /// <summary>A size or offset of a zip without Zip64 extensions; a report or a summary is far below 4 GiB.</summary>
    private static uint Zip32(long value) =>
        value is >= 0 and < uint.MaxValue ? (uint)value : throw new InvalidOperationException("the package is too large for a zip without Zip64");
}
