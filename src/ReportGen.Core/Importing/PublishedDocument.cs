using System.Globalization;

namespace ReportGen.Core.Importing;

/// <summary>
/// Where something stands in a published document (.docx, PDF, web page, text), for findings that point into
/// it instead of at a YAML line. Every part is 1-based; 0 means "not known" or "not applicable": a PDF knows
/// its pages, a .docx does not; a cell has a table, row and column; prose has a paragraph.
/// </summary>
public sealed record DocumentPosition(int Page = 0, int Table = 0, int Row = 0, int Column = 0, int Paragraph = 0)
{
    public static readonly DocumentPosition None = new();

    /// <summary>The place in a clerk's words: 第3页 表格2 第5行 第4列, or 第2页 第7段.</summary>
    public string Describe()
    {
        var parts = new List<string>(5);
        if (Page > 0)
        {
            parts.Add("第" + Page.ToString(CultureInfo.InvariantCulture) + "页");
        }

        if (Table > 0)
        {
            parts.Add("表格" + Table.ToString(CultureInfo.InvariantCulture));
        }

        if (Row > 0)
        {
            parts.Add("第" + Row.ToString(CultureInfo.InvariantCulture) + "行");
        }

        if (Column > 0)
        {
            parts.Add("第" + Column.ToString(CultureInfo.InvariantCulture) + "列");
        }

        if (Paragraph > 0)
        {
            parts.Add("第" + Paragraph.ToString(CultureInfo.InvariantCulture) + "段");
        }

        return string.Join(' ', parts);
    }
}

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
