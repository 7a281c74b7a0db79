using ReportGen.Core.Templates;

namespace ReportGen.Core.Importing;

/// <summary>
/// An imported report as an input file: the format <c>init</c> writes, with its Chinese comments
/// (<see cref="InputTemplate"/>), holding the published figures and paragraphs exactly.
/// </summary>
public static class ImportedYaml
{
    public static string Write(ImportResult import, string documentName, string fileName)
    {
        ArgumentNullException.ThrowIfNull(import);
        var report = import.Report ?? throw new ArgumentException("nothing was imported", nameof(import));
        return InputTemplate.Create(new InputTemplateOptions
        {
            Year = report.Year,
            Agency = report.Agency,
            Content = report,
            ContentSource = documentName,
            FileName = fileName,
        });
    }
}
