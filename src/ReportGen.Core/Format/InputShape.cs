using System.Globalization;

namespace ReportGen.Core.Format;

/// <summary>What a value in the input file is, as far as its shape goes.</summary>
public enum InputNodeKind
{
    /// <summary>Keys with values (a mapping), each one of <see cref="InputNode.Children"/>.</summary>
    Mapping,
    /// <summary>The format id, always <see cref="FormatCatalog.FormatId"/>.</summary>
    FormatId,
    /// <summary>A report year, a whole number from <see cref="FormatCatalog.FirstYear"/>.</summary>
    Year,
    /// <summary>A count: a whole number from 0 to <see cref="InputLimits.MaxCount"/>.</summary>
    Count,
    /// <summary>An amount in 万元: a decimal ≥ 0 with at most <see cref="InputLimits.MaxFeeDecimals"/> places.</summary>
    Fee,
    /// <summary>Text that must not be blank.</summary>
    Text,
    /// <summary>Text that may be left blank (then it counts as not given).</summary>
    OptionalText,
    /// <summary>A date such as 2024-01-20.</summary>
    Date,
    /// <summary>One of <see cref="InputNode.Choices"/>.</summary>
    Choice,
    /// <summary>Text, or a list of {heading, text} sub-sections (each one of <see cref="InputNode.Children"/>).</summary>
    Prose,
    /// <summary>A table row: one count per <see cref="InputNode.Columns"/>, optionally followed by its total.</summary>
    Row,
}

/// <summary>
/// One key of the input file with everything the tools that describe the file need: its Chinese label, what
/// it means, its shape. The init template, the JSON Schema and the input reference are all written from
/// this tree, which is itself built from <see cref="InputFields"/> and the three table specs.
/// </summary>
public sealed record InputNode(string Key, string Path, string Label, string Description, InputNodeKind Kind, bool Required)
{
    public IReadOnlyList<InputNode> Children { get; init; } = [];

    public IReadOnlyList<InputChoice> Choices { get; init; } = [];

    /// <summary>For a row: the labels of the columns that must be given, in order.</summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    /// <summary>For a row: the label of the optional last column, the row's total, checked when given.</summary>
    public string? TotalColumn { get; init; }

    /// <summary>
    /// A heading shared by this node and the siblings after it that have the same one, e.g. 第二十条第（五）项
    /// in the proactive table or 三、本年度办理结果 in the request table: shown once, above the first of them.
    /// </summary>
    public string? Block { get; init; }

    /// <summary>
    /// What is particular to this key, when its siblings share the rest of <see cref="Description"/> (the
    /// rows of a table share their columns): "" when nothing is.
    /// </summary>
    public string? Note { get; init; }

    /// <summary>For prose: whether the format expects sub-sections (a list) rather than one text.</summary>
    public bool PrefersList { get; init; }

    /// <summary>For prose: the sub-headings a new file starts with.</summary>
    public IReadOnlyList<string> SuggestedHeadings { get; init; } = [];

    /// <summary>Every node below this one, depth first, in file order.</summary>
    public IEnumerable<InputNode> Descendants => Children.SelectMany(c => c.Descendants.Prepend(c));

    public InputNode Child(string key) => Children.Single(c => c.Key == key);
}

/// <summary>The input file as a tree of <see cref="InputNode"/>s, derived from the format catalog.</summary>
public static class InputShape
{

    /// <summary>How a fee is written, for every place that explains it.</summary>
    public static readonly string FeeRule =
        $"单位万元，不小于 0，最多 {InputLimits.MaxFeeDecimals} 位小数（1 分 = 0.000001 万元），按填写的样子原样打印，如 24252.311082；没有收费填 0";

    /// <summary>The whole file: its top-level keys in the order a file lists them.</summary>
    public static IReadOnlyList<InputNode> TopLevel { get; } = [.. InputFields.TopLevel.Select(FromField)];

    public static InputNode Field(string key) => TopLevel.Single(n => n.Key == key);

    /// <summary>A node anywhere in the tree by its dotted path, e.g. <c>requests.denied.state_secret</c>.</summary>
    public static InputNode Find(string path) =>
        TopLevel.SelectMany(n => n.Descendants.Prepend(n)).Single(n => n.Path == path);


    private static InputNode FromField(InputField field) => field.Kind switch
    {
        InputFieldKind.WholeNumber when field.Key == "format" => Leaf(field, "", InputNodeKind.FormatId),
        InputFieldKind.WholeNumber => Leaf(field, "", InputNodeKind.Year),
        InputFieldKind.Text => Leaf(field, "", InputNodeKind.Text),
        InputFieldKind.Date => Leaf(field, "", InputNodeKind.Date),
        InputFieldKind.Choice => Leaf(field, "", InputNodeKind.Choice) with
        {
            Choices = field.Choices ?? [],
            Description = (field.Choices ?? []).All(c => field.Description.Contains(c.Value, StringComparison.Ordinal))
                ? field.Description
                : field.Description + "：" + string.Join("、", (field.Choices ?? []).Select(c => $"{c.Value}（{c.Label}）")),
        },
        InputFieldKind.Mapping => Leaf(field, "", InputNodeKind.Mapping) with
        {
            // The reader takes a blank contact value as "not given": it is the one mapping of optional text.
            Children = [.. (field.Children ?? []).Select(c => Leaf(c, field.Key + ".", InputNodeKind.OptionalText))],
        },
        InputFieldKind.Prose or InputFieldKind.ProseList => Prose(field),
        InputFieldKind.Table when field.Key == FormatCatalog.Proactive.Key => Proactive(field),
        InputFieldKind.Table when field.Key == FormatCatalog.Requests.Key => Requests(field),
        InputFieldKind.Table when field.Key == FormatCatalog.Reviews.Key => Reviews(field),
        _ => throw new InvalidOperationException("no shape for input field " + field.Key),
    };

    private static InputNode Leaf(InputField field, string parentPath, InputNodeKind kind) =>
        new(field.Key, parentPath + field.Key, field.Label, field.Description, kind, field.Required);

    private static InputNode Prose(InputField field)
    {
        var section = FormatCatalog.Sections.Single(s => s.Key == field.Key);
        return Leaf(field, "", InputNodeKind.Prose) with
        {
            Children = [.. (field.Children ?? []).Select(c => Leaf(c, field.Key + "[]" + ".", InputNodeKind.Text))],
            PrefersList = field.Kind == InputFieldKind.ProseList,
            SuggestedHeadings = section == FormatCatalog.Overview ? FormatCatalog.OverviewTopics
                : section == FormatCatalog.OtherMatters ? [FormatCatalog.FeeStatementHeading]
                : [],
        };
    }

    private static InputNode Proactive(InputField field)
    {
        var spec = FormatCatalog.ProactiveTable;
        var children = new List<InputNode>();
        foreach (var clause in spec.Clauses)
        {
            var block = clause.ValueHeader is null
                ? clause.Label + "：" + string.Join(" · ", spec.DocumentColumns.Select(c => c.Label))
                : clause.Label + "：" + clause.ValueHeader;
            foreach (var item in clause.Items)
            {
                children.Add(item.Kind switch
                {
                    ProactiveValueKind.DocumentCounts => new InputNode(item.Key, item.YamlPath, item.Label,
                        $"{clause.Label}“{item.Label}”：{string.Join("、", spec.DocumentColumns.Select(c => c.Label))}，各为不小于 0 的整数。",
                        InputNodeKind.Mapping, false)
                    {
                        Block = block,
                        Children = [.. spec.DocumentColumns.Select(c => new InputNode(c.Key, item.YamlPath + "." + c.Key, c.Label,
                            DocumentColumnNote(item, c), InputNodeKind.Count, false))],
                    },
                    ProactiveValueKind.DecisionCount => new InputNode(item.Key, item.YamlPath, item.Label,
                        $"{clause.Label}“{item.Label}”的{clause.ValueHeader}，不小于 0 的整数。", InputNodeKind.Count, false)
                    {
                        Block = block,
                    },
                    _ => new InputNode(item.Key, item.YamlPath, item.Label,
                        $"{clause.Label}“{item.Label}”的{clause.ValueHeader}：{FeeRule}。",
                        InputNodeKind.Fee, false)
                    {
                        Block = block,
                    },
                });
            }
        }

        return Leaf(field, "", InputNodeKind.Mapping) with
        {
            Description = field.Description + "。省略的项视为 0。",
            Children = children,
        };
    }

    private static string DocumentColumnNote(ProactiveItem item, ProactiveColumn column) =>
        column == FormatCatalog.ProactiveTable.InForce
            ? $"“{item.Label}·{column.Label}”：应等于上年度的{column.Label} + {FormatCatalog.ProactiveTable.Issued.Label} − {FormatCatalog.ProactiveTable.Repealed.Label}。"
            : $"“{item.Label}·{column.Label}”，不小于 0 的整数。";

    private static InputNode Requests(InputField field)
    {
        var spec = FormatCatalog.RequestTable;
        var columns = spec.Applicants.Select(c => c.Label).ToList();
        var columnText = $"{columns.Count} 个不小于 0 的整数，依次为{string.Join("、", columns)}（后 {columns.Count - 1} 类为{RequestTableSpec.LegalPersonsHeader}）；可再加第 {columns.Count + 1} 个数（{spec.TotalColumn.Label}），会被核对";

        InputNode RowNode(RequestRow row) => new(row.Key, row.YamlPath, row.Label, $"“{row.FullLabel}”：{RowNote(row)}{columnText}。", InputNodeKind.Row, false)
        {
            Note = RowNote(row),
            Columns = columns,
            TotalColumn = spec.TotalColumn.Label,
            Block = row.Role is RequestRowRole.Outcome or RequestRowRole.Total && row.Group is null ? RequestTableSpec.OutcomesLabel : null,
        };

        // Rows in the order of the table; the numbered outcomes sit in a mapping per group, e.g. denied.
        var children = new List<InputNode>();
        foreach (var row in spec.Rows)
        {
            if (row.Group is null)
            {
                children.Add(RowNode(row));
            }
            else if (!children.Exists(c => c.Key == row.Group.Key))
            {
                var group = row.Group;
                children.Add(new InputNode(group.Key, field.Key + "." + group.Key, group.Label,
                    $"“{RequestTableSpec.OutcomesLabel}·{group.Label}”下的各项，每项一行。", InputNodeKind.Mapping, false)
                {
                    Block = RequestTableSpec.OutcomesLabel,
                    Children = [.. spec.Rows.Where(r => r.Group == group).Select(RowNode)],
                });
            }
        }

        return Leaf(field, "", InputNodeKind.Mapping) with
        {
            Description = field.Description + $"。每行 {columnText}；省略的行视为全 0。每一列须满足勾稽关系{RequestTableSpec.CornerNote}。",
            Children = children,
        };

        string RowNote(RequestRow row) => row.Role switch
        {
            RequestRowRole.CarriedOver => $"须等于上年度报告的“{spec.CarriedForward.Label}”。",
            RequestRowRole.Total => "可选，不填由工具计算；填写时须等于各办理结果之和。",
            _ => "",
        };
    }

    private static InputNode Reviews(InputField field)
    {
        var spec = FormatCatalog.ReviewTable;
        var columns = spec.Outcomes.Select(c => c.Label).ToList();
        var columnText = $"{columns.Count} 个不小于 0 的整数，依次为{string.Join("、", columns)}；可再加第 {columns.Count + 1} 个数（{spec.TotalColumn.Label}），会被核对";
        return Leaf(field, "", InputNodeKind.Mapping) with
        {
            Description = field.Description + $"。每行 {columnText}；省略的行视为全 0。",
            Children =
            [
                .. spec.Rows.Select(row => new InputNode(row.Key, row.YamlPath, row.FullLabel, $"“{row.FullLabel}”：{columnText}。", InputNodeKind.Row, false)
                {
                    Note = "",
                    Columns = columns,
                    TotalColumn = spec.TotalColumn.Label,
                }),
            ],
        };
    }
}
