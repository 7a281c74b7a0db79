using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using ReportGen.Core.Packaging;

namespace ReportGen.Core.Rendering.Docx;

/// <summary>
/// The parts of the .docx package, their content types and relationships, written directly rather than
/// through <c>WordprocessingDocument</c>: the package is fixed, and System.IO.Packaging was a large part of
/// a single build's start-up for these few lines (bench/README.md has the figures).
/// </summary>
internal static class PackageLayout
{
    public const string MainDocumentEntry = "word/document.xml";
    public const string CorePropertiesEntry = "docProps/core.xml";
    private const string AppPropertiesEntry = "docProps/app.xml";

    private const string WordML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>A part the main document refers to; its relationship id is fixed (generated ids are random).</summary>
    private sealed record WordPart(string Name, string ContentType, string Relationship, string Id, Func<FontSet, OpenXmlPartRootElement> Root);

    private static readonly WordPart[] WordParts =
    [
        new("styles.xml", WordML + "styles+xml", OfficeRelationships + "styles", "rIdStyles", StyleSheet.Styles),
        new("settings.xml", WordML + "settings+xml", OfficeRelationships + "settings", "rIdSettings", _ => PageSetup.Settings()),
        new("fontTable.xml", WordML + "fontTable+xml", OfficeRelationships + "fontTable", "rIdFonts", StyleSheet.FontTable),
        new("footer1.xml", WordML + "footer+xml", OfficeRelationships + "footer", PageSetup.OddFooterId, fonts => PageSetup.Footer(fonts, oddPage: true)),
        new("footer2.xml", WordML + "footer+xml", OfficeRelationships + "footer", PageSetup.EvenFooterId, fonts => PageSetup.Footer(fonts, oddPage: false)),
    ];

    /// <summary>
    /// Every entry of the package with the content of those that depend on the fonts only; the body and the
    /// document properties are empty here, each report writes its own.
    /// </summary>
    public static IReadOnlyList<(string Name, byte[] Content)> Entries(FontSet fonts)
    {
        var types = new XElement(ContentTypes + "Types",
            new XElement(ContentTypes + "Default", new XAttribute("Extension", "rels"), new XAttribute("ContentType", "application/vnd.openxmlformats-package.relationships+xml")),
            new XElement(ContentTypes + "Default", new XAttribute("Extension", "xml"), new XAttribute("ContentType", "application/xml")),
            Override("/" + MainDocumentEntry, WordML + "document.main+xml"),
            WordParts.Select(p => Override("/word/" + p.Name, p.ContentType)),
            Override("/" + CorePropertiesEntry, "application/vnd.openxmlformats-package.core-properties+xml"),
            Override("/" + AppPropertiesEntry, "application/vnd.openxmlformats-officedocument.extended-properties+xml"));
        var packageRelationships = new XElement(Relationships + "Relationships",
            Relationship("rId1", OfficeRelationships + "officeDocument", MainDocumentEntry),
            Relationship("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", CorePropertiesEntry),
            Relationship("rId3", OfficeRelationships + "extended-properties", AppPropertiesEntry));
        var documentRelationships = new XElement(Relationships + "Relationships",
            WordParts.Select(p => Relationship(p.Id, p.Relationship, p.Name)));

        (string, byte[])[] entries =
        [
            (DeterministicPackager.ContentTypesEntry, Xml(types)),
            ("_rels/.rels", Xml(packageRelationships)),
            ("word/_rels/document.xml.rels", Xml(documentRelationships)),
            (MainDocumentEntry, []),
            (CorePropertiesEntry, []),
            // Which program made the document (Word and WPS show it under 文件 › 属性); no version: AppVersion must be "XX.YYYY".
            (AppPropertiesEntry, Xml(new DocumentFormat.OpenXml.ExtendedProperties.Properties(new DocumentFormat.OpenXml.ExtendedProperties.Application("ReportGen")))),
            .. WordParts.Select(p => ("word/" + p.Name, Xml(p.Root(fonts)))),
        ];
        return DeterministicPackager.InPackageOrder(entries);
    }

    private static XElement Override(string part, string contentType) =>
        new(ContentTypes + "Override", new XAttribute("PartName", part), new XAttribute("ContentType", contentType));

    private static XElement Relationship(string id, string type, string target) =>
        new(Relationships + "Relationship", new XAttribute("Id", id), new XAttribute("Type", type), new XAttribute("Target", target));

    private static byte[] Xml(XElement root)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            writer.WriteStartDocument(standalone: true);
            root.WriteTo(writer);
        }

        return stream.ToArray();
    }

    private static byte[] Xml(OpenXmlPartRootElement root)
    {
        using var stream = new MemoryStream();
        root.Save(stream);
        return stream.ToArray();
    }
}
