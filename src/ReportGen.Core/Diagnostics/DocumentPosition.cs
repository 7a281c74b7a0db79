using System.Globalization;

namespace ReportGen.Core.Diagnostics;

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
