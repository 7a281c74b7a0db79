using System.Collections.Concurrent;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Core.Format;
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
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string MainDocumentEntry = "word/document.xml";
    private const string CorePropertiesEntry = "docProps/core.xml";

    private static readonly ConcurrentDictionary<FontSet, IReadOnlyList<(string Name, byte[] Content)>> Skeletons = new();

    /// <summary>Builds the parts shared by every report in these fonts ahead of the first report.</summary>
    public static void Prepare(FontSet fonts) => Skeletons.GetOrAdd(fonts, Skeleton);

    public static void Write(AnnualReport report, Stream output, DocxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        options ??= new DocxOptions();

        // Only the body and the document properties are the report's own: they are serialised straight into
        // the output zip (through System.IO.Packaging the body would be buffered in a large-object-heap array,
        // and in a batch every such array costs a full garbage collection). The other parts come from the
        // package made once per font set.
        var body = new Document(Body(report, options.Fonts));
        var date = CoreProperties.DocumentDate(report, options);
        DeterministicPackager.Write(
            Skeletons.GetOrAdd(options.Fonts, Skeleton).Select(entry => (entry.Name, (Action<Stream>)(entry.Name switch
            {
                MainDocumentEntry => body.Save,
                CorePropertiesEntry => stream => CoreProperties.Write(report, date, stream),
                _ => stream => stream.Write(entry.Content),
            }))),
            output);
    }

    /// <summary>
    /// The package without the body and document properties (empty entries): content types, relationships,
    /// styles, settings, font table and footers, which depend on the fonts only.
    /// </summary>
    private static IReadOnlyList<(string Name, byte[] Content)> Skeleton(FontSet fonts)
    {
        using var package = new MemoryStream();
        using (var document = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            // Every part gets an explicit relationship id: generated ids are random.
            var main = document.AddNewPart<MainDocumentPart>(MainContentType, "rId1");
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = StyleSheet.Styles(fonts);
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = PageSetup.Settings();
            main.AddNewPart<FontTablePart>("rIdFonts").Fonts = StyleSheet.FontTable(fonts);
            main.AddNewPart<FooterPart>(PageSetup.OddFooterId).Footer = PageSetup.Footer(fonts, oddPage: true);
            main.AddNewPart<FooterPart>(PageSetup.EvenFooterId).Footer = PageSetup.Footer(fonts, oddPage: false);
            using var core = document.AddNewPart<CoreFilePropertiesPart>("rId2").GetStream(FileMode.Create, FileAccess.Write);
        }

        package.Position = 0;
        var entries = DeterministicPackager.Entries(package);
        if (!entries.Any(e => e.Name == MainDocumentEntry) || !entries.Any(e => e.Name == CorePropertiesEntry))
        {
            throw new InvalidOperationException("the package has no " + MainDocumentEntry + " or " + CorePropertiesEntry);
        }

        return entries;
    }

    private static Body Body(AnnualReport report, FontSet fonts)
    {
        var prose = new ProseWriter(fonts);
        var body = new Body(prose.Title(TitleLines.Break(report.EffectiveTitle, report.Agency, report.Year)));
        body.Append(PrefaceText.Paragraphs(report).Select(prose.Body));

        var content = new Dictionary<ReportSection, Func<IEnumerable<OpenXmlElement>>>
        {
            [FormatCatalog.Overview] = () => prose.Sections(report.Overview),
            [FormatCatalog.Proactive] = () => [ProactiveTableBuilder.Build(report.Proactive)],
            [FormatCatalog.Requests] = () => [RequestTableBuilder.Build(report.Requests)],
            [FormatCatalog.Reviews] = () => [ReviewTableBuilder.Build(report.Reviews)],
            [FormatCatalog.Problems] = () => prose.Sections(report.Problems),
            [FormatCatalog.OtherMatters] = () => prose.Sections(report.OtherMatters),
        };
        foreach (var section in FormatCatalog.Sections)
        {
            body.Append(prose.Heading(section));
            body.Append(content[section]());
        }

        if (report.PublishDate is { } date)
        {
            body.Append(prose.Signature(report.Agency, date));
        }

        body.Append(PageSetup.Section());
        return body;
    }
}
