using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Core.Rendering.Docx;

/// <summary>
/// A piece of <c>word/document.xml</c> as the Open XML SDK serialised it, cut at its holes: the bytes between
/// them are copied as they are, and each report writes its own text (or figure run) into the holes. The SDK
/// still decides every element and attribute; it just does so once per process instead of once per report.
/// </summary>
internal sealed class XmlTemplate
{
    /// <summary>Put where a text goes: a private-use character, which no text of ours contains while templates are made.</summary>
    public const string TextHole = "\uE000";

    internal static readonly byte[] TextHoleUtf8 = Encoding.UTF8.GetBytes(TextHole);

    private readonly byte[][] _pieces;

    private XmlTemplate(byte[][] pieces) => _pieces = pieces;

    public int Holes => _pieces.Length - 1;

    /// <summary>The bytes before hole <paramref name="index"/> (or, at <see cref="Holes"/>, after the last one).</summary>
    public ReadOnlySpan<byte> Piece(int index) => _pieces[index];

    /// <summary>Cuts serialised XML at every occurrence of <paramref name="hole"/> (UTF-8).</summary>
    public static XmlTemplate Cut(ReadOnlySpan<byte> xml, ReadOnlySpan<byte> hole)
    {
        var pieces = new List<byte[]>();
        while (xml.IndexOf(hole) is var at && at >= 0)
        {
            pieces.Add(xml[..at].ToArray());
            xml = xml[(at + hole.Length)..];
        }

        pieces.Add(xml.ToArray());
        return new XmlTemplate([.. pieces]);
    }

    /// <summary>Cuts at text holes (<see cref="TextHole"/>).</summary>
    public static XmlTemplate CutAtText(ReadOnlySpan<byte> xml) => Cut(xml, TextHoleUtf8);

    /// <summary>Writes the template with the given texts (escaped) in its holes.</summary>
    public void Write(XmlBuffer output, params ReadOnlySpan<string> texts)
    {
        if (texts.Length != Holes)
        {
            throw new ArgumentException($"the template has {Holes} holes, not {texts.Length}", nameof(texts));
        }

        for (var i = 0; i < texts.Length; i++)
        {
            output.Append(_pieces[i]);
            output.AppendText(texts[i]);
        }

        output.Append(_pieces[^1]);
    }
}

/// <summary>Serialises Open XML elements exactly as they would stand inside <c>w:body</c> of <c>word/document.xml</c>.</summary>
internal static class BodyXml
{
    private const string Separator = "rg-element";

    /// <summary>
    /// The document start (XML declaration, <c>w:document</c> with its namespace declarations, <c>w:body</c>), each
    /// element's bytes, and the document end: serialised as one document, so that no element declares a
    /// namespace of its own, then cut at comments put between the elements.
    /// </summary>
    public static (byte[] Start, byte[][] Elements, byte[] End) Serialize(IReadOnlyList<OpenXmlElement> elements)
    {
        var body = new Body();
        foreach (var element in elements)
        {
            body.Append(Comment(Separator));
            body.Append(element);
        }

        body.Append(Comment(Separator));
        using var stream = new MemoryStream();
        new Document(body).Save(stream);
        // Save closes the stream; ToArray still works.
        var template = XmlTemplate.Cut(stream.ToArray(), CommentXml(Separator));
        if (template.Holes != elements.Count + 1)
        {
            throw new InvalidOperationException("an element's serialisation contains the separator comment");
        }

        return (
            template.Piece(0).ToArray(),
            [.. Enumerable.Range(1, elements.Count).Select(i => template.Piece(i).ToArray())],
            template.Piece(template.Holes).ToArray());
    }

    /// <summary>One element's bytes inside <c>w:body</c>.</summary>
    public static byte[] Serialize(OpenXmlElement element) => Serialize([element]).Elements[0];

    /// <summary>A text as the SDK writes it in <c>w:t</c>: the way for texts <see cref="XmlBuffer"/> does not escape itself.</summary>
    public static byte[] EscapedText(string text)
    {
        // Between the first and the last hole: the text itself may hold the hole character.
        var run = new Run(new Text(XmlTemplate.TextHole + text + XmlTemplate.TextHole) { Space = SpaceProcessingModeValues.Preserve });
        var xml = Serialize(new Paragraph(run)).AsSpan();
        var hole = XmlTemplate.TextHoleUtf8.AsSpan();
        var start = xml.IndexOf(hole) + hole.Length;
        return xml[start..xml.LastIndexOf(hole)].ToArray();
    }

    public static OpenXmlMiscNode Comment(string text) => new(XmlNodeType.Comment, CommentMarkup(text));

    /// <summary>How <see cref="Comment"/> is serialised, to find it again.</summary>
    public static byte[] CommentXml(string text) => Encoding.UTF8.GetBytes(CommentMarkup(text));

    private static string CommentMarkup(string text) => "<!--" + text + "-->";
}
