using System.Text.Encodings.Web;
using System.Text.Json;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Pipeline;

namespace ReportGen.Cli.Output;

/// <summary>SARIF 2.1.0 on standard output, for code-scanning upload.</summary>
public sealed class SarifDiagnosticRenderer : DiagnosticRenderer
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public override void Render(IReadOnlyList<FileResult> results, RunSummary summary, CliEnvironment environment)
    {
        var rules = RuleCatalog.All;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "reportgen");
            json.WriteString("version", ReportGenApp.Version);
            json.WriteString("semanticVersion", ReportGenApp.Version);
            // No informationUri: the tool has no public home yet, and SARIF makes it optional.
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("name", rule.Id);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", rule.Title);
                json.WriteEndObject();
                json.WriteStartObject("fullDescription");
                json.WriteString("text", rule.Title + " — " + rule.TitleEnglish);
                json.WriteEndObject();
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(rule.Severity));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("results");
            foreach (var result in results)
            {
                foreach (var d in result.Diagnostics)
                {
                    json.WriteStartObject();
                    json.WriteString("ruleId", d.RuleId);
                    json.WriteNumber("ruleIndex", IndexOf(rules, d.RuleId));
                    json.WriteString("level", Level(d.Severity));
                    json.WriteStartObject("message");
                    json.WriteString("text", d.DocumentPlace is { } place ? place + "：" + d.Message : d.Message);
                    json.WriteEndObject();
                    json.WriteStartArray("locations");
                    json.WriteStartObject();
                    json.WriteStartObject("physicalLocation");
                    json.WriteStartObject("artifactLocation");
                    json.WriteString("uri", Uri(d.File));
                    json.WriteEndObject();
                    if (d.Line > 0)
                    {
                        json.WriteStartObject("region");
                        json.WriteNumber("startLine", d.Line);
                        if (d.Location is null)
                        {
                            json.WriteNumber("startColumn", Math.Max(1, d.Column));
                        }

                        json.WriteEndObject();
                    }

                    json.WriteEndObject();
                    if (d.YamlPath is { Length: > 0 })
                    {
                        json.WriteStartArray("logicalLocations");
                        json.WriteStartObject();
                        json.WriteString("fullyQualifiedName", d.YamlPath);
                        json.WriteEndObject();
                        json.WriteEndArray();
                    }

                    json.WriteEndObject();
                    json.WriteEndArray();
                    if (d.Expected is not null || d.Actual is not null)
                    {
                        json.WriteStartObject("properties");
                        json.WriteString("expected", d.Expected);
                        json.WriteString("actual", d.Actual);
                        json.WriteEndObject();
                    }

                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();

            json.WriteStartArray("invocations");
            json.WriteStartObject();
            var failures = results.Select(r => r.ReadFailure ?? summary.ReportOf(r)?.WriteFailure).OfType<string>().ToList();
            json.WriteBoolean("executionSuccessful", failures.Count == 0);
            json.WriteStartArray("toolExecutionNotifications");
            foreach (var failure in failures)
            {
                json.WriteStartObject();
                json.WriteString("level", "error");
                json.WriteStartObject("message");
                json.WriteString("text", failure);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        environment.Out.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        environment.Error.WriteLine(TextDiagnosticRenderer.SummaryLine(summary));
    }

    private static string Level(Severity severity) => severity == Severity.Error ? "error" : "warning";

    private static int IndexOf(IReadOnlyList<RuleDescriptor> rules, string id)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Relative paths stay relative (resolved against the checkout by code scanning), with forward slashes.</summary>
    private static string Uri(string file) => file.Replace('\\', '/');
}
