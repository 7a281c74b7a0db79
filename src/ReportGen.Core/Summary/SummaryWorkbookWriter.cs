using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Core.Packaging;
using ReportGen.Core.Format;

namespace ReportGen.Core.Summary;

/// <summary>
/// The summary as an .xlsx workbook (SpreadsheetML, Open XML SDK): sheet 汇总 and sheet 明细 as laid out by
/// <see cref="SummaryLayout"/>. Same summary, same bytes: explicit part ids, no document properties with
/// dates, and the package re-zipped like the .docx (<see cref="DeterministicPackager"/>).
/// </summary>
public static class SummaryWorkbookWriter
{
    private const string FontName = "宋体";
    private const double DefaultColumnWidth = 8.43;
    private const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    public static void Write(JurisdictionSummary summary, Stream output)
    {
        ArgumentNullException.ThrowIfNull(summary);
        using var package = new MemoryStream();
        WritePackage([SummaryLayout.Totals(summary), SummaryLayout.Details(summary), .. SummaryLayout.Copying(summary) is { } copying ? [copying] : Array.Empty<SheetGrid>()], package);
        package.Position = 0;
        DeterministicPackager.Repack(package, output);
    }

    private static void WritePackage(IReadOnlyList<SheetGrid> grids, Stream stream)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        // Every part gets an explicit relationship id: the SDK's generated ones are random.
        var workbookPart = document.AddNewPart<WorkbookPart>(WorkbookContentType, "rIdWorkbook");
        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
        stylesPart.Stylesheet = Stylesheet();

        var sheets = new Sheets();
        for (var i = 0; i < grids.Count; i++)
        {
            var id = "rIdSheet" + (i + 1).ToString(CultureInfo.InvariantCulture);
            WriteWorksheet(workbookPart.AddNewPart<WorksheetPart>(id), grids[i]);
            sheets.Append(new Sheet { Name = grids[i].Name, SheetId = (uint)(i + 1), Id = id });
        }

        workbookPart.Workbook = new Workbook(sheets);
    }

    /// <summary>
    /// The worksheet streamed through <see cref="OpenXmlWriter"/>, a row at a time: the 明细 sheet of a
    /// thousand agencies has about 250,000 cells, which as one element tree took more memory than the build of
    /// their reports (bench/README.md).
    /// </summary>
    private static void WriteWorksheet(WorksheetPart part, SheetGrid grid)
    {
        // UTF-8 without a byte order mark, as the SDK writes its other parts.
        using var writer = OpenXmlWriter.Create(part, new UTF8Encoding(false));
        writer.WriteStartElement(new Worksheet());

        // Printed on one page wide, landscape: the tables are wider than they are tall.
        writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        if (grid.Frozen is { Rows: > 0 } or { Columns: > 0 })
        {
            writer.WriteElement(new SheetViews(FrozenView(grid.Frozen.Rows, grid.Frozen.Columns)));
        }

        writer.WriteElement(new SheetFormatProperties { DefaultRowHeight = 15 });
        if (grid.ColumnWidths.Count > 0)
        {
            writer.WriteElement(new Columns(grid.ColumnWidths.OrderBy(w => w.Key).Select(w => new Column
            {
                Min = (uint)(w.Key + 1),
                Max = (uint)(w.Key + 1),
                Width = w.Value,
                CustomWidth = true,
            })));
        }

        WriteSheetData(writer, grid);
        var merged = grid.Cells.Where(c => c.IsMerged).ToList();
        if (merged.Count > 0)
        {
            writer.WriteElement(new MergeCells(merged.Select(c => new MergeCell
            {
                Reference = Reference(c.Row, c.Column) + ":" + Reference(c.Row + c.Rows - 1, c.Column + c.Columns - 1),
            }))
            { Count = (uint)merged.Count });
        }

        writer.WriteElement(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        writer.WriteElement(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        writer.WriteEndElement();
    }

    private static SheetView FrozenView(int rows, int columns) => new(
        new Pane
        {
            HorizontalSplit = columns,
            VerticalSplit = rows,
            TopLeftCell = Reference(rows, columns),
            ActivePane = PaneValues.BottomRight,
            State = PaneStateValues.Frozen,
        },
        new Selection { Pane = PaneValues.BottomRight })
    { WorkbookViewId = 0 };

    /// <summary>
    /// Rows and cells in order. The covered cells of a merge get the merge's style, so its borders are drawn
    /// all round in every spreadsheet program.
    /// </summary>
    private static void WriteSheetData(OpenXmlWriter writer, SheetGrid grid)
    {
        // Per row, the grid cell that covers each column (a merge covers several), in column order.
        var rows = new SortedDictionary<int, SortedDictionary<int, SheetCell>>();
        foreach (var cell in grid.Cells)
        {
            for (var r = cell.Row; r < cell.Row + cell.Rows; r++)
            {
                if (!rows.TryGetValue(r, out var columns))
                {
                    rows[r] = columns = [];
                }

                for (var c = cell.Column; c < cell.Column + cell.Columns; c++)
                {
                    columns[c] = cell;
                }
            }
        }

        var heights = RowHeights(grid);
        writer.WriteStartElement(new SheetData());
        foreach (var (row, columns) in rows)
        {
            var element = new Row { RowIndex = (uint)(row + 1) };
            if (heights.TryGetValue(row, out var height))
            {
                element.Height = height;
                element.CustomHeight = true;
            }

            writer.WriteStartElement(element);
            foreach (var (column, cell) in columns)
            {
                writer.WriteElement(Cell(cell, row, column));
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    /// <summary>A worksheet cell: the grid cell's value at its origin, only its style where a merge covers it.</summary>
    private static Cell Cell(SheetCell cell, int row, int column)
    {
        var element = new Cell { CellReference = Reference(row, column), StyleIndex = (uint)cell.Style };
        if (row != cell.Row || column != cell.Column)
        {
            return element;
        }

        if (cell.Number is { } number)
        {
            element.CellValue = new CellValue(number);
            element.DataType = CellValues.Number;
        }
        else
        {
            element.DataType = CellValues.InlineString;
            element.InlineString = new InlineString(new Text(cell.Text ?? ""));
        }

        return element;
    }

    /// <summary>
    /// Heights of rows whose wrapped text needs more than one line. Spreadsheet programs do not all fit
    /// row heights on opening, so the lines are estimated: a CJK character is two width units, others one.
    /// </summary>
    private static Dictionary<int, double> RowHeights(SheetGrid grid)
    {
        const double lineHeight = 15;
        var heights = new Dictionary<int, double>();
        foreach (var cell in grid.Cells.Where(c => c.Text is not null && c.Rows == 1 && c.Style is SheetStyle.Header or SheetStyle.Label))
        {
            var width = Enumerable.Range(cell.Column, cell.Columns).Sum(c => grid.ColumnWidths.GetValueOrDefault(c, DefaultColumnWidth)) - 1;
            var text = ChineseText.Columns(cell.Text);
            var lines = Math.Max(1, (int)Math.Ceiling(text / Math.Max(1, width)));
            if (lines > 1)
            {
                heights[cell.Row] = Math.Max(heights.GetValueOrDefault(cell.Row), lines * lineHeight);
            }
        }

        return heights;
    }

    /// <summary>A1-style reference of a 0-based row and column (column 26 is AA).</summary>
    public static string Reference(int row, int column)
    {
        var letters = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }

        return letters + (row + 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>One cell format per <see cref="SheetStyle"/> value, in enum order.</summary>
    private static Stylesheet Stylesheet()
    {
        var fonts = new Fonts(
            Font(11, bold: false),
            Font(11, bold: true),
            Font(16, bold: true))
        { Count = 3 };
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 };
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder { Style = BorderStyleValues.Thin },
                new RightBorder { Style = BorderStyleValues.Thin },
                new TopBorder { Style = BorderStyleValues.Thin },
                new BottomBorder { Style = BorderStyleValues.Thin },
                new DiagonalBorder()))
        { Count = 2 };

        (uint Font, uint Border, HorizontalAlignmentValues Horizontal, bool Wrap) Format(SheetStyle style) => style switch
        {
            SheetStyle.Title => (2, 0, HorizontalAlignmentValues.Center, false),
            SheetStyle.SectionHeading => (1, 0, HorizontalAlignmentValues.Left, false),
            SheetStyle.Header => (1, 1, HorizontalAlignmentValues.Center, true),
            SheetStyle.Label => (0, 1, HorizontalAlignmentValues.Left, true),
            SheetStyle.Number => (0, 1, HorizontalAlignmentValues.Right, false),
            SheetStyle.TotalNumber => (1, 1, HorizontalAlignmentValues.Right, false),
            _ => (0, 0, HorizontalAlignmentValues.General, false),
        };

        var formats = Enum.GetValues<SheetStyle>().Select(style =>
        {
            var (font, border, horizontal, wrap) = Format(style);
            return new CellFormat(new Alignment
            {
                Horizontal = horizontal,
                Vertical = VerticalAlignmentValues.Center,
                WrapText = wrap ? true : null,
            })
            {
                NumberFormatId = 0,
                FontId = font,
                FillId = 0,
                BorderId = border,
                FormatId = 0,
                ApplyFont = font != 0 ? true : null,
                ApplyBorder = border != 0 ? true : null,
                ApplyAlignment = true,
            };
        }).ToList();

        return new Stylesheet(
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(formats) { Count = (uint)formats.Count },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static Font Font(double size, bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size });
        font.Append(new FontName { Val = FontName });
        font.Append(new FontFamilyNumbering { Val = 2 });
        font.Append(new FontCharSet { Val = 134 });
        return font;
    }
}
