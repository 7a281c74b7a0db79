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

    public ReportBinder(DiagnosticBag diagnostics)
    {
        _diagnostics = diagnostics;
        _values = new ValueReader(diagnostics);
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
        var fields = Entries(mapping, "", InputFields.TopLevel.Select(f => (f.Key, f.Label)), "文件最外层");

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
            report.Proactive = BindProactive(proactive);
        }

        if (fields.TryGetValue(FormatCatalog.Requests.Key, out var requests))
        {
            report.Requests = BindRequests(requests);
        }

        if (fields.TryGetValue(FormatCatalog.Reviews.Key, out var reviews))
        {
            report.Reviews = BindReviews(reviews);
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

        var message = text.Contains("2019", StringComparison.Ordinal)
            ? "2019 年试行格式（国办公开办函〔2019〕60号）只用于 2019、2020 年度报告；2021 年度起必须使用 " + FormatCatalog.NoticeNumber + " 格式，请写 format: 2021 并按新格式填写表格。"
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

        var bad = name.IndexOfAny(['/', '\\', ':', '*', '?', '"', '<', '>', '|', '\n']);
        if (bad >= 0 || name.Contains("..", StringComparison.Ordinal))
        {
            var what = bad >= 0 ? "“" + DiagnosticText.Quote(name[bad].ToString()) + "”" : "“..”";
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
        if (Expect<YamlMapping>(node, "contact", "联系方式") is not { } mapping)
        {
            return null;
        }

        var fields = Entries(mapping, "contact", InputFields.Contact.Select(f => (f.Key, f.Label)), "contact（联系方式）");
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

            if (Expect<YamlMapping>(item, itemPath, section.Heading + "的小节") is not { } mapping)
            {
                continue;
            }

            var entries = Entries(mapping, itemPath, InputFields.ProseItem.Select(f => (f.Key, f.Label)), section.Heading + "的小节");
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

    private ProactiveData BindProactive(YamlNode node)
    {
        var spec = FormatCatalog.ProactiveTable;
        var path = FormatCatalog.Proactive.Key;
        var data = new ProactiveData();
        if (Expect<YamlMapping>(node, path, FormatCatalog.Proactive.Heading) is not { } mapping)
        {
            UncheckableParts.Add(path);
            return data;
        }

        var fields = Entries(mapping, path, spec.Items.Select(i => (i.Key, i.Label)), FormatCatalog.Proactive.Heading);
        foreach (var item in spec.Items)
        {
            if (!fields.TryGetValue(item.Key, out var value))
            {
                continue;
            }

            switch (item.Kind)
            {
                case ProactiveValueKind.DocumentCounts:
                    data.SetDocuments(item, BindDocumentCounts(value, item));
                    break;
                case ProactiveValueKind.DecisionCount:
                    data.SetDecisions(item, Cell(() => _values.Count(value, item.YamlPath, item.Label + "·" + item.ValueHeader), path));
                    break;
                default:
                    var fee = _values.Fee(value, item.YamlPath, item.Label + "·" + item.ValueHeader);
                    if (fee is null)
                    {
                        UncheckableParts.Add(path);
                    }

                    data.SetFee(item, fee ?? FeeAmount.Zero);
                    break;
            }
        }

        return data;
    }

    private DocumentCounts BindDocumentCounts(YamlNode node, ProactiveItem item)
    {
        var spec = FormatCatalog.ProactiveTable;
        if (Expect<YamlMapping>(node, item.YamlPath, item.Label) is not { } mapping)
        {
            UncheckableParts.Add(FormatCatalog.Proactive.Key);
            return DocumentCounts.Zero;
        }

        var fields = Entries(mapping, item.YamlPath, spec.DocumentColumns.Select(c => (c.Key, c.Label)), item.Label);
        long Get(ProactiveColumn column) => fields.TryGetValue(column.Key, out var value)
            ? Cell(() => _values.Count(value, item.YamlPath + "." + column.Key, item.Label + "·" + column.Label), FormatCatalog.Proactive.Key)
            : 0;
        return new DocumentCounts(Get(spec.Issued), Get(spec.Repealed), Get(spec.InForce));
    }

    private RequestTable BindRequests(YamlNode node)
    {
        var spec = FormatCatalog.RequestTable;
        var path = FormatCatalog.Requests.Key;
        var table = new RequestTable();
        if (Expect<YamlMapping>(node, path, FormatCatalog.Requests.Heading) is not { } mapping)
        {
            UncheckableParts.Add(path);
            return table;
        }

        var topRows = spec.Rows.Where(r => r.Group is null).Select(r => (r.Key, r.Label))
            .Concat(spec.Groups.Select(g => (g.Key, g.Label)));
        var fields = Entries(mapping, path, topRows, FormatCatalog.Requests.Heading, RequestRowHome);
        foreach (var row in spec.Rows.Where(r => r.Group is null))
        {
            if (fields.TryGetValue(row.Key, out var value))
            {
                BindRequestRow(value, row, table);
            }
        }

        foreach (var group in spec.Groups)
        {
            if (!fields.TryGetValue(group.Key, out var value))
            {
                continue;
            }

            var groupPath = path + "." + group.Key;
            if (value is YamlSequence && group.Key == "other")
            {
                _diagnostics.At(RuleCatalog.UnsupportedFormat, value.Start, groupPath,
                    "“（六）其他处理”写成了一行：这是 2019 年试行格式的写法。2021 年格式分为三项：overdue_correction（1.申请人无正当理由逾期不补正…）、unpaid_fee（2.申请人逾期未按收费通知要求缴纳费用…）、other（3.其他）。");
                UncheckableParts.Add(path);
                continue;
            }

            if (Expect<YamlMapping>(value, groupPath, group.Label) is not { } groupMapping)
            {
                UncheckableParts.Add(path);
                continue;
            }

            var items = spec.Rows.Where(r => r.Group == group).ToList();
            var groupFields = Entries(groupMapping, groupPath, items.Select(r => (r.Key, r.Label)), group.Label, RequestRowHome);
            foreach (var row in items)
            {
                if (groupFields.TryGetValue(row.Key, out var rowNode))
                {
                    BindRequestRow(rowNode, row, table);
                }
            }
        }

        return table;
    }

    private void BindRequestRow(YamlNode node, RequestRow row, RequestTable table)
    {
        var spec = FormatCatalog.RequestTable;
        var bound = BindNumberRow(node, row.YamlPath, row.FullLabel, spec.Columns.Select(c => c.Label).ToList(),
            FormatCatalog.Requests.Key,
            (i, value) => table.Set(row.Index, i, value),
            total => table.GivenRowTotals[row.Index] = total);
        if (bound && row.Role == RequestRowRole.Total)
        {
            table.TotalRowGiven = true;
        }
    }

    private ReviewTable BindReviews(YamlNode node)
    {
        var spec = FormatCatalog.ReviewTable;
        var path = FormatCatalog.Reviews.Key;
        var table = new ReviewTable();
        if (Expect<YamlMapping>(node, path, FormatCatalog.Reviews.Heading) is not { } mapping)
        {
            UncheckableParts.Add(path);
            return table;
        }

        var fields = Entries(mapping, path, spec.Rows.Select(r => (r.Key, r.FullLabel)), FormatCatalog.Reviews.Heading);
        var columnLabels = spec.Columns.Select(c => c.Label).ToList();
        foreach (var row in spec.Rows)
        {
            if (!fields.TryGetValue(row.Key, out var value))
            {
                continue;
            }

            BindNumberRow(value, row.YamlPath, row.FullLabel, columnLabels, path,
                (i, count) => table.Set(row.Index, i, count),
                total => table.GivenTotals[row.Index] = total);
        }

        return table;
    }

    /// <summary>
    /// A row of a table's numbers, the last of <paramref name="columnLabels"/> being its optional 总计; false
    /// when the row itself has the wrong shape.
    /// </summary>
    private bool BindNumberRow(YamlNode node, string path, string label, List<string> columnLabels, string table,
        Action<int, long> setPart, Action<long> setTotal)
    {
        var parts = columnLabels.Count - 1;
        var numbers = Row(node, path, label, parts, string.Join("、", columnLabels.Take(parts)), table);
        if (numbers is null)
        {
            return false;
        }

        for (var i = 0; i < numbers.Count; i++)
        {
            var value = Cell(() => _values.Count(numbers[i], $"{path}[{i}]", label + "·" + columnLabels[i]), table);
            if (i == parts)
            {
                setTotal(value);
            }
            else
            {
                setPart(i, value);
            }
        }

        return true;
    }

    /// <summary>A row of n numbers, or n + 1 with its 总计.</summary>
    private List<YamlNode>? Row(YamlNode node, string path, string label, int n, string columnLabels, string table)
    {
        Map.AddValue(path, node.Start);
        if (node is not YamlSequence sequence)
        {
            _values.Wrong(node, path, $"“{label}”应为一行 {n} 个数字 [{columnLabels}]，实际是{node.KindName}。");
            UncheckableParts.Add(table);
            return null;
        }

        if (sequence.Items.Count != n && sequence.Items.Count != n + 1)
        {
            _diagnostics.At(RuleCatalog.RowLength, node.Start, path,
                $"“{label}”应有 {n} 个数字（{columnLabels}），可再加第 {n + 1} 个（总计）；实际有 {sequence.Items.Count} 个。",
                $"{n} 或 {n + 1}", sequence.Items.Count.ToString(CultureInfo.InvariantCulture));
            UncheckableParts.Add(table);
            return null;
        }

        return sequence.Items;
    }

    private long Cell(Func<long?> read, string table)
    {
        var value = read();
        if (value is null)
        {
            UncheckableParts.Add(table);
        }

        return value ?? 0;
    }

    private T? Expect<T>(YamlNode node, string path, string label)
        where T : YamlNode
    {
        Map.AddValue(path, node.Start);
        if (node is T typed)
        {
            return typed;
        }

        if (node is YamlScalar { IsNull: true })
        {
            _diagnostics.At(RuleCatalog.MissingKey, node.Start, path, $"“{label}”是空的，请填写。");
            return null;
        }

        var expected = typeof(T) == typeof(YamlMapping) ? "键值对（映射）" : "列表";
        _values.Wrong(node, path, $"“{label}”应为{expected}，实际是{node.KindName}。");
        return null;
    }

    /// <summary>Where a row of table 三 is written, for a row key put at the wrong level: "unable" for not_held.</summary>
    private static (string Path, string Label)? RequestRowHome(string key) =>
        FormatCatalog.RequestTable.Rows.FirstOrDefault(r => r.Key == key) is { } row
            ? (row.Group is null ? FormatCatalog.Requests.Key : FormatCatalog.Requests.Key + "." + row.Group.Key, row.FullLabel)
            : null;

    /// <summary>The entries of a mapping, each key checked against the allowed ones.</summary>
    /// <param name="home">For a key that is allowed elsewhere: the path of the mapping it belongs in.</param>
    private Dictionary<string, YamlNode> Entries(YamlMapping mapping, string path, IEnumerable<(string Key, string Label)> allowed, string where, Func<string, (string Path, string Label)?>? home = null)
    {
        var allowedList = allowed.ToList();
        var result = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Entries)
        {
            var childPath = path.Length == 0 ? key.Value : path + "." + key.Value;
            var shownKey = DiagnosticText.Quote(key.Value);
            if (allowedList.Exists(a => a.Key == key.Value))
            {
                Map.AddKey(childPath, key.Start);
                Map.AddValue(childPath, value.Start);
                result[key.Value] = value;
                continue;
            }

            if (FormatCatalog.TrialFormatLabels.Any(l => key.Value.Contains(l, StringComparison.Ordinal)))
            {
                _diagnostics.At(RuleCatalog.UnsupportedFormat, key.Start, childPath,
                    $"“{shownKey}”是 2019 年试行格式的栏目，2021 年格式（{FormatCatalog.NoticeNumber}）中没有：请按新格式填写。");
                continue;
            }

            if (_diagnostics.IsFull)
            {
                // Only counted from here on: skip the search for a suggestion.
                _diagnostics.At(RuleCatalog.UnknownKey, key.Start, null, "");
                continue;
            }

            if (home?.Invoke(key.Value) is { } belongs && belongs.Path != path)
            {
                _diagnostics.At(RuleCatalog.UnknownKey, key.Start, childPath,
                    $"“{shownKey}”（{belongs.Label}）不能写在“{where}”这一层：它应写在“{belongs.Path}”下面（注意缩进）。",
                    belongs.Path + "." + key.Value, childPath);
                continue;
            }

            var suggestion = key.Value.Length <= MaxSuggestedKeyLength ? KeySuggester.Closest(key.Value, allowedList) : null;
            var hint = suggestion is null ? "" : $"您是不是想写“{suggestion}”（{allowedList.First(a => a.Key == suggestion).Label}）？";
            var list = string.Join("、", allowedList.Select(a => a.Key));
            _diagnostics.At(RuleCatalog.UnknownKey, key.Start, path.Length == 0 ? shownKey : path + "." + shownKey,
                $"未知的键“{shownKey}”。{hint}{where}中可以使用的键有：{list}。", suggestion, shownKey);
        }

        return result;
    }

    /// <summary>No key is longer; a longer typed key is not a misspelling of one (and edit distance is quadratic).</summary>
    private const int MaxSuggestedKeyLength = 64;

    [GeneratedRegex(@"^\s*(?:[（(]\s*[一二三四五六七八九十]+\s*[)）]|[一二三四五六七八九十]+\s*[、.．]|[0-9]+\s*[、.．)）])\s*[、.．]?\s*")]
    private static partial Regex NumberedHeading();
}
