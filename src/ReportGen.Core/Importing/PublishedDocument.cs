using ReportGen.Core.Diagnostics;

namespace ReportGen.Core.Importing;

/// <summary>
/// A published document as its reader found it: text blocks and tables in reading order, nothing interpreted
/// yet. The readers (one per file format) only make this; <c>ReportExtractor</c> finds the report in it by the
/// format catalog's labels, the same way whatever the file format was.
/// </summary>
public sealed record PublishedDocument(string FileFormat, IReadOnlyList<DocumentBlock> Blocks);

/// <summary>A piece of a published document in reading order.</summary>
public abstract record DocumentBlock(DocumentPosition Position);

/// <summary>
/// A paragraph (.docx, HTML) or one visual line (PDF, text file) outside the tables, page numbers and running
/// footers already removed where the reader can tell them.
/// </summary>
public sealed record TextBlock(string Text, DocumentPosition Position) : DocumentBlock(Position);

/// <summary>
/// A table as rows of cells in reading order. A merged cell appears once, in the first row and column it
/// covers, with its spans; readers that cannot see merges (PDF, text) give spans of 1 and the rows as they
/// were laid out (a wrapped label's lines joined with its numbers where the reader could tell).
/// </summary>
public sealed record TableBlock(IReadOnlyList<IReadOnlyList<TableCell>> Rows, DocumentPosition Position) : DocumentBlock(Position);

/// <summary>One cell's text (runs joined, whitespace as published) and where it stands.</summary>
public sealed record TableCell(string Text, DocumentPosition Position, int RowSpan = 1, int ColumnSpan = 1);

/// <summary>A published document that cannot be read at all (old binary .doc, encrypted or scanned PDF…): exit code 2.</summary>
public sealed class DocumentUnreadableException(string reason, Exception? inner = null) : Exception(reason, inner)
{
    /// <summary>What to do about it, in Chinese (另存为 .docx；扫描件需要先做文字识别).</summary>
    public string Reason { get; } = reason;
}
