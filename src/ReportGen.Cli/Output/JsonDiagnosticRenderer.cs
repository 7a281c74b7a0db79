using System.Text.Encodings.Web;
using System.Text.Json;
using ReportGen.Core.Pipeline;

namespace ReportGen.Cli.Output;

/// <summary>One versioned JSON document on standard output listing every file and finding.</summary>
public sealed class JsonDiagnosticRenderer : DiagnosticRenderer
{
    public const int SchemaVersion = 1;

    public override void Render(IReadOnlyList<FileResult> results, RunSummary summary, CliEnvironment environment)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", SchemaVersion);
            json.WriteStartObject("tool");
            json.WriteString("name", "reportgen");
            json.WriteString("version", ReportGenApp.Version);
            json.WriteEndObject();
            json.WriteStartArray("files");
            foreach (var result in results)
            {
                json.WriteStartObject();
                json.WriteString("file", result.Source.DisplayName);
                json.WriteBoolean("valid", !result.HasErrors);
                json.WriteNumber("errors", result.ErrorCount);
                json.WriteNumber("warnings", result.WarningCount);
                if (result.ReadFailure is not null)
                {
                    json.WriteString("readFailure", result.ReadFailure);
                }

                if (summary.ReportOf(result) is { } report)
                {
                    // Only build writes reports: the path written, or null, and why writing failed.
                    WriteNullable(json, "report", report.Written ? report.OutputDisplay : null);
                    if (report.WriteFailure is not null)
                    {
                        json.WriteString("reportFailure", report.WriteFailure);
                    }
                }

                json.WriteStartArray("diagnostics");
                foreach (var d in result.Diagnostics)
                {
                    json.WriteStartObject();
                    json.WriteString("id", d.RuleId);
                    json.WriteString("severity", d.IsError ? "error" : "warning");
                    json.WriteNumber("line", d.Line);
                    json.WriteNumber("column", d.Column);
                    WriteNullable(json, "path", d.YamlPath);
                    json.WriteString("message", d.Message);
                    WriteNullable(json, "expected", d.Expected);
                    WriteNullable(json, "actual", d.Actual);
                    if (d.Location is { } location)
                    {
                        // A published document: where in it (0 = not known for this kind of file).
                        json.WriteStartObject("location");
                        json.WriteNumber("page", location.Page);
                        json.WriteNumber("table", location.Table);
                        json.WriteNumber("row", location.Row);
                        json.WriteNumber("column", location.Column);
                        json.WriteNumber("paragraph", location.Paragraph);
                        json.WriteString("description", location.Describe());
                        json.WriteEndObject();
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", summary.Files);
            json.WriteNumber("errors", summary.Errors);
            json.WriteNumber("warnings", summary.Warnings);
            json.WriteNumber("reportsWritten", summary.ReportsWritten);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        environment.Out.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
