using System.Text;

namespace ReportGen.Core.Summary;

/// <summary>
/// The summary as csv: UTF-8 with a BOM (so Excel on Chinese Windows reads it as UTF-8), one row per agency
/// and a 合计 row, one column per cell headed by its full Chinese label, quoted per RFC 4180 (CRLF lines).
/// Text from the inputs that a spreadsheet would take for a formula is defused (<see cref="Defuse"/>).
/// </summary>
public static class SummaryCsvWriter
{
    public static void Write(JurisdictionSummary summary, Stream output)
    {
        ArgumentNullException.ThrowIfNull(summary);
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true)
        {
            NewLine = "\r\n",
        };
        var cells = SummaryCells.All;
        WriteRow(writer, [SummaryLabels.Agency, SummaryLabels.File, .. cells.Select(c => c.Label)]);
        foreach (var agency in summary.Agencies)
        {
            WriteRow(writer, [Defuse(agency.Agency), Defuse(agency.File), .. cells.Select(c => SummaryCell.Format(agency.Value(c)))]);
        }

        WriteRow(writer, [SummaryLabels.TotalRow, "", .. cells.Select(c => SummaryCell.Format(summary.Total(c)))]);
    }

    private static void WriteRow(StreamWriter writer, IEnumerable<string> fields)
    {
        writer.WriteLine(string.Join(",", fields.Select(Quote)));
    }

    /// <summary>
    /// A text that starts like a formula (<c>= + - @</c>, tab, carriage return) gets a leading apostrophe, so that
    /// Excel or WPS opening the csv shows it instead of evaluating it (CSV injection); figures are ours, never so.
    /// </summary>
    public static string Defuse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }

    /// <summary>RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.</summary>
    public static string Quote(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.AsSpan().IndexOfAny(",\"\r\n") < 0
            ? field
            : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
