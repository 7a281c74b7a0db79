namespace ReportGen.Core.Importing;

/// <summary>
/// Turns one kind of file (.docx, .html, .pdf, .txt…) into a <see cref="PublishedDocument"/>. A reader only
/// lays out what the file holds, in reading order; it never interprets the report (that is
/// <see cref="ReportExtractor"/>'s job, the same for every format).
/// </summary>
public interface IPublishedDocumentReader
{
    /// <summary>The file name endings this reader takes, lower case with the dot (".docx").</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>
    /// Reads the document. A file that cannot be read at all (wrong format, encrypted, too large, scanned)
    /// throws <see cref="DocumentUnreadableException"/> with a Chinese reason that says what to do; anything
    /// else is read as far as it goes. Time and memory are bounded whatever the bytes.
    /// </summary>
    PublishedDocument Read(Stream stream, string displayName);
}

/// <summary>The readers of published documents, by file name ending. One list, so that the commands, the input
/// resolver (which files a directory or glob picks up) and the tests agree on what is supported.</summary>
public static class PublishedDocumentReaders
{
    /// <summary>Every reader. Readers of further formats are added here, once.</summary>
    public static IReadOnlyList<IPublishedDocumentReader> All { get; } =
    [
        new DocxDocumentReader(),
        new HtmlDocumentReader(),
        new PdfDocumentReader(),
        new TextDocumentReader(),
    ];

    /// <summary>Every supported document ending (".docx", ".html"…), in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [.. All.SelectMany(r => r.Extensions)];

    /// <summary>The reader for a file name, or null when its ending is not a published document's.</summary>
    public static IPublishedDocumentReader? For(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        return All.FirstOrDefault(r => r.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Whether a file name is that of a published document (rather than a YAML input).</summary>
    public static bool IsDocument(string fileName) => For(fileName) is not null;
}
