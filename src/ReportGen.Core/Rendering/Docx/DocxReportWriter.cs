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

    public static void Write(AnnualReport report, Stream output, DocxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        options ??= new DocxOptions();

        // The body (about 150 KB of XML) is not put through the package: System.IO.Packaging would buffer it
        // in a large-object-heap array, and in a batch every such array costs a full garbage collection. It is
        // serialised straight into the final zip entry instead (the same XML the part would hold).
        var body = new Document(Body(report, options.Fonts));
        using var package = new MemoryStream();
        using (var document = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            // Every part gets an explicit relationship id: generated ids are random.
            var main = document.AddNewPart<MainDocumentPart>(MainContentType, "rId1");
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = StyleSheet.Styles(options.Fonts);
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = PageSetup.Settings();
            main.AddNewPart<FontTablePart>("rIdFonts").Fonts = StyleSheet.FontTable(options.Fonts);
            main.AddNewPart<FooterPart>(PageSetup.OddFooterId).Footer = PageSetup.Footer(options.Fonts, oddPage: true);
            main.AddNewPart<FooterPart>(PageSetup.EvenFooterId).Footer = PageSetup.Footer(options.Fonts, oddPage: false);

            var core = document.AddNewPart<CoreFilePropertiesPart>("rId2");
            using var coreStream = core.GetStream(FileMode.Create, FileAccess.Write);
            CoreProperties.Write(report, CoreProperties.DocumentDate(report, options), coreStream);
        }

        package.Position = 0;
        DeterministicPackager.Repack(package, output, new Dictionary<string, Action<Stream>>
        {
            [MainDocumentEntry] = body.Save,
        });
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
