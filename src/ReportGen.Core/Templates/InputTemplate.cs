using System.Globalization;
using System.Text;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Format;
using ReportGen.Core.Model;

namespace ReportGen.Core.Templates;

/// <summary>What a new input file starts with.</summary>
public sealed class InputTemplateOptions
{
    public required int Year { get; init; }

    /// <summary>The agency; blank leaves <c>agency: ""</c>, which validation refuses until it is filled in.</summary>
    public string Agency { get; init; } = "";

    /// <summary>Where the editor finds the JSON Schema, relative to the file (first line of the file).</summary>
    public string SchemaLocation { get; init; } = InputSchema.FileName;

    /// <summary>The file's name as the clerk will type it in the commands the header suggests.</summary>
    public string? FileName { get; init; }

    /// <summary>
    /// Last year's report of the same agency: its agency type, level, contact and sub-headings are carried over,
    /// its 结转下年度 becomes this year's 上年结转 and its 现行有效件数 the starting point of this year's.
    /// </summary>
    public AnnualReport? LastYear { get; init; }

    /// <summary>
    /// A report to write as it is (an imported published report): every figure and paragraph exactly, published
    /// totals included, so that validating the file reports what the published report got wrong.
    /// <see cref="Year"/> and <see cref="Agency"/> should be the report's. <see cref="ContentSource"/> names the document.
    /// </summary>
    public AnnualReport? Content { get; init; }

    /// <summary>The published document the <see cref="Content"/> was imported from, for the file's header.</summary>
    public string? ContentSource { get; init; }
}

/// <summary>
/// Writes a complete input file with a Chinese comment for every key, row and column, from
/// <see cref="InputShape"/> (so it always matches what the reader accepts). Numbers start at 0 and prose is
/// empty: an empty text fails validation (RG006) until the clerk writes it, so nothing unwritten is printed.
/// </summary>
public static class InputTemplate
{
    /// <summary>Comments start at this display column when the line is short enough.</summary>
    private const int CommentColumn = 48;

    public static string Create(InputTemplateOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Writer(options).Write();
    }

    /// <summary>Display width in a monospace editor: CJK and full-width characters take two columns.</summary>
    private sealed class Writer(InputTemplateOptions options)
    {
        private readonly List<(string Content, string? Comment)> _lines = [];
        private readonly AnnualReport? _last = options.LastYear;
        private readonly AnnualReport? _content = options.Content;

        private string FileName => options.FileName ?? ChineseText.Figure(options.Year) + ".yaml";

        public string Write()
        {
            Note(0, "yaml-language-server: $schema=" + options.SchemaLocation);
            Header();
            foreach (var node in InputShape.TopLevel)
            {
                TopLevel(node);
            }

            return Render();
        }

        private void Header()
        {
            var title = AnnualReport.DefaultTitle(options.Agency.Length > 0 ? options.Agency : "（机关名称）", options.Year);
            Note(0, $"{title}：输入文件（{FormatCatalog.NoticeNumber}格式）。");
            Note(0, "“#”之后的文字是说明，不影响内容。数字没有就填 0，不能空着，也不能填“/”或“-”。");
            Note(0, $"填好后运行 reportgen validate {FileName} 检查，再运行 reportgen build {FileName} 生成 .docx 报告。");
            if (_content is not null)
            {
                Note(0, $"以下内容由已发布的报告{(options.ContentSource is null ? "" : " " + options.ContentSource + " ")}导入，数字和文字与发布的一致（包括发布时算错的总计）：请对照原文核对。");
            }

            if (_last is not null)
            {
                Note(0, $"以下内容由 {ChineseText.Figure(_last.Year)} 年度的文件带入：机关名称、机关类型、行政层级、联系方式、各部分的小标题、"
                    + $"“{FormatCatalog.RequestTable.CarriedOver.Label}”和“{FormatCatalog.ProactiveTable.InForce.Label}”（请更新）；其余数字为 0，正文为空，请填写。");
            }

            Blank();
        }

        private void TopLevel(InputNode node)
        {
            switch (node.Kind)
            {
                case InputNodeKind.FormatId:
                    Line(0, node.Key + ": " + ChineseText.Figure(FormatCatalog.FormatId), Describe(node));
                    break;
                case InputNodeKind.Year:
                    Line(0, node.Key + ": " + ChineseText.Figure(options.Year), Describe(node));
                    break;
                case InputNodeKind.Text when node.Required:
                    Line(0, node.Key + ": " + YamlScalars.Text(options.Agency), Describe(node) + (options.Agency.Length == 0 ? Required() : ""));
                    break;
                case InputNodeKind.Text when _content?.Title is { } title && node.Key == "title":
                    Line(0, node.Key + ": " + YamlScalars.Text(title), Describe(node));
                    break;
                case InputNodeKind.Text when node.Key == "preface" && _content?.Preface is { Count: > 0 } preface:
                    Line(0, node.Key + ": |", Describe(node));
                    Block(1, preface);
                    break;
                case InputNodeKind.Text when node.Key == "title":
                    Line(0, "# " + node.Key + ": " + YamlScalars.Text(AnnualReport.DefaultTitle(options.Agency, options.Year)), Describe(node) + "（可选，去掉行首的 # 启用）");
                    break;
                case InputNodeKind.Text:
                    Line(0, "# " + node.Key + ": |", Describe(node) + "（可选，去掉行首的 # 启用，正文写在下一行起）");
                    break;
                case InputNodeKind.Choice:
                    Choice(node);
                    break;
                case InputNodeKind.Date when _content?.PublishDate is { } date:
                    Line(0, node.Key + ": " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Describe(node));
                    break;
                case InputNodeKind.Date when _content is not null:
                    // An imported report that printed no date: the date is not invented, only asked for.
                    Line(0, "# " + node.Key + ": " + ChineseText.Figure(options.Year + 1) + "-01-20", Describe(node) + "（发布的文档中没有日期；填写实际发布的日期后去掉行首的 #）");
                    break;
                case InputNodeKind.Date:
                    // Not commented out: a published report is signed and dated, and without it the 落款 has no date.
                    Line(0, node.Key + ": " + ChineseText.Figure(options.Year + 1) + "-01-20", Describe(node) + "（请改为实际发布的日期；删去则落款没有日期）");
                    break;
                case InputNodeKind.Mapping when node.Children.All(c => c.Kind == InputNodeKind.OptionalText):
                    Blank();
                    Contact(node);
                    break;
                case InputNodeKind.Mapping:
                    Blank();
                    Table(node);
                    break;
                case InputNodeKind.Prose:
                    Blank();
                    Prose(node);
                    break;
                default:
                    throw new InvalidOperationException("no template for " + node.Path);
            }
        }

        private void Choice(InputNode node)
        {
            var choices = string.Join(" | ", node.Choices.Select(c => $"{c.Value}（{c.Label}）"));
            var carried = node.Key switch
            {
                "agency_type" => (_content ?? _last)?.AgencyType?.ToString(),
                "admin_level" => (_content ?? _last)?.AdminLevel?.ToString(),
                _ => null,
            };
            var value = node.Choices.FirstOrDefault(c => string.Equals(c.Value, carried, StringComparison.OrdinalIgnoreCase));
            Line(0, (value is null ? "# " : "") + node.Key + ": " + (value ?? node.Choices[0]).Value,
                $"{node.Label}：{choices}" + (value is null ? "（可选，去掉行首的 # 启用）" : ""));
        }

        private void Contact(InputNode node)
        {
            Line(0, node.Key + ":", Describe(node) + "（可选；空着的项视为未填）");
            var contact = (_content ?? _last)?.Contact;
            foreach (var child in node.Children)
            {
                var value = contact?[InputFields.Contact.Single(f => f.Key == child.Key)];
                Line(1, child.Key + ": " + (string.IsNullOrEmpty(value) ? "\"\"" : YamlScalars.Text(value)), Describe(child));
            }
        }

        private void Prose(InputNode node)
        {
            var heading = node.Child(InputFields.Heading);
            var text = node.Child(InputFields.Text);
            var carried = (_last is null ? [] : Sections(_last, node.Key))
                .Select(s => s.Heading).OfType<string>().ToList();
            var headings = carried.Count > 0 ? carried : node.SuggestedHeadings;
            var asList = node.PrefersList || headings.Count > 0;
            if (node.Key == FormatCatalog.Overview.Key)
            {
                // How to write prose, once, before the first prose section. Not inside a section: a comment
                // below "key: |" would be read as the text itself.
                Note(0, $"{FormatCatalog.Overview.Number}、{FormatCatalog.Problems.Number}、{FormatCatalog.OtherMatters.Number}部分是正文：一段文字，或若干小节（- {heading.Key}: 小标题 / {text.Key}: | 正文）。");
                Note(0, $"{heading.Key}：{heading.Description}；{text.Key}：{text.Description}。");
                Note(0, $"正文写在“{text.Key}: |”的下一行起，比 {text.Key} 多缩进两格，例如：");
                Note(0, $"    {text.Key}: |");
                Note(0, $"      {ChineseText.Figure(options.Year)}年，……（第一段）");
                Note(0, "      ……（第二段）");
                Note(0, $"正文空着时 validate 报 {RuleCatalog.MissingKey.Id}（“……是空的，请填写”），不会生成报告。小节可以增删。");
            }

            if (_content is not null)
            {
                ContentProse(node, Sections(_content, node.Key).ToList());
                return;
            }

            Line(0, node.Key + ":" + (asList ? "" : " |"), Describe(node) + Required());
            if (!asList)
            {
                return;
            }

            foreach (var title in headings)
            {
                Line(1, "- " + heading.Key + ": " + YamlScalars.Text(title), null);
                Line(2, text.Key + ": |", null);
            }
        }

        /// <summary>The content's prose: one text as a block, else a list of sub-sections (a leading part without heading as a plain item).</summary>
        private void ContentProse(InputNode node, List<ProseSection> sections)
        {
            var heading = node.Child(InputFields.Heading);
            var text = node.Child(InputFields.Text);
            if (sections.Count == 0)
            {
                Line(0, node.Key + ": \"\"", Describe(node) + Required());
                return;
            }

            if (sections is [{ Heading: null } only])
            {
                Line(0, node.Key + ": |", Describe(node));
                Block(1, only.Paragraphs);
                return;
            }

            Line(0, node.Key + ":", Describe(node));
            foreach (var section in sections)
            {
                if (section.Heading is null)
                {
                    Line(1, "- |", null);
                    Block(2, section.Paragraphs);
                    continue;
                }

                Line(1, "- " + heading.Key + ": " + YamlScalars.Text(section.Heading), null);
                if (section.Paragraphs.Count == 0)
                {
                    Line(2, text.Key + ": \"\"", null);
                    continue;
                }

                Line(2, text.Key + ": |", null);
                Block(3, section.Paragraphs);
            }
        }

        /// <summary>Paragraphs as the lines of a literal block (one paragraph a line, as the reader takes them).</summary>
        private void Block(int depth, IEnumerable<string> paragraphs)
        {
            foreach (var paragraph in paragraphs)
            {
                Line(depth, paragraph, null);
            }
        }

        private void Table(InputNode node)
        {
            Line(0, node.Key + ":", node.Label);
            if (node.Key == FormatCatalog.Requests.Key)
            {
                var spec = FormatCatalog.RequestTable;
                Note(1, RowColumns(node.Descendants.First(d => d.Kind == InputNodeKind.Row)) + "省略的行视为全 0。");
                Note(1, $"勾稽关系（每一列）：{spec.Received.Label} + {spec.CarriedOver.Label} = {spec.Total.Label} + {spec.CarriedForward.Label}。");
                if (_last is not null)
                {
                    Note(1, $"“{spec.CarriedOver.Label}”已从 {ChineseText.Figure(_last.Year)} 年度的“{spec.CarriedForward.Label}”带入：这些申请须在本年的办理结果或“{spec.CarriedForward.Label}”中体现。");
                }
            }
            else if (node.Children.Any(c => c.Kind == InputNodeKind.Row))
            {
                Note(1, RowColumns(node.Children[0]) + "省略的行视为全 0。");
            }

            Children(node, 1);
        }

        private void Children(InputNode parent, int depth)
        {
            var keyWidth = parent.Children.Where(c => c.Kind == InputNodeKind.Row).Select(c => c.Key.Length + 1).DefaultIfEmpty(0).Max();
            string? block = null;
            foreach (var child in parent.Children)
            {
                if (child.Block is not null && child.Block != block)
                {
                    Note(depth, child.Block);
                }

                block = child.Block;
                switch (child.Kind)
                {
                    case InputNodeKind.Mapping:
                        Line(depth, child.Key + ":", child.Label);
                        Children(child, depth + 1);
                        break;
                    case InputNodeKind.Count:
                        Count(child, depth);
                        break;
                    case InputNodeKind.Fee:
                        Line(depth, child.Key + ": " + (_content?.Proactive.Fees.Text ?? "0"), child.Label + "：" + InputShape.FeeRule);
                        break;
                    case InputNodeKind.Row when _content is not null:
                        var values = ContentRow(child.Path);
                        if (values is null)
                        {
                            Line(depth, "# " + (child.Key + ":").PadRight(keyWidth) + " " + Row(Enumerable.Repeat(0L, child.Columns.Count + 1)),
                                child.Label + "：发布的报告中没有这一行，由工具计算");
                        }
                        else
                        {
                            Line(depth, (child.Key + ":").PadRight(keyWidth) + " " + Row(values), child.Label);
                        }

                        break;
                    case InputNodeKind.Row when child.Path == FormatCatalog.RequestTable.Total.YamlPath:
                        Line(depth, "# " + (child.Key + ":").PadRight(keyWidth) + " " + Row(Enumerable.Repeat(0L, child.Columns.Count + 1)),
                            child.Label + "：可选，不填由工具计算；填写时须等于各办理结果之和（去掉行首的 # 启用）");
                        break;
                    case InputNodeKind.Row:
                        Line(depth, (child.Key + ":").PadRight(keyWidth) + " " + Row(RowValues(child)), RowComment(child));
                        break;
                    default:
                        throw new InvalidOperationException("no template for " + child.Path);
                }
            }
        }

        /// <summary>A row of the content as published: the given 总计 as the last number when there was one; null for a （七）总计 not published.</summary>
        private List<long>? ContentRow(string path)
        {
            var requests = FormatCatalog.RequestTable;
            var reviews = FormatCatalog.ReviewTable;
            if (requests.Rows.FirstOrDefault(r => r.YamlPath == path) is { } row)
            {
                if (row.Role == RequestRowRole.Total && !_content!.Requests.TotalRowGiven)
                {
                    return null;
                }

                var values = requests.Applicants.Select(c => _content!.Requests.Entered(row.Index, c.Index)).ToList();
                if (_content!.Requests.GivenRowTotals[row.Index] is { } total)
                {
                    values.Add(total);
                }

                return values;
            }

            var review = reviews.Rows.Single(r => r.YamlPath == path);
            var outcomes = reviews.Outcomes.Select(c => _content!.Reviews.Value(review.Index, c.Index)).ToList();
            if (_content!.Reviews.GivenTotals[review.Index] is { } given)
            {
                outcomes.Add(given);
            }

            return outcomes;
        }

        private void Count(InputNode node, int depth)
        {
            if (_content is not null)
            {
                Line(depth, node.Key + ": " + ChineseText.Figure(ContentCount(node.Path)), node.Label);
                return;
            }

            var inForce = FormatCatalog.ProactiveTable.InForce;
            if (_last is null || node.Key != inForce.Key)
            {
                Line(depth, node.Key + ": 0", node.Label);
                return;
            }

            var item = FormatCatalog.ProactiveTable.Item(node.Path.Split('.')[1]);
            var last = _last.Proactive.Documents(item).InForce;
            Line(depth, node.Key + ": " + ChineseText.Figure(last),
                $"{node.Label}：{ChineseText.Figure(_last.Year)} 年度为 {ChineseText.Figure(last)}；本年 = {ChineseText.Figure(last)} + {FormatCatalog.ProactiveTable.Issued.Label} − {FormatCatalog.ProactiveTable.Repealed.Label}，请更新");
        }

        private long ContentCount(string path)
        {
            var spec = FormatCatalog.ProactiveTable;
            var proactive = _content!.Proactive;
            var parts = path.Split('.');
            var item = spec.Item(parts[1]);
            return item.Kind == ProactiveValueKind.DocumentCounts
                ? proactive.Documents(item)[spec.DocumentColumns.ToList().FindIndex(c => c.Key == parts[2])]
                : proactive.Decisions(item);
        }

        private IEnumerable<long> RowValues(InputNode row)
        {
            var spec = FormatCatalog.RequestTable;
            return _last is not null && row.Path == spec.CarriedOver.YamlPath
                ? spec.Applicants.Select(c => _last.Requests.Value(spec.CarriedForward.Index, c.Index))
                : Enumerable.Repeat(0L, row.Columns.Count);
        }

        private string RowComment(InputNode row)
        {
            var spec = FormatCatalog.RequestTable;
            return _last is not null && row.Path == spec.CarriedOver.YamlPath
                ? $"{row.Label}（已从 {ChineseText.Figure(_last.Year)} 年度的“{spec.CarriedForward.Label}”带入）"
                : row.Label;
        }

        private static string RowColumns(InputNode row) =>
            $"每行 {row.Columns.Count} 个数，依次为：{string.Join("、", row.Columns)}；可再加第 {row.Columns.Count + 1} 个数（{row.TotalColumn}），会被核对。";

        private static string Row(IEnumerable<long> values) => "[" + string.Join(", ", values.Select(ChineseText.Figure)) + "]";

        private static IEnumerable<ProseSection> Sections(AnnualReport report, string key) =>
            key == FormatCatalog.Overview.Key ? report.Overview
            : key == FormatCatalog.Problems.Key ? report.Problems
            : key == FormatCatalog.OtherMatters.Key ? report.OtherMatters
            : throw new InvalidOperationException("not a prose section: " + key);

        private static string Describe(InputNode node) =>
            node.Description.StartsWith(node.Label, StringComparison.Ordinal) ? node.Description : node.Label + "：" + node.Description;

        private static string Required() => $"（必填：空着时 validate 报 {RuleCatalog.MissingKey.Id}）";


        private void Line(int depth, string content, string? comment) => _lines.Add((new string(' ', depth * 2) + content, comment));

        private void Note(int depth, string comment) => _lines.Add((new string(' ', depth * 2) + "# " + comment, null));

        private void Blank() => _lines.Add(("", null));

        private string Render()
        {
            var builder = new StringBuilder();
            foreach (var (content, comment) in _lines)
            {
                builder.Append(content);
                if (comment is not null)
                {
                    var width = ChineseText.Columns(content);
                    builder.Append(' ', width < CommentColumn ? CommentColumn - width : 2).Append("# ").Append(comment);
                }

                builder.Append('\n');
            }

            return builder.ToString();
        }
    }
}
