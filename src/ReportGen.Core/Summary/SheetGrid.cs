namespace ReportGen.Core.Summary;

/// <summary>How a worksheet cell looks; the workbook's stylesheet has one format per value, in this order.</summary>
public enum SheetStyle
{
    Default,
    Title,
    SectionHeading,
    /// <summary>A table header cell: bold, bordered, centred, wrapped.</summary>
    Header,
    /// <summary>A row label inside a table: bordered, wrapped, left-aligned.</summary>
    Label,
    /// <summary>A figure inside a table: bordered, right-aligned.</summary>
    Number,
    /// <summary>A figure in a total row: bold, bordered.</summary>
    TotalNumber,
}

/// <summary>A value placed in a worksheet, 0-based, spanning <see cref="Rows"/> × <see cref="Columns"/> when merged.</summary>
public sealed record SheetCell(int Row, int Column, string? Text, decimal? Number, SheetStyle Style, int Rows = 1, int Columns = 1)
{
    public bool IsMerged => Rows > 1 || Columns > 1;
}

/// <summary>
/// A worksheet's content as positioned values and merges, independent of SpreadsheetML, so the layout of the
/// tables reads like the format's tables (FormatCatalog) and the writer only serialises.
/// </summary>
public sealed class SheetGrid(string name)
{
    private readonly List<SheetCell> _cells = [];

    public string Name { get; } = name;

    public IReadOnlyList<SheetCell> Cells => _cells;

    /// <summary>Column widths in characters, by column index; unset columns use the default width.</summary>
    public Dictionary<int, double> ColumnWidths { get; } = [];

    /// <summary>Rows and columns kept in view when scrolling (a header row, a name column).</summary>
    public (int Rows, int Columns) Frozen { get; set; }

    public int RowCount => _cells.Count == 0 ? 0 : _cells.Max(c => c.Row + c.Rows);

    public void Text(int row, int column, string text, SheetStyle style, int rows = 1, int columns = 1) =>
        _cells.Add(new SheetCell(row, column, text, null, style, rows, columns));

    public void Number(int row, int column, decimal value, SheetStyle style = SheetStyle.Number, int columns = 1) =>
        _cells.Add(new SheetCell(row, column, null, value, style, 1, columns));
}
