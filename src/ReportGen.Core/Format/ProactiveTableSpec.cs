namespace ReportGen.Core.Format;

public enum ProactiveValueKind
{
    /// <summary>本年制发件数 · 本年废止件数 · 现行有效件数.</summary>
    DocumentCounts,
    /// <summary>本年处理决定数量.</summary>
    DecisionCount,
    /// <summary>本年收费金额（单位：万元）.</summary>
    FeeAmount,
}

public sealed record ProactiveColumn(string Key, string Label);

/// <summary>
/// One row of the proactive table: its YAML key, its label, what kind of number it holds and in which unit.
/// <see cref="Index"/> is its place among all items, by which the model stores its value.
/// </summary>
public sealed record ProactiveItem(string Key, string Label, ProactiveValueKind Kind)
{
    public int Index { get; init; }

    /// <summary>The header above the item's figures (本年处理决定数量…), or null for the three document columns.</summary>
    public string? ValueHeader { get; init; }

    public string Unit => Kind == ProactiveValueKind.FeeAmount ? "万元" : "件";

    public string YamlPath => "proactive." + Key;
}

/// <summary>A block of the proactive table under one clause of 第二十条, e.g. 第二十条第（五）项.</summary>
public sealed record ProactiveClause(string Label, string? ValueHeader, IReadOnlyList<ProactiveItem> Items);

/// <summary>The proactive table — 二、主动公开政府信息情况, four grid columns.</summary>
public sealed record ProactiveTableSpec
{
    public const int GridColumns = 4;
    public const string ContentHeader = "信息内容";

    public required IReadOnlyList<ProactiveColumn> DocumentColumns { get; init; }
    public required IReadOnlyList<ProactiveClause> Clauses { get; init; }

    public ProactiveColumn Issued => DocumentColumns[0];
    public ProactiveColumn Repealed => DocumentColumns[1];
    public ProactiveColumn InForce => DocumentColumns[2];

    public ProactiveItem Regulations => Item("regulations");
    public ProactiveItem NormativeDocuments => Item("normative_documents");
    public ProactiveItem Licensing => Item("licensing");
    public ProactiveItem Penalty => Item("penalty");
    public ProactiveItem Coercion => Item("coercion");
    public ProactiveItem Fees => Item("fees");

    public IEnumerable<ProactiveItem> Items => Clauses.SelectMany(c => c.Items);

    public int ItemCount => Clauses.Sum(c => c.Items.Count);

    public ProactiveItem Item(string key) => Items.Single(i => i.Key == key);

    internal static ProactiveTableSpec Create()
    {
        const string decisions = "本年处理决定数量";
        var spec = new ProactiveTableSpec
        {
            DocumentColumns =
            [
                new("issued", "本年制发件数"),
                new("repealed", "本年废止件数"),
                new("in_force", "现行有效件数"),
            ],
            Clauses =
            [
                new("第二十条第（一）项", null,
                [
                    new("regulations", "规章", ProactiveValueKind.DocumentCounts),
                    new("normative_documents", "行政规范性文件", ProactiveValueKind.DocumentCounts),
                ]),
                new("第二十条第（五）项", decisions,
                [
                    new("licensing", "行政许可", ProactiveValueKind.DecisionCount),
                ]),
                new("第二十条第（六）项", decisions,
                [
                    new("penalty", "行政处罚", ProactiveValueKind.DecisionCount),
                    new("coercion", "行政强制", ProactiveValueKind.DecisionCount),
                ]),
                new("第二十条第（八）项", "本年收费金额（单位：万元）",
                [
                    new("fees", "行政事业性收费", ProactiveValueKind.FeeAmount),
                ]),
            ],
        };

        // Number the items and give each its clause's header, so that the model and the binder need only the item.
        var index = 0;
        return spec with
        {
            Clauses = [.. spec.Clauses.Select(clause => clause with
            {
                Items = [.. clause.Items.Select(item => item with { Index = index++, ValueHeader = clause.ValueHeader })],
            })],
        };
    }
}
