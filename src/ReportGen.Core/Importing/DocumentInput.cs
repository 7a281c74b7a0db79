using System.Text;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Reading;

namespace ReportGen.Core.Importing;

/// <summary>
/// A published document as an input of validate, build and summarize: read by its reader, the report extracted,
/// written as the YAML <c>import</c> would write, and read by the same <see cref="ReportReader"/> as any input,
/// so that the same rules run; every finding is then placed in the document instead of in the YAML.
/// </summary>
public static class DocumentInput
{
    /// <summary>The largest document read.</summary>
    public const long MaxBytes = DocxDocumentReader.MaxFileBytes;

    /// <summary>Whether an input path is a published document rather than a YAML file.</summary>
    public static bool IsDocument(string path) => PublishedDocumentReaders.IsDocument(path);

    /// <summary>Reads and extracts a document from disk. Throws <see cref="InputUnreadableException"/> (exit 2) when it cannot be read at all.</summary>
    public static (ImportResult Import, PublishedDocument Document) Import(string path, string displayName)
    {
        var reader = PublishedDocumentReaders.For(path)
            ?? throw new InputUnreadableException(displayName, "不支持这种文件（支持：" + string.Join("、", PublishedDocumentReaders.Extensions) + "）。");
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            var document = reader.Read(stream, displayName);
            return (ReportExtractor.Extract(document), document);
        }
        catch (DocumentUnreadableException e)
        {
            throw new InputUnreadableException(displayName, e.Reason, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputUnreadableException(displayName, e is FileNotFoundException ? "文件不存在。" : "读取时出错（" + e.Message + "）。", e);
        }
    }

    /// <summary>A document read as an input: the imported YAML's read result, with the import's findings, placed in the document.</summary>
    public static ReadResult Read(string path, string displayName)
    {
        var (import, _) = Import(path, displayName);
        return Read(import, displayName);
    }

    public static ReadResult Read(ImportResult import, string displayName)
    {
        ArgumentNullException.ThrowIfNull(import);
        var findings = import.Findings.Select(f => ToDiagnostic(f, displayName)).ToList();
        if (import.Report is null)
        {
            return new ReadResult(displayName, null, new SourceMap(), findings, new HashSet<string>()) { Document = import.Map };
        }

        var yaml = ImportedYaml.Write(import, displayName, Path.GetFileNameWithoutExtension(displayName) + ".yaml");
        var read = ReportReader.Read(displayName, Encoding.UTF8.GetBytes(yaml));
        return read with { Diagnostics = [.. findings, .. read.Diagnostics], Document = import.Map };
    }

    /// <summary>Findings of an input read from a document, placed in the document (the YAML was never the user's).</summary>
    public static IReadOnlyList<Diagnostic> Place(ReadResult read, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (read.Document is not { } map)
        {
            return diagnostics;
        }

        return [.. diagnostics.Select(d =>
        {
            var location = d.Location ?? map.Locate(d.YamlPath);
            return d with { Location = location, Line = location.Page, Column = 0 };
        })];
    }

    public static Diagnostic ToDiagnostic(ImportFinding finding, string displayName)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new Diagnostic(finding.Rule.Id, finding.Rule.Severity, displayName, finding.Position.Page, 0, finding.YamlPath, finding.Message, Location: finding.Position);
    }
}
