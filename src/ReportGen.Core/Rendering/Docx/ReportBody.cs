using System.Collections.Concurrent;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Core.Format;
using ReportGen.Core.Model;

namespace ReportGen.Core.Rendering.Docx;

/// <summary>The kinds of thing a report's body is made of, in the order <see cref="ReportBody.Compose"/> gives them.</summary>
internal interface IBodyParts
{
    void Title(IReadOnlyList<string> lines);

    void Paragraph(string text);

    void Heading(ReportSection section);

    void SubHeading(string numberedHeading);

    void Table(TableDesign table, AnnualReport report);

    /// <summary>The 落款: the agency, over the date when there is one (RG115 warns when there is not).</summary>
    void Signature(string agency, DateOnly? date);
}

/// <summary>What a report's body holds and in which order: the one place that decides it, whoever writes the XML.</summary>
internal static class ReportBody
{
    private static readonly TableDesign[] Tables = [ProactiveTableBuilder.Design, RequestTableBuilder.Design, ReviewTableBuilder.Design];

    /// <summary>Every table of the format, for building their templates ahead of the first report.</summary>
    public static IReadOnlyList<TableDesign> AllTables => Tables;

    public static void Compose(AnnualReport report, IBodyParts body)
    {
        body.Title(TitleLines.Break(report.EffectiveTitle, report.Agency, report.Year));
        foreach (var paragraph in PrefaceText.Paragraphs(report))
        {
            body.Paragraph(paragraph);
        }

        var content = new Dictionary<ReportSection, Action>
        {
            [FormatCatalog.Overview] = () => Prose(report.Overview, body),
            [FormatCatalog.Proactive] = () => body.Table(ProactiveTableBuilder.Design, report),
            [FormatCatalog.Requests] = () => body.Table(RequestTableBuilder.Design, report),
            [FormatCatalog.Reviews] = () => body.Table(ReviewTableBuilder.Design, report),
            [FormatCatalog.Problems] = () => Prose(report.Problems, body),
            [FormatCatalog.OtherMatters] = () => Prose(report.OtherMatters, body),
        };
        foreach (var section in FormatCatalog.Sections)
        {
            body.Heading(section);
            content[section]();
        }

        body.Signature(report.Agency, report.PublishDate);
    }

    /// <summary>Prose sub-sections: headed ones numbered （一）（二）… in order, then their paragraphs.</summary>
    private static void Prose(IReadOnlyList<ProseSection> sections, IBodyParts body)
    {
        var number = 0;
        foreach (var section in sections)
        {
            if (!string.IsNullOrWhiteSpace(section.Heading))
            {
                body.SubHeading(FormatCatalog.SubHeadingNumber(++number) + section.Heading);
            }

            foreach (var paragraph in section.Paragraphs)
            {
                body.Paragraph(paragraph);
            }
        }
    }
}

/// <summary>The body as Open XML elements: the reference that <see cref="TemplateBody"/> reproduces byte for byte.</summary>
internal sealed class ElementBody(FontSet fonts) : IBodyParts
{
    private readonly ProseWriter _prose = new(fonts);
    private readonly Body _body = new();

    public static Document Build(AnnualReport report, FontSet fonts)
    {
        var body = new ElementBody(fonts);
        ReportBody.Compose(report, body);
        body._body.Append(PageSetup.Section());
        return new Document(body._body);
    }

    public void Title(IReadOnlyList<string> lines) => _body.Append(_prose.Title(lines));

    public void Paragraph(string text) => _body.Append(_prose.Body(text));

    public void Heading(ReportSection section) => _body.Append(_prose.Heading(section));

    public void SubHeading(string numberedHeading) => _body.Append(_prose.SubHeading(numberedHeading));

    public void Table(TableDesign table, AnnualReport report) => _body.Append(table.Build(report));

    public void Signature(string agency, DateOnly? date) => _body.Append(_prose.Signature(agency, date));
}

/// <summary>
/// The body written from <see cref="BodyTemplates"/>: the same bytes as <see cref="ElementBody"/>'s document,
/// without building its elements for every report.
/// </summary>
internal sealed class TemplateBody(BodyTemplates templates, XmlBuffer output) : IBodyParts
{
    public static void Write(AnnualReport report, BodyTemplates templates, XmlBuffer output)
    {
        output.Append(templates.Start);
        ReportBody.Compose(report, new TemplateBody(templates, output));
        output.Append(templates.End);
    }

    public void Title(IReadOnlyList<string> lines) => templates.Title(lines.Count).Write(output, [.. lines]);

    public void Paragraph(string text) =>
        (ChineseText.HasLongLatinWord(text) ? templates.FlushLeftParagraph : templates.Paragraph).Write(output, text);

    public void Heading(ReportSection section) => output.Append(templates.Heading(section));

    public void SubHeading(string numberedHeading) => templates.SubHeading.Write(output, numberedHeading);

    public void Table(TableDesign table, AnnualReport report) => BodyTemplates.Table(table).Write(output, report);

    // Once per report, with a computed indent: not worth a template.
    public void Signature(string agency, DateOnly? date)
    {
        foreach (var paragraph in BodyXml.Serialize([.. templates.Prose.Signature(agency, date)]).Elements)
        {
            output.Append(paragraph);
        }
    }
}

/// <summary>The pieces <see cref="TemplateBody"/> copies, serialised by the SDK from <see cref="ProseWriter"/> and the table builders once per font set.</summary>
internal sealed class BodyTemplates
{
    private static readonly OnceCache<TableDesign, CompiledTable> Tables = new(design => new CompiledTable(design));

    private readonly Dictionary<ReportSection, byte[]> _headings;
    private readonly ConcurrentDictionary<int, XmlTemplate> _titles = new();

    public BodyTemplates(FontSet fonts)
    {
        Prose = new ProseWriter(fonts);
        var sections = FormatCatalog.Sections;
        var (start, elements, end) = BodyXml.Serialize(
        [
            Prose.Body(XmlTemplate.TextHole, flushLeft: false),
            Prose.SubHeading(XmlTemplate.TextHole),
            PageSetup.Section(),
            Prose.Body(XmlTemplate.TextHole, flushLeft: true),
            .. sections.Select(Prose.Heading),
        ]);
        Start = start;
        Paragraph = XmlTemplate.CutAtText(elements[0]);
        SubHeading = XmlTemplate.CutAtText(elements[1]);
        End = [.. elements[2], .. end];
        FlushLeftParagraph = XmlTemplate.CutAtText(elements[3]);
        _headings = sections.Select((section, i) => (section, elements[4 + i])).ToDictionary(p => p.section, p => p.Item2);
    }

    public ProseWriter Prose { get; }

    /// <summary>The XML declaration, <c>w:document</c> and <c>w:body</c> start tags.</summary>
    public byte[] Start { get; }

    /// <summary>The section properties and the end tags.</summary>
    public byte[] End { get; }

    public XmlTemplate Paragraph { get; }

    /// <summary>A body paragraph set flush left (<see cref="ProseWriter.Body(string)"/> says when).</summary>
    public XmlTemplate FlushLeftParagraph { get; }

    public XmlTemplate SubHeading { get; }

    public byte[] Heading(ReportSection section) => _headings[section];

    /// <summary>The title paragraph of so many lines, a hole for each.</summary>
    public XmlTemplate Title(int lines) =>
        _titles.GetOrAdd(lines, n => XmlTemplate.CutAtText(BodyXml.Serialize(Prose.Title([.. Enumerable.Repeat(XmlTemplate.TextHole, n)]))));

    /// <summary>A table's template; tables take no fonts of their own (their styles do), so one serves every font set.</summary>
    public static CompiledTable Table(TableDesign design) => Tables.Get(design);
}
