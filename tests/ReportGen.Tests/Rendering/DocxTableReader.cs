using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Tests.Rendering;

/// <summary>A cell as a reader of the printed table sees it: its text and the grid rectangle it covers.</summary>
public sealed class ReadCell(string text, int row, int column, int columnSpan)
{
    public string Text { get; } = text;
    public int Row { get; } = row;
    public int Column { get; } = column;
    public int ColumnSpan { get; } = columnSpan;
    public int RowSpan { get; internal set; } = 1;

    public override string ToString() => $"\"{Text}\" at ({Row},{Column}) {RowSpan}x{ColumnSpan}";
}

/// <summary>A table read back from a .docx: every grid slot resolved to the (possibly merged) cell covering it.</summary>
public sealed class ReadTable(IReadOnlyList<int> gridColumns, ReadCell[,] slots, int headerRows)
{
    public IReadOnlyList<int> GridColumns { get; } = gridColumns;
    public int RowCount => slots.GetLength(0);
    public int ColumnCount => slots.GetLength(1);

    /// <summary>Rows marked to repeat as a header, counted from the top.</summary>
    public int HeaderRows { get; } = headerRows;

    public ReadCell this[int row, int column] => slots[row, column];

    /// <summary>The distinct cells, in reading order.</summary>
    public IEnumerable<ReadCell> Cells()
    {
        var seen = new HashSet<ReadCell>();
        for (var r = 0; r < RowCount; r++)
        {
            for (var c = 0; c < ColumnCount; c++)
            {
                if (seen.Add(slots[r, c]))
                {
                    yield return slots[r, c];
                }
            }
        }
    }
}

/// <summary>
/// Takes the tables back out of a .docx, resolving <c>w:gridSpan</c> and <c>w:vMerge</c>, and failing on any
/// structure a word processor would render wrongly: a row whose spans do not fill the grid, a merge
/// continuation without a cell above of the same width, a header row below a body row.
/// </summary>
public static class DocxTableReader
{
    public static IReadOnlyList<ReadTable> Read(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return [.. document.MainDocumentPart!.Document!.Body!.Elements<Table>().Select(ReadOne)];
    }

    private static ReadTable ReadOne(Table table)
    {
        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(g => int.Parse(g.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var rows = table.Elements<TableRow>().ToList();
        var slots = new ReadCell[rows.Count, grid.Count];
        var headerRows = 0;
        var bodySeen = false;
        for (var r = 0; r < rows.Count; r++)
        {
            var isHeader = rows[r].TableRowProperties?.GetFirstChild<TableHeader>() is not null;
            if (isHeader && bodySeen)
            {
                throw new InvalidDataException($"row {r} is a header row below a body row");
            }

            bodySeen |= !isHeader;
            headerRows += isHeader ? 1 : 0;

            var column = 0;
            foreach (var cell in rows[r].Elements<TableCell>())
            {
                var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                if (column + span > grid.Count)
                {
                    throw new InvalidDataException($"row {r}: cells span more than the {grid.Count} grid columns");
                }

                var merge = cell.TableCellProperties?.VerticalMerge;
                ReadCell read;
                if (merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue))
                {
                    read = r > 0 ? slots[r - 1, column] : throw new InvalidDataException("vMerge continuation in the first row");
                    if (read.Column != column || read.ColumnSpan != span)
                    {
                        throw new InvalidDataException($"row {r}, column {column}: continuation does not line up with {read}");
                    }

                    if (Text(cell).Length > 0)
                    {
                        throw new InvalidDataException($"row {r}, column {column}: continuation cell holds text");
                    }

                    read.RowSpan++;
                }
                else
                {
                    read = new ReadCell(Text(cell), r, column, span);
                }

                for (var c = column; c < column + span; c++)
                {
                    slots[r, c] = read;
                }

                column += span;
            }

            if (column != grid.Count)
            {
                throw new InvalidDataException($"row {r}: cells span {column} of {grid.Count} grid columns");
            }
        }

        return new ReadTable(grid, slots, headerRows);
    }

    private static string Text(TableCell cell) =>
        string.Concat(cell.Elements<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))));
}
