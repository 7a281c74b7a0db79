namespace ReportGen.Core.Importing;

/// <summary>Reads a .docx (Word, WPS) with the Open XML SDK.</summary>
public sealed class DocxDocumentReader : IPublishedDocumentReader
{
    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    public PublishedDocument Read(Stream stream, string displayName) =>
        throw new DocumentUnreadableException("尚不支持 .docx。");
}
