using ReportGen.Core.Model;
using ReportGen.Core.Packaging;

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
    private static readonly OnceCache<FontSet, IReadOnlyList<PackageEntry>> Skeletons = new(Skeleton);
    private static readonly OnceCache<FontSet, BodyTemplates> Bodies = new(fonts => new BodyTemplates(fonts));

    /// <summary>Builds the parts shared by every report in these fonts, and the body's templates, ahead of the first report.</summary>
    public static void Prepare(FontSet fonts)
    {
        // In the order Write needs them, so that a report arriving early waits the least.
        Bodies.Get(fonts);
        foreach (var table in ReportBody.AllTables)
        {
            BodyTemplates.Table(table);
        }

        Skeletons.Get(fonts);
    }

    public static void Write(AnnualReport report, Stream output, DocxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        options ??= new DocxOptions();

        // Only the body and the document properties are the report's own; the other parts are made and
        // compressed once per font set. The body is copied from templates the SDK serialised once (ElementBody
        // gives the same bytes the slow way) into a pooled buffer: a fresh array of a body's size would be on the
        // large-object heap (85,000 bytes and up), and in a batch every such array costs a full garbage collection.
        using var body = new XmlBuffer();
        TemplateBody.Write(report, Bodies.Get(options.Fonts), body);
        using var core = new MemoryStream();
        CoreProperties.Write(report, CoreProperties.DocumentDate(report, options), core);
        DeterministicPackager.Write(
            Skeletons.Get(options.Fonts).Select(entry => entry.Name switch
            {
                PackageLayout.MainDocumentEntry => PackageEntry.Compress(entry.Name, body.Written),
                PackageLayout.CorePropertiesEntry => PackageEntry.Compress(entry.Name, core.GetBuffer().AsSpan(0, (int)core.Length)),
                _ => entry,
            }),
            output);
    }

    /// <summary>The package's entries in order, those shared by every report in these fonts compressed once.</summary>
    private static IReadOnlyList<PackageEntry> Skeleton(FontSet fonts) =>
        [.. PackageLayout.Entries(fonts).Select(e => PackageEntry.Compress(e.Name, e.Content))];
}
