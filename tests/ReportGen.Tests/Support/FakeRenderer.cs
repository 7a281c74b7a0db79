using System.Collections.Concurrent;
using System.Text;
using ReportGen.Core.Model;
using ReportGen.Core.Rendering;
using ReportGen.Core.Rendering.Docx;

namespace ReportGen.Tests.Support;

/// <summary>
/// Stands in for the .docx writer: writes the report's agency, year and the options it was given, so tests
/// see which report went to which file; can fail half-way for one agency to test atomic writes.
/// </summary>
public sealed class FakeRenderer(DocxOptions options, string? failFor = null, Exception? failure = null) : IReportRenderer
{
    public ConcurrentBag<string> Rendered { get; } = [];

    public string Extension => ".docx";

    public static string Content(AnnualReport report, DocxOptions options) =>
        $"{report.Agency}|{report.Year}|{options.Fonts.Body}|{options.Fonts.Title}|{options.Timestamp?.ToUnixTimeSeconds()}";

    public void Render(AnnualReport report, Stream output)
    {
        Rendered.Add(report.Agency);
        var bytes = Encoding.UTF8.GetBytes(Content(report, options));
        if (report.Agency == failFor)
        {
            // Half a document, then the failure: what a full disk or a writer defect looks like.
            output.Write(bytes, 0, bytes.Length / 2);
            throw failure ?? new IOException("No space left on device", 28);
        }

        output.Write(bytes);
    }
}
