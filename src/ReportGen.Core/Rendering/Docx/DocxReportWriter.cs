using ReportGen.Core.Model;

namespace ReportGen.Core.Rendering.Docx;

public sealed record DocxOptions
{
    public FontSet Fonts { get; init; } = FontSet.Default;

    /// <summary>The document's dates (docProps/core.xml); from SOURCE_DATE_EPOCH, else derived from the input, never the clock.</summary>
    public DateTimeOffset? Timestamp { get; init; }
}

/// <summary>Writes a valid report as an official-document .docx (GB/T 9704). Same input, same bytes.</summary>
public static class DocxReportWriter
{
    public static void Write(AnnualReport report, Stream output, DocxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        _ = options;
        throw new NotImplementedException("the .docx writer is being written (issue 3)");
    }
}
