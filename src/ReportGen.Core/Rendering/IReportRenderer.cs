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
public sealed class DocxReportRenderer : IReportRenderer
{
    public DocxReportRenderer(DocxOptions options)
    {
        Options = options;
        // The first report would wait for the Open XML SDK's first use (bench/README.md has the figure), the body's templates and the
        // font set's shared parts: make them on the spare core while the inputs are read and validated (same
        // parts, same bytes; a report that gets there first waits for them rather than making them twice).
        _ = Task.Run(() => DocxReportWriter.Prepare(options.Fonts));
    }

    public DocxOptions Options { get; }

    public string Extension => ".docx";

    public void Render(AnnualReport report, Stream output) => DocxReportWriter.Write(report, output, Options);
}
