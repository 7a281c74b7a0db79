using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using ReportGen.Core.Model;

namespace ReportGen.Core.Rendering.Docx;

/// <summary>docProps/core.xml written here, with dates that come from the input, never from the clock.</summary>
internal static class CoreProperties
{
    private static readonly XNamespace Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>The given timestamp (SOURCE_DATE_EPOCH), else the publish date, else 1 January after the report year.</summary>
    public static DateTimeOffset DocumentDate(AnnualReport report, DocxOptions options) =>
        options.Timestamp
        ?? (report.PublishDate is { } published
            ? new DateTimeOffset(published.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : new DateTimeOffset(Math.Clamp(report.Year + 1, 1, 9999), 1, 1, 0, 0, 0, TimeSpan.Zero));

    public static void Write(AnnualReport report, DateTimeOffset date, Stream output)
    {
        var stamp = date.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        XElement Date(XName name) => new(name, new XAttribute(Xsi + "type", "dcterms:W3CDTF"), stamp);
        var document = new XElement(Cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", Cp),
            new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XAttribute(XNamespace.Xmlns + "dcterms", DcTerms),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XElement(Dc + "title", report.EffectiveTitle),
            new XElement(Dc + "creator", report.Agency),
            Date(DcTerms + "created"),
            Date(DcTerms + "modified"));
        using var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        writer.WriteStartDocument(standalone: true);
        document.WriteTo(writer);
    }
}
