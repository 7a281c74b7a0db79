namespace ReportGen.Core.Summary;

/// <summary>One way to write a summary to a file: the extension it is chosen by, and the writer.</summary>
public sealed record SummaryWriter(string Extension, string Description, Action<JurisdictionSummary, Stream> Write);

/// <summary>
/// Every summary output, chosen by the output file's extension. A new format (HTML, PDF…) is one new writer
/// class and one line here; no command changes.
/// </summary>
public static class SummaryWriters
{
    public static readonly IReadOnlyList<SummaryWriter> All =
    [
        new(".xlsx", "Excel 工作簿", SummaryWorkbookWriter.Write),
        new(".csv", "CSV（UTF-8）", SummaryCsvWriter.Write),
    ];

    /// <summary>The extensions as help and messages list them: .xlsx 或 .csv.</summary>
    public static string ExtensionList => string.Join(" 或 ", All.Select(w => w.Extension));

    /// <summary>The writer for <paramref name="path"/>'s extension (any case), or null when none writes it.</summary>
    public static SummaryWriter? ForPath(string path) =>
        All.FirstOrDefault(w => string.Equals(Path.GetExtension(path), w.Extension, StringComparison.OrdinalIgnoreCase));
}
