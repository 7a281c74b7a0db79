using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Core.Rendering.Docx;

internal enum CellRole
{
    /// <summary>A column or group heading: 黑体.</summary>
    Heading,
    /// <summary>A row label or note: the body font.</summary>
    Label,
    /// <summary>A figure: the body font, shrunk if it would not fit its column.</summary>
    Number,
}

/// <summary>How a cell takes part in a vertical merge (<c>w:vMerge</c>).</summary>
internal enum RowMerge
{
    None,
    Start,
    Continue,
}

/// <summary>One cell of a row: its text, role, horizontal span in grid columns and vertical merge.</summary>
internal sealed record CellSpec(string Text, CellRole Role, int Span = 1, RowMerge Merge = RowMerge.None)
{
    public static CellSpec Heading(string text, int span = 1, RowMerge merge = RowMerge.None) => new(text, CellRole.Heading, span, merge);

    public static CellSpec Label(string text, int span = 1, RowMerge merge = RowMerge.None) => new(text, CellRole.Label, span, merge);

    public static CellSpec Number(long value, int span = 1) =>
        new(value.ToString(System.Globalization.CultureInfo.InvariantCulture), CellRole.Number, span);

    public static CellSpec Number(string text, int span = 1) => new(text, CellRole.Number, span);

    /// <summary>The cell below a merge start: present, empty, continuing the merge.</summary>
    public static CellSpec Continue(int span = 1) => new("", CellRole.Label, span, RowMerge.Continue);
}

/// <summary>The geometry of one table: grid column widths (twips, summing to the text width), font size,
/// left/right cell margin and minimum row height.</summary>
internal sealed record TableGeometry(IReadOnlyList<int> Columns, int FontSize, int CellMargin, int MinRowHeight);

/// <summary>
/// Where a table builder lays out its rows: the Open XML table itself (<see cref="TableWriter"/>), or just the
/// figures in the order they appear (<see cref="FigureList"/>), which is all a compiled table needs per report.
/// </summary>
internal interface ITableRows
{
    /// <summary>A header row, repeated at the top of every page the table runs onto. Header rows come first.</summary>
    void HeaderRow(params CellSpec[] cells);

    void Row(IReadOnlyList<CellSpec> cells);
}

/// <summary>The figures of a table, in document order: what a <see cref="CompiledTable"/> fills its holes with.</summary>
internal sealed class FigureList : ITableRows
{
    private readonly List<string> _figures = new(capacity: 200);

    public IReadOnlyList<string> Figures => _figures;

    public void HeaderRow(params CellSpec[] cells) => Add(cells);

    public void Row(IReadOnlyList<CellSpec> cells) => Add(cells);

    private void Add(IReadOnlyList<CellSpec> cells)
    {
        foreach (var cell in cells)
        {
            if (cell.Role == CellRole.Number)
            {
                _figures.Add(cell.Text);
            }
        }
    }
}

/// <summary>
/// Builds a table the way docs/typesetting.md asks: full text width, centred, fixed layout, grid plus <c>w:tcW</c> on
/// every cell, borders, cell paragraphs off the body grid, header rows repeated, rows never split.
/// </summary>
internal sealed class TableWriter : ITableRows
{
    /// <summary>
    /// Stands in for a figure's run when the table is written as a template (<see cref="CompiledTable"/>): the
    /// comment is cut out of the serialised table and each report's figure run goes in its place.
    /// </summary>
    public const string FigureHole = "rg-figure";

    /// <summary>A figure never shrinks below 6 pt; past that it wraps rather than being cut.</summary>
    private const int SmallestNumberSize = 12;

    /// <summary>Width of a digit in em, in the widest font a figure may end up in.</summary>
    private const double DigitWidth = 0.7;

    private readonly TableGeometry _geometry;
    private readonly Table _table;
    private readonly List<int>? _holeWidths;
    private bool _bodyStarted;

    /// <param name="geometry">The table's grid, size and margins.</param>
    /// <param name="figureHoles">Write a <see cref="FigureHole"/> comment in place of every figure's run, and keep
    /// the width of its cell (<see cref="HoleWidths"/>).</param>
    public TableWriter(TableGeometry geometry, bool figureHoles = false)
    {
        if (geometry.Columns.Sum() != PageGeometry.TextWidth)
        {
            throw new ArgumentException("grid columns must fill the text width", nameof(geometry));
        }

        _geometry = geometry;
        _holeWidths = figureHoles ? [] : null;
        _table = new Table(TableProperties(geometry), new TableGrid([.. geometry.Columns.Select(w => new GridColumn { Width = Typeface.Twips(w) })]));
    }

    /// <summary>The width of the cell of every figure hole, in document order (with <c>figureHoles</c>).</summary>
    public IReadOnlyList<int> HoleWidths => _holeWidths ?? throw new InvalidOperationException("not written with figure holes");

    /// <inheritdoc/>
    public void HeaderRow(params CellSpec[] cells)
    {
        if (_bodyStarted)
        {
            throw new InvalidOperationException("header rows must be contiguous from the top of the table");
        }

        AddRow(cells, header: true);
    }

    /// <inheritdoc/>
    public void Row(IReadOnlyList<CellSpec> cells)
    {
        _bodyStarted = true;
        AddRow(cells, header: false);
    }

    /// <summary>
    /// The finished table. It breaks across pages between rows (rows never split), under its header rows
    /// repeated: only the header rows keep with the next, so the header never ends a page alone, while the
    /// table does not move whole to the next page and leave most of a page blank.
    /// </summary>
    public Table Finish() => _table;

    private void AddRow(IReadOnlyList<CellSpec> cells, bool header)
    {
        var properties = new TableRowProperties(
            new CantSplit(),
            new TableRowHeight { Val = (UInt32Value)(uint)_geometry.MinRowHeight, HeightType = HeightRuleValues.AtLeast });
        if (header)
        {
            properties.Append(new TableHeader());
        }

        var row = new TableRow(properties);
        var column = 0;
        foreach (var cell in cells)
        {
            if (column + cell.Span > _geometry.Columns.Count)
            {
                throw new InvalidOperationException("row spans more grid columns than the table has");
            }

            var width = _geometry.Columns.Skip(column).Take(cell.Span).Sum();
            row.Append(Cell(cell, width, header));
            column += cell.Span;
        }

        if (column != _geometry.Columns.Count)
        {
            throw new InvalidOperationException("row spans fewer grid columns than the table has");
        }

        _table.Append(row);
    }

    private TableCell Cell(CellSpec cell, int width, bool header)
    {
        var properties = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = Typeface.Twips(width), Type = TableWidthUnitValues.Dxa },
        };
        if (cell.Span > 1)
        {
            properties.GridSpan = new GridSpan { Val = cell.Span };
        }

        if (cell.Merge != RowMerge.None)
        {
            properties.VerticalMerge = cell.Merge == RowMerge.Start
                ? new VerticalMerge { Val = MergedCellValues.Restart }
                : new VerticalMerge();
        }

        properties.TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center };

        var heading = cell.Role == CellRole.Heading;
        // Grid, spacing, indent, alignment and font come from the TableText/TableHeading styles, and the size
        // too unless it differs from theirs: a table has hundreds of cells, and writing these on every one
        // made up most of the document and of the time to write it (bench/README.md).
        var paragraph = new Paragraph(new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = heading ? StyleSheet.TableHeading : StyleSheet.TableText },
            KeepNext = header ? new KeepNext() : null,
        });
        if (cell.Role == CellRole.Number && _holeWidths is not null)
        {
            paragraph.Append(BodyXml.Comment(FigureHole));
            _holeWidths.Add(width);
        }
        else if (cell.Text.Length > 0)
        {
            var size = cell.Role == CellRole.Number ? NumberSize(_geometry, cell.Text, width) : _geometry.FontSize;
            paragraph.Append(TextRun(cell.Text, size));
        }

        return new TableCell(properties, paragraph);
    }

    /// <summary>A cell's text in the given size; the size is left to the table style when it is the style's.</summary>
    public static Run TextRun(string text, int size) => Typeface.Run(text, size == StyleSheet.TableTextSize ? null : new RunProperties
    {
        FontSize = new FontSize { Val = Typeface.Size(size) },
        FontSizeComplexScript = new FontSizeComplexScript { Val = Typeface.Size(size) },
    });

    /// <summary>The table's size, or smaller when a long figure would not fit its column on one line.</summary>
    public static int NumberSize(TableGeometry geometry, string text, int cellWidth)
    {
        var available = cellWidth - (2 * geometry.CellMargin);
        // Figures are half-width in 仿宋 and Times, but the fallback fonts of machines without them (DejaVu
        // Sans in LibreOffice) are wider: assume the widest.
        var emPerHalfPoint = text.Length * DigitWidth * 10;
        return available >= emPerHalfPoint * geometry.FontSize
            ? geometry.FontSize
            : Math.Max(SmallestNumberSize, (int)Math.Floor(available / emPerHalfPoint));
    }

    private static TableProperties TableProperties(TableGeometry geometry) => new()
    {
        TableWidth = new TableWidth { Width = Typeface.Twips(PageGeometry.TextWidth), Type = TableWidthUnitValues.Dxa },
        TableJustification = new TableJustification { Val = TableRowAlignmentValues.Center },
        TableBorders = new TableBorders(
            Border<TopBorder>(),
            Border<LeftBorder>(),
            Border<BottomBorder>(),
            Border<RightBorder>(),
            Border<InsideHorizontalBorder>(),
            Border<InsideVerticalBorder>()),
        TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
        TableCellMarginDefault = new TableCellMarginDefault(
            new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
            new TableCellLeftMargin { Width = (short)geometry.CellMargin, Type = TableWidthValues.Dxa },
            new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
            new TableCellRightMargin { Width = (short)geometry.CellMargin, Type = TableWidthValues.Dxa }),
        TableLook = new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = true, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true },
    };

    private static T Border<T>() where T : BorderType, new() =>
        new() { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" };
}
