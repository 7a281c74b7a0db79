using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Format;
using ReportGen.Core.Model;

namespace ReportGen.Core.Reading;

/// <summary>
/// Binds the YAML tree to an <see cref="AnnualReport"/>, strictly: every key is one the format catalog
/// knows, every value has the right shape, and every problem is reported (not just the first).
/// </summary>
internal sealed partial class ReportBinder
{
    private readonly DiagnosticBag _diagnostics;
    private readonly ValueReader _values;
    private readonly KeyMapper _keys;
    private readonly TableBinder _tables;

    public ReportBinder(DiagnosticBag diagnostics)
    {
        _diagnostics = diagnostics;
        _values = new ValueReader(diagnostics);
        _keys = new KeyMapper(diagnostics, _values);
        _tables = new TableBinder(diagnostics, _values, _keys, UncheckableParts);
    }

    private SourceMap Map => _diagnostics.Map;

    /// <summary>Parts of the file (tables, the year) with a shape error, whose rules cannot be checked.</summary>
    public HashSet<string> UncheckableParts { get; } = new(StringComparer.Ordinal);

    public AnnualReport? Bind(YamlNode root)
    {
        Map.AddValue("", root.Start);
        if (root is YamlScalar { IsNull: true })
        {
            _diagnostics.At(RuleCatalog.MissingKey, root.Start, null, "文件中只有注释或空文档，没有任何内容：请用 reportgen init 生成模板后填写。");
            return null;
        }

        if (root is not YamlMapping mapping)
        {
            _values.Wrong(root, "", $"文件的最外层应是键值对（format: 2021、year: …、agency: …），实际是{root.KindName}。请参照 reportgen init 生成的模板。");
            return null;
        }

        var report = new AnnualReport();
        var fields = _keys.Entries(mapping, "", InputFields.TopLevel.Select(f => (f.Key, f.Label)), "文件最外层");

        foreach (var field in InputFields.TopLevel.Where(f => f.Required))
        {
            if (!fields.ContainsKey(field.Key))
            {
                _diagnostics.At(RuleCatalog.MissingKey, root.Start, field.Key,
                    $"缺少必填的“{field.Key}”（{field.Label}）。{field.Description}。");
            }
        }

        if (fields.TryGetValue("format", out var format))
        {
            BindFormat(format);
        }

        if (!fields.TryGetValue("year", out var year) || _values.Count(year, "year", "报告年度") is not { } y)
        {
            UncheckableParts.Add("year");
        }
        else
        {
            report.Year = (int)Math.Min(y, int.MaxValue);
        }

        if (fields.TryGetValue("agency", out var agency))
        {
            report.Agency = BindAgency(agency) ?? "";
        }

        if (fields.TryGetValue("title", out var title))
        {
            report.Title = _values.Text(title, "title", "标题")?.Trim();
        }

        if (fields.TryGetValue("agency_type", out var agencyType))
        {
            report.AgencyType = Choice<AgencyType>(agencyType, "agency_type", InputFields.AgencyTypes, "机关类型");
        }

        if (fields.TryGetValue("admin_level", out var adminLevel))
        {
            report.AdminLevel = Choice<AdminLevel>(adminLevel, "admin_level", InputFields.AdminLevels, "行政层级");
        }

        if (fields.TryGetValue("publish_date", out var date))
        {
            report.PublishDate = _values.Date(date, "publish_date", "发布日期");
        }

        if (fields.TryGetValue("contact", out var contact))
        {
            report.Contact = BindContact(contact);
        }

        if (fields.TryGetValue("preface", out var preface))
        {
            report.Preface = _values.Paragraphs(preface, "preface", "前言");
        }

        report.Overview = BindProse(fields, FormatCatalog.Overview);
        report.Problems = BindProse(fields, FormatCatalog.Problems);
        report.OtherMatters = BindProse(fields, FormatCatalog.OtherMatters);

        if (fields.TryGetValue(FormatCatalog.Proactive.Key, out var proactive))
        {
            report.Proactive = _tables.BindProactive(proactive);
        }

        if (fields.TryGetValue(FormatCatalog.Requests.Key, out var requests))
        {
            report.Requests = _tables.BindRequests(requests);
        }

        if (fields.TryGetValue(FormatCatalog.Reviews.Key, out var reviews))
        {
            report.Reviews = _tables.BindReviews(reviews);
        }

        return report;
    }

    private void BindFormat(YamlNode node)
    {
        Map.AddValue("format", node.Start);
        var text = (node as YamlScalar)?.Value.Trim() ?? node.KindName;
        if (text == FormatCatalog.FormatId.ToString(CultureInfo.InvariantCulture) && node is YamlScalar { IsPlain: true })
        {
            return;
        }

        var message = TrialFormat.IsTrialFormatId(text)
            ? TrialFormat.FormatMessage
            : $"不支持的格式“{DiagnosticText.Quote(text)}”：目前只支持 format: 2021（{FormatCatalog.NoticeNumber}）。";
        _diagnostics.At(RuleCatalog.UnsupportedFormat, node.Start, "format", message, "2021", DiagnosticText.Quote(text));
    }

    private string? BindAgency(YamlNode node)
    {
        var name = _values.Text(node, "agency", "机关名称")?.Trim();
        if (name is null)
        {
            return null;
        }

        if (AgencyName.UnsafePart(name) is { } what)
        {
            _diagnostics.At(RuleCatalog.BadCharacter, node.Start, "agency",
                $"机关名称“{DiagnosticText.Quote(name)}”中含有 {what}：机关名称会用在报告标题和文件名中，不能含有路径或文件名中的特殊字符。请删去它。", null, DiagnosticText.Quote(name));
            return null;
        }

        return name;
    }

    private T? Choice<T>(YamlNode node, string path, IReadOnlyList<InputChoice> choices, string label)
        where T : struct, Enum
    {
        var text = _values.Text(node, path, label)?.Trim();
        if (text is null)
        {
            return null;
        }

        var choice = choices.FirstOrDefault(c => c.Value == text || c.Label == text);
        if (choice is not null)
        {
            return Enum.Parse<T>(choice.Value, ignoreCase: true);
        }

        var allowed = string.Join("、", choices.Select(c => $"{c.Value}（{c.Label}）"));
        _values.Wrong(node, path, $"“{label}”的值“{DiagnosticText.Quote(text)}”不在可选范围内：只能是 {allowed}。", string.Join(" | ", choices.Select(c => c.Value)), DiagnosticText.Quote(text));
        return null;
    }

    private Contact? BindContact(YamlNode node)
    {
        if (_keys.Expect<YamlMapping>(node, "contact", "联系方式") is not { } mapping)
        {
            return null;
        }

        var fields = _keys.Entries(mapping, "contact", InputFields.Contact.Select(f => (f.Key, f.Label)), "contact（联系方式）");
        // A blank value (the init template's "") is the same as leaving the key out.
        var contact = new Contact();
        foreach (var field in InputFields.Contact)
        {
            contact[field] = fields.TryGetValue(field.Key, out var value)
                && _values.Text(value, "contact." + field.Key, field.Label, allowEmpty: true)?.Trim() is { Length: > 0 } text
                ? text
                : null;
        }

        return contact;
    }

    private List<ProseSection> BindProse(Dictionary<string, YamlNode> fields, ReportSection section)
    {
        if (!fields.TryGetValue(section.Key, out var node))
        {
            return [];
        }

        var path = section.Key;
        Map.AddValue(path, node.Start);
        if (node is YamlScalar)
        {
            return _values.Paragraphs(node, path, section.Heading) is { } paragraphs ? [new ProseSection(null, paragraphs, path)] : [];
        }

        if (node is not YamlSequence sequence)
        {
            _values.Wrong(node, path, $"“{section.Heading}”应为一段文字，或若干 {{heading: 小标题, text: 正文}} 组成的列表。");
            return [];
        }

        if (sequence.Items.Count == 0)
        {
            _diagnostics.At(RuleCatalog.MissingKey, node.Start, path, $"“{section.Heading}”是空的，请填写。");
            return [];
        }

        var result = new List<ProseSection>();
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            var item = sequence.Items[i];
            Map.AddValue(itemPath, item.Start);
            if (item is YamlScalar)
            {
                if (_values.Paragraphs(item, itemPath, section.Heading) is { } loose)
                {
                    result.Add(new ProseSection(null, loose, itemPath));
                }

                continue;
            }

            if (_keys.Expect<YamlMapping>(item, itemPath, section.Heading + "的小节") is not { } mapping)
            {
                continue;
            }

            var entries = _keys.Entries(mapping, itemPath, InputFields.ProseItem.Select(f => (f.Key, f.Label)), section.Heading + "的小节");
            string? heading = null;
            if (entries.TryGetValue(InputFields.Heading, out var headingNode))
            {
                heading = BindHeading(headingNode, itemPath + "." + InputFields.Heading, section);
            }

            if (!entries.TryGetValue(InputFields.Text, out var textNode))
            {
                _diagnostics.At(RuleCatalog.MissingKey, item.Start, itemPath + "." + InputFields.Text,
                    $"“{section.Heading}”第 {i + 1} 个小节{(heading is null ? "" : "“" + heading + "”")}缺少正文 text。");
                continue;
            }

            if (_values.Paragraphs(textNode, itemPath + "." + InputFields.Text, heading ?? section.Heading) is { } paragraphs)
            {
                result.Add(new ProseSection(heading, paragraphs, itemPath + "." + InputFields.Text));
            }
        }

        return result;
    }

    private string? BindHeading(YamlNode node, string path, ReportSection section)
    {
        var heading = _values.Text(node, path, section.Heading + "的小标题")?.Trim();
        if (heading is null)
        {
            return null;
        }

        var match = NumberedHeading().Match(heading);
        if (match.Success && match.Length < heading.Length)
        {
            var stripped = heading[match.Length..].Trim();
            _diagnostics.At(RuleCatalog.NumberedHeading, node.Start, path,
                $"小标题“{heading}”自带序号“{match.Value.Trim()}”：序号由工具自动生成，已去掉，请在文件中删去。", stripped, heading);
            return stripped;
        }

        return heading;
    }

    [GeneratedRegex(@"^\s*(?:[（(]\s*[一二三四五六七八九十]+\s*[)）]|[一二三四五六七八九十]+\s*[、.．]|[0-9]+\s*[、.．)）])\s*[、.．]?\s*")]
    private static partial Regex NumberedHeading();
}
