using System.IO.Compression;
using System.Text;
using System.Xml;
using ReportGen.Core.Diagnostics;
using DocumentFormat.OpenXml.Packaging;

namespace ReportGen.Core.Importing;

/// <summary>
/// Reads a .docx (Word, WPS) with the Open XML SDK: the body's paragraphs and top-level tables in order, text
/// split over many runs joined, merges (gridSpan, vMerge) resolved into cell spans. The main part is read as a
/// stream (not a DOM), so a document of 100,000 tables costs time in proportion and little memory; the
/// expanded size and the number of tables are capped, so a zip bomb is refused, not unpacked.
/// </summary>
public sealed class DocxDocumentReader : IPublishedDocumentReader
{
    /// <summary>The largest .docx read (a report with pictures is a few MB).</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>The largest expanded main part, in characters: a report's is well under 1 MB.</summary>
    public const long MaxDocumentCharacters = 32L * 1024 * 1024;

    /// <summary>A report has three tables (four when one is split); a document with more than this is not one.</summary>
    public const int MaxTables = 1000;

    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /// <summary>.doc and .wps are taken too: an old binary one is refused with the advice to save it as .docx (a .docx misnamed .doc is read).</summary>
    public IReadOnlyList<string> Extensions { get; } = [".docx", ".doc", ".wps"];

    public PublishedDocument Read(Stream stream, string displayName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = DocumentBytes.Read(stream, MaxFileBytes, TooLarge);
        if (bytes.Length >= 8 && bytes[0] == 0xD0 && bytes[1] == 0xCF && bytes[2] == 0x11 && bytes[3] == 0xE0)
        {
            throw new DocumentUnreadableException("这是旧的二进制 Word/WPS 文档（.doc/.wps），不是 .docx：请在 Word 或 WPS 中打开，“另存为” .docx 后再导入。");
        }

        if (bytes.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K')
        {
            throw new DocumentUnreadableException("不是 .docx 文件（.docx 是 zip 压缩包，这个文件不是）：如是其他格式，请在 Word 或 WPS 中打开，“另存为” .docx 后再导入。");
        }

        try
        {
            using var memory = new MemoryStream(bytes, writable: false);
            CheckExpandedSize(memory);
            memory.Position = 0;
            using var package = WordprocessingDocument.Open(memory, false, new OpenSettings { MaxCharactersInPart = MaxDocumentCharacters });
            var main = package.MainDocumentPart
                ?? throw new DocumentUnreadableException("这个 .docx 中没有正文（word/document.xml）：请在 Word 或 WPS 中打开，“另存为” .docx 后再导入。");
            using var part = main.GetStream(FileMode.Open, FileAccess.Read);
            return new PublishedDocument("docx", new BodyReader().Read(part));
        }
        catch (DocumentUnreadableException)
        {
            throw;
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or OpenXmlPackageException or InvalidOperationException or NotSupportedException or ArgumentException or FileFormatException)
        {
            throw new DocumentUnreadableException("这个 .docx 已损坏或不是 Word 文档，无法读取：请在 Word 或 WPS 中打开，“另存为” .docx 后再导入。", e);
        }
    }

    private static DocumentUnreadableException TooLarge() =>
        new($"文件超过 {MaxFileBytes / 1024 / 1024} MB，不像是一份年度报告：请只导入报告本身。");

    /// <summary>Refuses a package whose entries claim to expand beyond the cap (a zip bomb), before the SDK unpacks anything.</summary>
    private static void CheckExpandedSize(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (total > MaxDocumentCharacters * 4 || entry.Length > MaxDocumentCharacters * 2)
            {
                throw new DocumentUnreadableException("这个 .docx 解压后异常巨大（可能是“压缩炸弹”），不予读取。");
            }
        }
    }

    /// <summary>The body of word/document.xml as blocks, read as a stream of XML nodes.</summary>
    private sealed class BodyReader
    {
        private readonly List<DocumentBlock> _blocks = [];
        private readonly StringBuilder _text = new();
        private int _paragraphs;
        private int _tables;

        // The table being read (top level only; a nested table's text goes into the cell that holds it).
        private List<List<CellBuilder>>? _rows;
        private Dictionary<int, CellBuilder>? _openMerges;
        private CellBuilder? _cell;
        private int _gridColumn;
        private int _tableDepth;
        private int _cellParagraphs;

        public List<DocumentBlock> Read(Stream part)
        {
            using var xml = XmlReader.Create(part, new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersInDocument = MaxDocumentCharacters,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
            });
            // Skip() and ReadElementContentAsString() leave the reader on the next node already.
            var advance = true;
            while (advance ? xml.Read() : !xml.EOF)
            {
                advance = true;
                if (xml.NodeType == XmlNodeType.Element && Skipped(xml))
                {
                    xml.Skip();
                    advance = false;
                }
                else if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == W && xml.LocalName == "t")
                {
                    _text.Append(xml.ReadElementContentAsString());
                    advance = false;
                }
                else if (xml.NodeType == XmlNodeType.Element)
                {
                    Start(xml);
                }
                else if (xml.NodeType == XmlNodeType.EndElement)
                {
                    End(xml);
                }
            }

            return _blocks;
        }

        /// <summary>Parts that would duplicate or invent text: fallbacks of alternate content, deleted and field-code text, text boxes.</summary>
        private static bool Skipped(XmlReader xml) =>
            (xml.NamespaceURI == MarkupCompatibility && xml.LocalName == "Fallback")
            || (xml.NamespaceURI == W && xml.LocalName is "delText" or "instrText" or "txbxContent" or "del" or "pPr" or "rPr" or "sectPr" or "footnoteReference");

        private void Start(XmlReader xml)
        {
            if (xml.NamespaceURI != W)
            {
                return;
            }

            switch (xml.LocalName)
            {
                case "tab":
                    _text.Append('\t');
                    break;
                case "br" or "cr":
                    _text.Append('\n');
                    break;
                case "noBreakHyphen":
                    _text.Append('-');
                    break;
                case "tbl":
                    _tableDepth++;
                    if (_tableDepth == 1)
                    {
                        if (++_tables > MaxTables)
                        {
                            throw new DocumentUnreadableException($"文档中有 {MaxTables} 个以上的表格，不像是一份年度报告，不予读取。");
                        }

                        _rows = [];
                        _openMerges = [];
                    }

                    break;
                case "tr" when _tableDepth == 1:
                    _rows!.Add([]);
                    _gridColumn = 0;
                    break;
                case "gridBefore" when _tableDepth == 1 && _cell is null:
                    _gridColumn += Int(xml, 0);
                    break;
                case "tc" when _tableDepth == 1:
                    _cell = new CellBuilder(_gridColumn);
                    _cellParagraphs = 0;
                    _text.Clear();
                    break;
                case "gridSpan" when _tableDepth == 1 && _cell is not null:
                    _cell.ColumnSpan = Math.Max(1, Int(xml, 1));
                    break;
                case "vMerge" when _tableDepth == 1 && _cell is not null:
                    _cell.Merge = xml.GetAttribute("val", W) == "restart" ? Merge.Restart : Merge.Continue;
                    break;
                case "p":
                    if (_tableDepth == 0)
                    {
                        _text.Clear();
                    }
                    else if (_cellParagraphs++ > 0)
                    {
                        _text.Append('\n');
                    }

                    if (xml.IsEmptyElement)
                    {
                        End(xml);
                    }

                    break;
                default:
                    break;
            }
        }

        private void End(XmlReader xml)
        {
            if (xml.NamespaceURI != W)
            {
                return;
            }

            switch (xml.LocalName)
            {
                case "p" when _tableDepth == 0:
                    if (_text.ToString() is var text && text.Trim().Length > 0)
                    {
                        _blocks.Add(new TextBlock(text, new DocumentPosition(Paragraph: ++_paragraphs)));
                    }

                    _text.Clear();
                    break;
                case "tc" when _tableDepth == 1 && _cell is not null:
                    EndCell();
                    break;
                case "tbl":
                    if (--_tableDepth == 0)
                    {
                        EndTable();
                    }

                    break;
                default:
                    break;
            }
        }

        private void EndCell()
        {
            var cell = _cell!;
            cell.Text = _text.ToString();
            _text.Clear();
            _cell = null;
            _gridColumn += cell.ColumnSpan;
            if (cell.Merge == Merge.Continue && _openMerges!.TryGetValue(cell.GridColumn, out var origin))
            {
                origin.RowSpan++;
                return;
            }

            if (cell.Merge == Merge.Restart)
            {
                _openMerges![cell.GridColumn] = cell;
            }
            else
            {
                _openMerges!.Remove(cell.GridColumn);
            }

            _rows![^1].Add(cell);
        }

        private void EndTable()
        {
            var table = _tables;
            var rows = new List<IReadOnlyList<TableCell>>(_rows!.Count);
            for (var r = 0; r < _rows.Count; r++)
            {
                rows.Add([.. _rows[r].Select(c => new TableCell(c.Text, new DocumentPosition(Table: table, Row: r + 1, Column: c.GridColumn + 1), c.RowSpan, c.ColumnSpan))]);
            }

            _blocks.Add(new TableBlock(rows, new DocumentPosition(Table: table)));
            _rows = null;
            _openMerges = null;
        }

        private static int Int(XmlReader xml, int fallback) =>
            int.TryParse(xml.GetAttribute("val", W), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1000
                ? value
                : fallback;
    }

    private enum Merge
    {
        None,
        Restart,
        Continue,
    }

    private sealed class CellBuilder(int gridColumn)
    {
        public int GridColumn { get; } = gridColumn;

        public int ColumnSpan { get; set; } = 1;

        public int RowSpan { get; set; } = 1;

        public Merge Merge { get; set; }

        public string Text { get; set; } = "";
    }
}
