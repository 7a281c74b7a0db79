using ReportGen.Core.Model;
using ReportGen.Core.Rendering.Docx;

namespace ReportGen.Core.Rendering;

/// <summary>
/// Turns a valid report into a document. The build run takes one, so that it can be exercised with a fake
/// (and failures injected) independently of the real .docx writer.
/// </summary>
public interface IReportRenderer
{
    /// <summary>The output file's extension, with its dot (<c>.docx</c>).</summary>
    string Extension { get; }

    void Render(AnnualReport report, Stream output);
}

/// <summary>The official-document .docx renderer (<see cref="DocxReportWriter"/>).</summary>
public sealed class DocxReportRenderer(DocxOptions options) : IReportRenderer
{
    public DocxOptions Options { get; } = options;

    public string Extension => ".docx";

    public void Render(AnnualReport report, Stream output) => DocxReportWriter.Write(report, output, Options);
}
