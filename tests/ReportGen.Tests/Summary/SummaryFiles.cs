using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReportGen.Tests.Summary;

/// <summary>Reads the summary outputs back the way a user's tools would: csv per RFC 4180, xlsx with the Open XML SDK.</summary>
public static class SummaryFiles
{
    /// <summary>Parses RFC 4180 csv (quoted fields, doubled quotes, CRLF records); the BOM must be there and is removed.</summary>
    public static List<List<string>> ParseCsv(byte[] bytes)
    {
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "csv must start with a UTF-8 BOM");
        var text = Encoding.UTF8.GetString(bytes.AsSpan(Encoding.UTF8.Preamble.Length));
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                Assert.NotEqual('\n', c);
                field.Append(c);
            }
        }

        Assert.Empty(record);
        Assert.Equal(0, field.Length);
        return records;
    }

    public static WorksheetPart Worksheet(SpreadsheetDocument document, string sheetName)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        return (WorksheetPart)workbook.GetPartById(sheet.Id!);
    }

    /// <summary>A sheet's cells by A1 reference: numbers as decimals, text as strings.</summary>
    public static Dictionary<string, object> Cells(SpreadsheetDocument document, string sheetName)
    {
        var part = Worksheet(document, sheetName);
        var cells = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var cell in part.Worksheet.Descendants<Cell>())
        {
            if (cell.CellValue is { } value)
            {
                cells[cell.CellReference!] = decimal.Parse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
            }
            else if (cell.InlineString is { } inline)
            {
                cells[cell.CellReference!] = inline.InnerText;
            }
        }

        return cells;
    }

    /// <summary>The numbers of a sheet in reading order (row by row, left to right).</summary>
    public static List<decimal> NumbersInOrder(SpreadsheetDocument document, string sheetName)
    {
        var part = Worksheet(document, sheetName);
        return [.. part.Worksheet.Descendants<Cell>().Where(c => c.CellValue is not null)
            .Select(c => decimal.Parse(c.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture))];
    }

    public static IReadOnlyList<string> MergedRanges(SpreadsheetDocument document, string sheetName)
    {
        var part = Worksheet(document, sheetName);
        return [.. part.Worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!)];
    }
}
