using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using ReportGen.Core.Format;
using ReportGen.Core.Templates;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Schema;

public partial class InputSchemaTests
{
    public const string CommittedSchema = "schema/reportgen-input.schema.json";

    /// <summary>Rules about the shape of the file, which a JSON Schema can express.</summary>
    private static readonly string[] ShapeRules = ["RG002", "RG004", "RG005", "RG006", "RG007"];

    private static readonly string FixtureFolder = Path.Combine("tests", "ReportGen.Tests", "Schema", "fixtures");

    private static readonly JsonSchema Schema = JsonSchema.FromText(InputSchema.Create());

    [Fact]
    public async Task Committed_schema_is_what_reportgen_schema_writes()
    {
        var result = await CliRunner.RunAsync("schema");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Golden.AssertMatchesCommitted(CommittedSchema, result.Out);
    }

    [Fact]
    public void Schema_is_a_valid_draft_2020_12_schema_and_a_valid_draft_07_one_for_editors()
    {
        var schema = JsonDocument.Parse(InputSchema.Create()).RootElement;

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.GetProperty("$schema").GetString());
        Assert.True(MetaSchemas.Draft202012.Evaluate(schema).IsValid);
        Assert.True(MetaSchemas.Draft7.Evaluate(schema).IsValid);
    }

    [Fact]
    public void Schema_uses_only_keywords_that_mean_the_same_in_draft_07()
    {
        // yaml-language-server (VS Code's YAML extension) validates with draft-07 semantics: prefixItems,
        // $defs with sibling keywords or unevaluatedProperties would be ignored or misread there.
        string[] portable =
        [
            "$schema", "title", "description", "type", "properties", "required", "additionalProperties", "items",
            "minItems", "maxItems", "minimum", "maximum", "const", "enum", "pattern", "anyOf", "examples",
            // Not a JSON Schema keyword: the message VS Code's YAML and JSON services show for a failed pattern.
            "patternErrorMessage",
        ];

        var used = Schemas(JsonNode.Parse(InputSchema.Create())!.AsObject()).SelectMany(s => s.Select(p => p.Key)).Distinct();

        Assert.Empty(used.Except(portable));
    }

    [Fact]
    public void Every_property_has_a_chinese_title_and_description_and_every_object_is_closed()
    {
        var schemas = Schemas(JsonNode.Parse(InputSchema.Create())!.AsObject()).ToList();
        var properties = schemas.Where(s => s["properties"] is not null)
            .SelectMany(s => s["properties"]!.AsObject().Select(p => (Name: p.Key, Schema: p.Value!.AsObject()))).ToList();

        Assert.True(properties.Count > 60, $"only {properties.Count} properties");
        Assert.All(properties, p => Assert.Matches(Cjk(), (string?)p.Schema["title"] ?? p.Name + " has no title"));
        Assert.All(properties, p => Assert.Matches(Cjk(), (string?)p.Schema["description"] ?? p.Name + " has no description"));
        Assert.All(schemas.Where(s => s["type"] is JsonValue type && (string?)type == "object"), s => Assert.False((bool)s["additionalProperties"]!));
    }

    [Fact]
    public void Rows_counts_fee_and_choices_are_constrained_as_the_reader_reads_them()
    {
        var schema = JsonNode.Parse(InputSchema.Create())!;
        var requests = schema["properties"]!["requests"]!["properties"]!;
        var denied = requests["denied"]!["properties"]!["state_secret"]!;
        var review = schema["properties"]!["reviews_and_litigation"]!["properties"]!["review"]!;
        var proactive = schema["properties"]!["proactive"]!["properties"]!;

        Assert.Equal((6, 7), ((int)requests["new"]!["minItems"]!, (int)requests["new"]!["maxItems"]!));
        Assert.Equal((6, 7), ((int)denied["minItems"]!, (int)denied["maxItems"]!));
        Assert.Equal((4, 5), ((int)review["minItems"]!, (int)review["maxItems"]!));
        Assert.Equal("integer", (string?)denied["items"]!["type"]);
        Assert.Equal(0, (int)denied["items"]!["minimum"]!);
        Assert.Equal("integer", (string?)proactive["regulations"]!["properties"]!["in_force"]!["type"]);
        Assert.Equal("number", (string?)proactive["fees"]!["type"]);
        Assert.Equal(0, (int)proactive["fees"]!["minimum"]!);
        Assert.Equal(FormatCatalog.FormatId, (int)schema["properties"]!["format"]!["const"]!);
        Assert.Equal(["department", "government", "部门", "人民政府"], schema["properties"]!["agency_type"]!["enum"]!.AsArray().Select(v => (string?)v));
        Assert.Equal(["format", "year", "agency", "overview", "problems", "other_matters"], schema["required"]!.AsArray().Select(v => (string?)v));
    }

    public static TheoryData<string> Samples() =>
        [.. Directory.GetFiles(Repository.Samples, "*.yaml").Select(f => Path.GetRelativePath(Repository.Root, f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_is_valid_against_the_schema(string sample) =>
        AssertValid(File.ReadAllText(Path.Combine(Repository.Root, sample)));

    [Fact]
    public void The_init_template_fails_the_schema_until_the_clerk_writes_agency_and_prose_as_it_fails_validation()
    {
        var template = InputTemplate.Create(new InputTemplateOptions { Year = 2023 });

        var blank = Evaluate(template);

        Assert.False(blank.IsValid);
        AssertValid(Clerk.Fill(template, agency: "测试局"));
    }

    /// <summary>
    /// Files that break the shape: this project's fixtures, and samples/invalid/ where present. Each says what
    /// reportgen reports with "# expect: RGxxx" lines at its top; those expecting a shape rule must fail the
    /// schema, except files marked "# schema: accepts — why" for what JSON cannot tell apart.
    /// </summary>
    public static TheoryData<string> ShapeBreakingFiles()
    {
        var folders = new[] { FixtureFolder, Path.Combine("samples", "invalid") }
            .Where(f => Directory.Exists(Path.Combine(Repository.Root, f)));
        var files = folders.SelectMany(f => Directory.GetFiles(Path.Combine(Repository.Root, f), "*.y*ml", SearchOption.AllDirectories))
            .Where(f => Expected(File.ReadAllText(f)).Intersect(ShapeRules).Any())
            .Select(f => Path.GetRelativePath(Repository.Root, f))
            .Order(StringComparer.Ordinal);
        return [.. files];
    }

    [Theory]
    [MemberData(nameof(ShapeBreakingFiles))]
    public void A_file_that_breaks_the_shape_fails_the_schema(string file)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, file));

        if (AcceptedBecause(text) is { } reason)
        {
            // A documented limit of JSON Schema: the marker must stay true, or be removed.
            Assert.True(Evaluate(text).IsValid, $"{file} is marked \"schema: accepts\" ({reason}) but the schema rejects it: remove the marker.");
        }
        else
        {
            Assert.False(ParsesAndIsValid(text), $"{file} breaks the shape ({string.Join(", ", Expected(text))}) but the schema accepts it.");
        }
    }

    public static TheoryData<string> Fixtures() =>
        [.. Directory.GetFiles(Path.Combine(Repository.Root, FixtureFolder), "*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Each_fixture_breaks_exactly_the_rules_it_says(string fixture)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, FixtureFolder, fixture));

        var errors = Yaml.Validate(text).Where(d => d.IsError).Select(d => d.RuleId).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(Expected(text).Order(StringComparer.Ordinal), errors);
    }

    private static void AssertValid(string yaml)
    {
        var result = Evaluate(yaml);
        var errors = (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"));
        Assert.True(result.IsValid, string.Join("\n", errors));
    }

    /// <summary>A file an editor cannot even parse (bad YAML, a duplicate key) is rejected too.</summary>
    private static bool ParsesAndIsValid(string yaml)
    {
        try
        {
            return Evaluate(yaml).IsValid;
        }
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or ArgumentException)
        {
            return false;
        }
    }

    private static EvaluationResults Evaluate(string yaml) =>
        Schema.Evaluate(YamlJson.Convert(yaml), new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static IEnumerable<string> Expected(string text) =>
        Header(text).SelectMany(l => ExpectLine().Match(l) is { Success: true } m ? RuleIds().Matches(m.Groups[1].Value).Select(r => r.Value) : []);

    private static string? AcceptedBecause(string text) =>
        Header(text).Select(l => AcceptsLine().Match(l)).FirstOrDefault(m => m.Success)?.Groups[1].Value;

    /// <summary>The comment lines at the top of a file.</summary>
    private static IEnumerable<string> Header(string text) =>
        text.TrimStart('\uFEFF').Split('\n').TakeWhile(l => l.StartsWith('#') || l.Trim().Length == 0);

    /// <summary>Every schema object in the document: the root, and every subschema below it.</summary>
    private static IEnumerable<JsonObject> Schemas(JsonObject schema)
    {
        yield return schema;
        var children = schema.Where(p => p.Key is "properties").SelectMany(p => p.Value!.AsObject().Select(c => c.Value))
            .Concat(schema.Where(p => p.Key is "items").Select(p => p.Value))
            .Concat(schema.Where(p => p.Key is "anyOf").SelectMany(p => p.Value!.AsArray()));
        foreach (var child in children.OfType<JsonObject>())
        {
            foreach (var below in Schemas(child))
            {
                yield return below;
            }
        }
    }

    [GeneratedRegex(@"^#\s*expect:\s*(.*)$")]
    private static partial Regex ExpectLine();

    [GeneratedRegex(@"RG\d{3}")]
    private static partial Regex RuleIds();

    [GeneratedRegex(@"^#\s*schema:\s*accepts\b\s*[—-]?\s*(.*)$")]
    private static partial Regex AcceptsLine();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Cjk();
}
