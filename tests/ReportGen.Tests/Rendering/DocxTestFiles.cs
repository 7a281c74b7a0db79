using System.IO.Compression;
using System.Xml.Linq;
using ReportGen.Core.Model;
using ReportGen.Core.Reading;
using ReportGen.Core.Rendering.Docx;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Rendering;

/// <summary>Producing .docx files in tests (the CLI's build command is not needed for that) and opening them up.</summary>
public static class DocxTestFiles
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly Lazy<byte[]> SampleBytes = new(() => Write(SampleReport()));

    public static AnnualReport SampleReport()
    {
        var read = ReportReader.ReadFile(Repository.Sample);
        Assert.False(read.HasErrors, string.Join('\n', read.Diagnostics));
        return read.Report!;
    }

    /// <summary>The sample written once per test run (tests only read it).</summary>
    public static byte[] Sample => SampleBytes.Value;

    public static byte[] Write(AnnualReport report, DocxOptions? options = null)
    {
        using var output = new MemoryStream();
        DocxReportWriter.Write(report, output, options);
        return output.ToArray();
    }

    /// <summary>Every part of the package by its path, parsed.</summary>
    public static IReadOnlyDictionary<string, XDocument> Parts(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            return XDocument.Load(stream);
        }, StringComparer.Ordinal);
    }

    public static XDocument Part(byte[] docx, string path) => Parts(docx)[path];
}
