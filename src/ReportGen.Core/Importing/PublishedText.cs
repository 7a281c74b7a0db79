using System.Text.RegularExpressions;
using ReportGen.Core.Format;

namespace ReportGen.Core.Importing;

/// <summary>
/// What the PDF and text readers need to know about a report's text to lay it out (not to interpret it):
/// page numbers and running footers, figures, and whether a table label was cut by a line break. The labels come
/// from <see cref="FormatCatalog"/>, never typed here.
/// </summary>
internal static partial class PublishedText
{
    /// <summary>
    /// A line that is only a page number: -3-, - 3 -, —3—, 3, 第3页, 第 3 页 共 6 页, 3/6. Such lines are dropped;
    /// a page number that lands inside a paragraph would otherwise end up in its text.
    /// </summary>
    public static bool IsPageNumber(string line) => PageNumberPattern().IsMatch(line);

    /// <summary>A figure as tables hold it: digits (half or full width, with separators), or a blank mark (—, -, /, 无).</summary>
    public static bool IsFigure(string cell)
    {
        var text = cell.Trim();
        return text.Length > 0 && (FigurePattern().IsMatch(text) || text is "—" or "-" or "/" or "－" or "／" or "无" or "——");
    }

    /// <summary>Every row, column and group label of the three tables, in the extractor's comparison form.</summary>
    private static readonly string[] KnownLabels = BuildKnownLabels();

    /// <summary>
    /// Whether <paramref name="next"/> is the rest of a label that a line break cut after <paramref name="start"/>
    /// (“8. 属于行” + “政查询 事项”, “一、本年新收政府信息公开申请” + “数量”): the start is not a label of the format on
    /// its own, and both together are one, or the beginning of one.
    /// </summary>
    public static bool ContinuesLabel(string start, string next)
    {
        var head = LabelText.Key(start);
        var tail = LabelText.Key(next);
        if (head.Length == 0 || tail.Length == 0 || IsKnownLabel(head))
        {
            return false;
        }

        var joined = head + tail;
        foreach (var label in KnownLabels)
        {
            if (label.StartsWith(joined, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsKnownLabel(string compact) => Array.IndexOf(KnownLabels, compact) >= 0;

    private static string[] BuildKnownLabels()
    {
        var labels = new List<string>
        {
            ProactiveTableSpec.ContentHeader,
            RequestTableSpec.CornerNote,
            RequestTableSpec.ApplicantsHeader,
            RequestTableSpec.LegalPersonsHeader,
            RequestTableSpec.OutcomesLabel,
            ReviewTableSpec.LitigationHeader,
        };
        foreach (var clause in FormatCatalog.ProactiveTable.Clauses)
        {
            labels.Add(clause.Label);
            if (clause.ValueHeader is not null)
            {
                labels.Add(clause.ValueHeader);
            }

            labels.AddRange(clause.Items.Select(i => i.Label));
        }

        labels.AddRange(FormatCatalog.ProactiveTable.DocumentColumns.Select(c => c.Label));
        labels.AddRange(FormatCatalog.RequestTable.Columns.Select(c => c.Label));
        labels.AddRange(FormatCatalog.RequestTable.Rows.Select(r => r.Label));
        labels.AddRange(FormatCatalog.RequestTable.Groups.Select(g => g.Label));
        labels.AddRange(FormatCatalog.ReviewTable.Columns.Select(c => c.Label));
        labels.AddRange(FormatCatalog.ReviewTable.Rows.Select(r => r.Label));
        return [.. labels.Select(LabelText.Key).Distinct(StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"^\s*(?:[-—–－‐]\s*\d{1,4}\s*[-—–－‐]|\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})\s*$")]
    private static partial Regex PageNumberPattern();

    [GeneratedRegex(@"^[+\-]?[0-9０-９][0-9０-９,，.．\s]*$")]
    private static partial Regex FigurePattern();
}
