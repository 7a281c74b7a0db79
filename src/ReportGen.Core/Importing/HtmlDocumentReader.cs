namespace ReportGen.Core.Importing;

/// <summary>Reads a web page (the report as published on the 政府信息公开专栏, or a saved page) with AngleSharp.</summary>
public sealed class HtmlDocumentReader : IPublishedDocumentReader
{
    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    public PublishedDocument Read(Stream stream, string displayName) =>
        throw new DocumentUnreadableException("尚不支持网页。");
}
