using System.Collections.Concurrent;
using ReportGen.Core.Model;

namespace ReportGen.Core.Rendering.Docx;

public sealed record DocxOptions
{
    public FontSet Fonts { get; init; } = FontSet.Default;

    /// <summary>The document's dates (docProps/core.xml); from SOURCE_DATE_EPOCH, else derived from the input, never the clock.</summary>
    public DateTimeOffset? Timestamp { get; init; }
}

/// <summary>Writes a valid report as an official-document .docx (GB/T 9704). Same input, same bytes.</summary>
public static class DocxReportWriter
{
    private static readonly ConcurrentDictionary<FontSet, IReadOnlyList<(string Name, byte[] Content)>> Skeletons = new();
    private static readonly ConcurrentDictionary<FontSet, BodyTemplates> Bodies = new();

    /// <summary>Builds the parts shared by every report in these fonts, and the body's templates, ahead of the first report.</summary>
    public static void Prepare(FontSet fonts)
    {
        Skeletons.GetOrAdd(fonts, PackageLayout.Entries);
        Bodies.GetOrAdd(fonts, f => new BodyTemplates(f));
        foreach (var table in ReportBody.AllTables)
        {
            BodyTemplates.Table(table);
        }
    }

    public static void Write(AnnualReport report, Stream output, DocxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        options ??= new DocxOptions();

        // Only the body and the document properties are the report's own: they are written straight into the
        // output zip (through System.IO.Packaging the body would be buffered in a large-object-heap array, and
        // in a batch every such array costs a full garbage collection). The body is copied from templates the
        // SDK serialised once (ElementBody gives the same bytes the slow way); the other parts are made once
        // per font set.
        using var body = new XmlBuffer();
        TemplateBody.Write(report, Bodies.GetOrAdd(options.Fonts, f => new BodyTemplates(f)), body);
        var date = CoreProperties.DocumentDate(report, options);
        DeterministicPackager.Write(
            Skeletons.GetOrAdd(options.Fonts, PackageLayout.Entries).Select(entry => (entry.Name, (Action<Stream>)(entry.Name switch
            {
                PackageLayout.MainDocumentEntry => stream => stream.Write(body.Written),
                PackageLayout.CorePropertiesEntry => stream => CoreProperties.Write(report, date, stream),
                _ => stream => stream.Write(entry.Content),
            }))),
            output);
    }
}
