using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Format;

namespace ReportGen.Core.Templates;

/// <summary>
/// The JSON Schema (draft 2020-12) of the input file, written from <see cref="InputShape"/> for editor
/// completion and for scripts that generate input files.
/// </summary>
/// <remarks>
/// It only uses keywords that mean the same in draft-07, because the YAML extension of VS Code
/// (yaml-language-server) validates with draft-07 semantics: no <c>prefixItems</c>, no <c>$ref</c> with
/// sibling keywords, no <c>unevaluatedProperties</c>. Every subschema is inlined, so every property carries
/// its own Chinese title and description.
/// What the schema cannot say, reportgen validate still checks: the fee's at most six decimals
/// (<c>multipleOf: 0.000001</c> fails on binary floating point in editors, and a pattern cannot apply to a
/// number), counts written as 1.0 or with a leading zero (JSON has no such distinction), the arithmetic and
/// every cross-field rule.
/// </remarks>
public static class InputSchema
{
    /// <summary>The schema file's usual name, which the init template points to.</summary>
    public const string FileName = "reportgen-input.schema.json";

    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>Not blank: at least one character that is not white space.</summary>
    private const string NotBlank = "\\S";

    /// <summary>
    /// The message VS Code's JSON and YAML services show when a pattern fails; other validators ignore it as an
    /// unknown keyword, which JSON Schema allows.
    /// </summary>
    private const string PatternErrorMessage = "patternErrorMessage";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        // The titles are Chinese and must stay readable in the file; it is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The schema as the file <c>reportgen schema</c> writes: same catalog, same bytes.</summary>
    public static string Create() => Build().ToJsonString(Json) + "\n";

    public static JsonObject Build()
    {
        var root = new JsonObject
        {
            ["$schema"] = Dialect,
            ["title"] = "ReportGen 输入文件：政府信息公开工作年度报告（" + FormatCatalog.NoticeNumber + "格式）",
            ["description"] = "一个机关一个年度的年度报告数据。reportgen validate 按格式的全部规则校验，reportgen build 生成 .docx 报告。",
        };
        AddObject(root, InputShape.TopLevel);
        return root;
    }

    private static JsonObject Node(InputNode node)
    {
        var schema = new JsonObject
        {
            ["title"] = node.Label,
            ["description"] = node.Description,
        };
        switch (node.Kind)
        {
            case InputNodeKind.Mapping:
                AddObject(schema, node.Children);
                break;
            case InputNodeKind.FormatId:
                schema["type"] = "integer";
                schema["const"] = FormatCatalog.FormatId;
                break;
            case InputNodeKind.Year:
                schema["type"] = "integer";
                schema["minimum"] = FormatCatalog.FirstYear;
                break;
            case InputNodeKind.Count:
                AddCount(schema);
                break;
            case InputNodeKind.Fee:
                schema["type"] = "number";
                schema["minimum"] = 0;
                schema["maximum"] = InputLimits.MaxFee;
                break;
            case InputNodeKind.Text:
                AddNotBlank(schema, node.Label);
                break;
            case InputNodeKind.OptionalText:
                // A phone number or postcode written without quotes is a number to YAML; reportgen takes it as text.
                schema["type"] = new JsonArray("string", "number", "null");
                break;
            case InputNodeKind.Date:
                schema["type"] = "string";
                schema["pattern"] = "^\\s*[0-9]{4}(-[0-9]{1,2}-[0-9]{1,2}|/[0-9]{1,2}/[0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日)\\s*$";
                schema[PatternErrorMessage] = $"“{node.Label}”应写成 2024-01-20 这样的日期（{RuleCatalog.WrongType.Id}）";
                schema["examples"] = new JsonArray("2024-01-20");
                break;
            case InputNodeKind.Choice:
                // The reader takes the English value or the Chinese label.
                schema["type"] = "string";
                schema["enum"] = new JsonArray([.. node.Choices.Select(c => JsonValue.Create(c.Value)), .. node.Choices.Select(c => JsonValue.Create(c.Label))]);
                break;
            case InputNodeKind.Prose:
                AddProse(schema, node);
                break;
            case InputNodeKind.Row:
                schema["type"] = "array";
                schema["minItems"] = node.Columns.Count;
                schema["maxItems"] = node.Columns.Count + 1;
                var cell = new JsonObject { ["title"] = string.Join(" · ", node.Columns.Append(node.TotalColumn)) };
                AddCount(cell);
                schema["items"] = cell;
                break;
            default:
                throw new InvalidOperationException("no schema for " + node.Path);
        }

        return schema;
    }

    private static void AddObject(JsonObject schema, IReadOnlyList<InputNode> children)
    {
        schema["type"] = "object";
        var properties = new JsonObject();
        foreach (var child in children)
        {
            properties[child.Key] = Node(child);
        }

        schema["properties"] = properties;
        var required = children.Where(c => c.Required).Select(c => JsonValue.Create(c.Key)).ToArray();
        if (required.Length > 0)
        {
            schema["required"] = new JsonArray(required);
        }

        schema["additionalProperties"] = false;
    }

    private static void AddCount(JsonObject schema)
    {
        schema["type"] = "integer";
        schema["minimum"] = 0;
        schema["maximum"] = InputLimits.MaxCount;
    }

    /// <summary>Text that is not blank, with the message the editor shows instead of the bare pattern.</summary>
    private static void AddNotBlank(JsonObject schema, string label)
    {
        schema["type"] = "string";
        schema["pattern"] = NotBlank;
        schema[PatternErrorMessage] = $"“{label}”是空的，请填写（{RuleCatalog.MissingKey.Id}）";
    }

    private static void AddProse(JsonObject schema, InputNode node)
    {
        var text = new JsonObject();
        AddNotBlank(text, node.Label);
        var section = new JsonObject { ["title"] = node.Label + "的小节" };
        AddObject(section, node.Children);
        schema["anyOf"] = new JsonArray(
            text,
            new JsonObject
            {
                ["type"] = "array",
                ["minItems"] = 1,
                ["items"] = new JsonObject { ["anyOf"] = new JsonArray(text.DeepClone(), section) },
            });
    }
}
