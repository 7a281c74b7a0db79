using System.Globalization;
using ReportGen.Core.Format;
using ReportGen.Core.Model;

namespace ReportGen.Core.Summary;

public enum SummaryCellKind
{
    /// <summary>A whole number of documents, decisions, requests or cases.</summary>
    Count,
    /// <summary>本年收费金额, in 万元.</summary>
    Fee,
}

/// <summary>
/// One data cell of the three tables: its YAML path, its full Chinese label (every header from the
/// section heading down, joined by ·) and how to read it from a report.
/// </summary>
public sealed record SummaryCell(int Index, string Key, string Label, SummaryCellKind Kind, Func<AnnualReport, decimal> Read)
{
    public const string Separator = "·";

    /// <summary>A value as written in the csv and shown for tracing: integers plain, fees without trailing zeros.</summary>
    public static string Format(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}

/// <summary>Every data cell of the three tables, in table order (A, B, C; row by row), with labels from <see cref="FormatCatalog"/>.</summary>
public static class SummaryCells
{
    public static IReadOnlyList<SummaryCell> All { get; } = Create();

    private static List<SummaryCell> Create()
    {
        var cells = new List<(string Key, string Label, SummaryCellKind Kind, Func<AnnualReport, decimal> Read)>();
        var proactive = FormatCatalog.ProactiveTable;
        foreach (var clause in proactive.Clauses)
        {
            foreach (var item in clause.Items)
            {
                var prefix = Join(FormatCatalog.Proactive.Heading, clause.Label, item.Label);
                switch (item.Kind)
                {
                    case ProactiveValueKind.DocumentCounts:
                        for (var c = 0; c < proactive.DocumentColumns.Count; c++)
                        {
                            var column = c;
                            cells.Add((item.YamlPath + "." + proactive.DocumentColumns[c].Key, Join(prefix, proactive.DocumentColumns[c].Label),
                                SummaryCellKind.Count, r => r.Proactive.Documents(item)[column]));
                        }

                        break;
                    case ProactiveValueKind.DecisionCount:
                        cells.Add((item.YamlPath, Join(prefix, clause.ValueHeader!), SummaryCellKind.Count, r => r.Proactive.Decisions(item)));
                        break;
                    default:
                        cells.Add((item.YamlPath, Join(prefix, clause.ValueHeader!), SummaryCellKind.Fee, r => r.Proactive.Fees.Value));
                        break;
                }
            }
        }

        var requests = FormatCatalog.RequestTable;
        foreach (var row in requests.Rows)
        {
            foreach (var column in requests.Columns)
            {
                var columnLabel = column.IsLegalPerson ? Join(RequestTableSpec.LegalPersonsHeader, column.Label) : column.Label;
                cells.Add((Indexed(row.YamlPath, column.Index), Join(FormatCatalog.Requests.Heading, row.FullLabel, columnLabel),
                    SummaryCellKind.Count, r => r.Requests.Value(row, column)));
            }
        }

        var reviews = FormatCatalog.ReviewTable;
        foreach (var row in reviews.Rows)
        {
            foreach (var column in reviews.Columns)
            {
                cells.Add((Indexed(row.YamlPath, column.Index), Join(FormatCatalog.Reviews.Heading, row.FullLabel, column.Label),
                    SummaryCellKind.Count, r => r.Reviews.Value(row, column)));
            }
        }

        return [.. cells.Select((c, i) => new SummaryCell(i, c.Key, c.Label, c.Kind, c.Read))];
    }

    private static string Join(params string[] parts) => string.Join(SummaryCell.Separator, parts);

    private static string Indexed(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
