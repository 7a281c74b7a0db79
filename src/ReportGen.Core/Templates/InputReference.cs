using System.Globalization;
using System.Text;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Format;

namespace ReportGen.Core.Templates;

/// <summary>
/// The input reference (docs/input-reference.md), written from <see cref="InputShape"/> like the template and
/// the schema. A test compares the committed page with this output, so the page cannot drift from the code.
/// </summary>
public static class InputReference
{
    public static string Create()
    {
        var page = new StringBuilder();
        void Line(string text = "") => page.Append(text).Append('\n');

        Line("# 输入文件参考 · Input file reference");
        Line();
        Line("<!-- Generated from the format catalog (src/ReportGen.Core/Format) by InputReference.Create.");
        Line("     Do not edit: run `UPDATE_GOLDEN=1 dotnet test --filter InputReference` to rewrite it. -->");
        Line();
        Line($"One YAML file holds one agency's report for one year, in the format of {FormatCatalog.NoticeNumber}. "
            + "Keys are stable English `snake_case`; every key, row and column also has its Chinese label, which the "
            + "`reportgen init` template shows in its comments, the JSON Schema (`reportgen schema`) in its titles and "
            + "the validator in its messages. All four come from the same catalog as this page.");
        Line();
        Line("一个 YAML 文件是一个机关一个年度的年度报告数据。下表列出每个键的中文名称、取值和说明。");
        Line("`reportgen init` 生成带这些说明的模板；`reportgen schema` 生成供编辑器补全的 JSON Schema。");
        Line();
        Line("## 取值 · Values");
        Line();
        Line("| 类型 | 写法 |");
        Line("|---|---|");
        void Value(string kind, string text) => Line($"| {kind} | {Cell(text)} |");
        Value("件数", $"不小于 0 的整数，只写数字：没有就填 0，不能空着、不能填 “/” 或 “-”，不加引号，不以 0 开头，不超过 {ChineseText.Figure(InputLimits.MaxCount)}（{RuleCatalog.WrongType.Id}）");
        Value("金额", $"{InputShape.FeeRule}（{RuleCatalog.WrongType.Id}）");
        Value("一行", $"方括号中的一行件数，如 `[0, 1, 0, 0, 0, 0]`；个数不对时报 {RuleCatalog.RowLength.Id}");
        Value("文字", $"一行文字；必填的文字不能为空（{RuleCatalog.MissingKey.Id}）。像数字的文字（邮编、电话）请加引号");
        Value("正文", $"一段文字（`key: |` 后另起一行、缩进书写，每个非空行是一个自然段），或若干小节 `- {InputFields.Heading}: 小标题` / `{InputFields.Text}: |`；空着时报 {RuleCatalog.MissingKey.Id}");
        Line();
        Line($"Unknown keys are refused ({RuleCatalog.UnknownKey.Id}), as are duplicate keys ({RuleCatalog.DuplicateKey.Id}) and YAML anchors ({RuleCatalog.AnchorAlias.Id}).");
        Line();

        Line("## 顶层 · Top level");
        Line();
        Table(page, InputShape.TopLevel);

        foreach (var node in InputShape.TopLevel.Where(n => n.Kind == InputNodeKind.Mapping))
        {
            Line();
            Line($"## `{node.Key}` — {node.Label}");
            Line();
            Line(node.Description.EndsWith('。') ? node.Description : node.Description + "。");
            Line();
            var rows = node.Descendants.Where(d => d.Kind == InputNodeKind.Row).ToList();
            if (rows.Count > 0)
            {
                Line("每行的列 · Columns of every row:");
                Line();
                Line("| # | 列 |");
                Line("|---|---|");
                var columns = rows[0].Columns.Select(c => (Label: c, Note: "")).Append((Label: rows[0].TotalColumn!, Note: "（可选，填写时核对）"));
                var i = 0;
                foreach (var (label, note) in columns)
                {
                    Line($"| {ChineseText.Figure(++i)} | {label}{note} |");
                }

                Line();
            }

            Table(page, node.Descendants);
        }

        var prose = InputShape.TopLevel.Where(n => n.Kind == InputNodeKind.Prose).ToList();
        Line();
        Line("## 正文 · Prose: " + string.Join(" · ", prose.Select(p => $"`{p.Key}`")));
        Line();
        foreach (var section in prose)
        {
            Line($"- `{section.Key}`（{section.Label}）：{ValueText(section)}。{section.Description}。" + (section.SuggestedHeadings.Count > 0
                ? $"`reportgen init` 的模板预置小标题：{string.Join("、", section.SuggestedHeadings)}。"
                : ""));
        }

        Line();
        Line("每个小节 · Each sub-section:");
        Line();
        Table(page, prose[0].Children);

        return page.ToString();
    }

    private static void Table(StringBuilder page, IEnumerable<InputNode> nodes)
    {
        page.Append("| 键 key | 名称 | 取值 | 必填 | 说明 |\n|---|---|---|---|---|\n");
        foreach (var node in nodes)
        {
            // Sub-section keys repeat in every list item: the key alone says it.
            var path = node.Path.Contains("[]", StringComparison.Ordinal) ? node.Key : node.Path;
            page.Append(CultureInfo.InvariantCulture,
                $"| `{path}` | {Cell(node.Label)} | {Cell(ValueText(node))} | {(node.Required ? "是" : "")} | {Cell(node.Note ?? node.Description)} |\n");
        }
    }

    private static string ValueText(InputNode node) => node.Kind switch
    {
        InputNodeKind.Mapping => node.Children.Count == 0 ? "映射" : "映射：" + string.Join("、", node.Children.Select(c => c.Key)),
        InputNodeKind.FormatId => "固定为 " + ChineseText.Figure(FormatCatalog.FormatId),
        InputNodeKind.Year => "年份，不早于 " + ChineseText.Figure(FormatCatalog.FirstYear),
        InputNodeKind.Count => "件数",
        InputNodeKind.Fee => "金额（万元）",
        InputNodeKind.Text => "文字",
        InputNodeKind.OptionalText => "文字，可空",
        InputNodeKind.Date => "日期，如 2024-01-20",
        InputNodeKind.Choice => string.Join("、", node.Choices.Select(c => $"`{c.Value}`（{c.Label}）")),
        InputNodeKind.Prose => node.PrefersList ? "正文：若干小节（也可为一段文字）" : "正文：一段文字或若干小节",
        InputNodeKind.Row => $"一行 {ChineseText.Figure(node.Columns.Count)} 个件数，可加第 {ChineseText.Figure(node.Columns.Count + 1)} 个（{node.TotalColumn}）",
        _ => throw new InvalidOperationException("no value text for " + node.Path),
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

}
