using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using ReportGen.Core.Packaging;
using ReportGen.Core.Rendering.Docx;

namespace ReportGen.Tests.Rendering;

/// <summary>
/// The .docx and .xlsx zips, read at the byte level against APPNOTE.TXT: System.IO.Compression's reader checks
/// neither the CRC nor the fields that make the bytes the same on every operating system.
/// </summary>
public class PackageZipTests
{
    [Fact]
    public void Every_entry_of_the_report_has_the_right_crc_sizes_and_fixed_fields()
    {
        var entries = ReadZip(DocxTestFiles.Sample);

        Assert.Equal(DocxTestFiles.Parts(DocxTestFiles.Sample).Keys.Order(StringComparer.Ordinal), entries.Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal("[Content_Types].xml", entries[0].Name);
        Assert.All(entries, e =>
        {
            Assert.Equal(Crc32Reference(e.Content), e.Crc);
            Assert.Equal((ushort)0x0314, e.VersionMadeBy); // Unix, 2.0: on Windows too
            Assert.Equal(0x81A4u, e.ExternalAttributes >> 16); // regular file, rw-r--r--
            Assert.Equal((ushort)0x0021, e.DosDate); // 1980-01-01
            Assert.Equal((ushort)0, e.DosTime);
        });
    }

    [Fact]
    public void Entries_are_written_in_the_given_order_with_their_content()
    {
        var content = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("政府信息公开 ", 5000)));
        using var output = new MemoryStream();
        DeterministicPackager.Write(
        [
            PackageEntry.Compress("[Content_Types].xml", "<Types/>"u8),
            PackageEntry.Compress("word/document.xml", content),
            PackageEntry.Compress("empty.xml", []),
        ], output);

        var entries = ReadZip(output.ToArray());

        Assert.Equal(["[Content_Types].xml", "word/document.xml", "empty.xml"], entries.Select(e => e.Name));
        Assert.Equal(content, entries[1].Content);
        Assert.Empty(entries[2].Content);
        Assert.All(entries, e => Assert.Equal(Crc32Reference(e.Content), e.Crc));
    }

    [Fact]
    public void The_summary_workbook_is_repacked_the_same_way()
    {
        using var output = new MemoryStream();
        Core.Summary.SummaryWorkbookWriter.Write(Core.Summary.JurisdictionSummary.Create([new("a.yaml", DocxTestFiles.SampleReport())]), output);

        var entries = ReadZip(output.ToArray());

        Assert.Equal("[Content_Types].xml", entries[0].Name);
        Assert.Equal(entries.Skip(1).Select(e => e.Name).Order(StringComparer.Ordinal), entries.Skip(1).Select(e => e.Name));
        Assert.All(entries, e => Assert.Equal(Crc32Reference(e.Content), e.Crc));
    }

    private sealed record RawEntry(string Name, byte[] Content, uint Crc, ushort VersionMadeBy, uint ExternalAttributes, ushort DosTime, ushort DosDate);

    /// <summary>Walks the central directory and each entry's local header, checking that they agree.</summary>
    private static List<RawEntry> ReadZip(byte[] zip)
    {
        var end = zip.Length - 22;
        Assert.Equal(0x06054B50u, U32(zip, end));
        var count = U16(zip, end + 10);
        var at = (int)U32(zip, end + 16);
        var entries = new List<RawEntry>();
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(0x02014B50u, U32(zip, at));
            var nameLength = U16(zip, at + 28);
            var name = Encoding.UTF8.GetString(zip, at + 46, nameLength);
            var local = (int)U32(zip, at + 42);
            Assert.Equal(0x04034B50u, U32(zip, local));
            // The local header repeats the central directory's fields from "version needed" to "name length".
            Assert.Equal(zip.AsSpan(at + 6, 24).ToArray(), zip.AsSpan(local + 4, 24).ToArray());
            Assert.Equal((ushort)8, U16(zip, local + 8)); // deflate
            var compressed = (int)U32(zip, local + 18);
            var data = local + 30 + U16(zip, local + 26) + U16(zip, local + 28);
            using var inflate = new DeflateStream(new MemoryStream(zip, data, compressed), CompressionMode.Decompress);
            using var content = new MemoryStream();
            inflate.CopyTo(content);
            Assert.Equal(U32(zip, local + 22), (uint)content.Length);
            entries.Add(new RawEntry(name, content.ToArray(), U32(zip, local + 14), U16(zip, at + 4), U32(zip, at + 38), U16(zip, local + 10), U16(zip, local + 12)));
            at += 46 + nameLength + U16(zip, at + 30) + U16(zip, at + 32);
        }

        return entries;
    }

    private static ushort U16(byte[] bytes, int at) => BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at));

    private static uint U32(byte[] bytes, int at) => BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at));

    /// <summary>CRC-32 (IEEE 802.3, reflected 0xEDB88320) bit by bit: independent of the library the writer uses.</summary>
    private static uint Crc32Reference(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
