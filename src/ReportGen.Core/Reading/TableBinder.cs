using System.Globalization;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Format;
using ReportGen.Core.Model;

namespace ReportGen.Core.Reading;

/// <summary>
/// Binds the three tables (二、三、四) of the YAML tree, cell by cell. A table whose shape is wrong is recorded in
/// the uncheckable parts, so that its arithmetic is not checked on figures that were not read.
/// </summary>
internal sealed class TableBinder(DiagnosticBag diagnostics, ValueReader values, KeyMapper keys, HashSet<string> uncheckable)
{
    private readonly DiagnosticBag _diagnostics = diagnostics;
    private readonly ValueReader _values = values;
    private readonly KeyMapper _keys = keys;
    private readonly HashSet<string> _uncheckable = uncheckable;

    private SourceMap Map => _diagnostics.Map;

    public ProactiveData BindProactive(YamlNode node)
    {
        var spec = FormatCatalog.ProactiveTable;
        var path = FormatCatalog.Proactive.Key;
        var data = new ProactiveData();
        if (_keys.Expect<YamlMapping>(node, path, FormatCatalog.Proactive.Heading) is not { } mapping)
        {
            _uncheckable.Add(path);
            return data;
        }

        var fields = _keys.Entries(mapping, path, spec.Items.Select(i => (i.Key, i.Label)), FormatCatalog.Proactive.Heading);
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
                        _uncheckable.Add(path);
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
        if (_keys.Expect<YamlMapping>(node, item.YamlPath, item.Label) is not { } mapping)
        {
            _uncheckable.Add(FormatCatalog.Proactive.Key);
            return DocumentCounts.Zero;
        }

        var fields = _keys.Entries(mapping, item.YamlPath, spec.DocumentColumns.Select(c => (c.Key, c.Label)), item.Label);
        long Get(ProactiveColumn column) => fields.TryGetValue(column.Key, out var value)
            ? Cell(() => _values.Count(value, item.YamlPath + "." + column.Key, item.Label + "·" + column.Label), FormatCatalog.Proactive.Key)
            : 0;
        return new DocumentCounts(Get(spec.Issued), Get(spec.Repealed), Get(spec.InForce));
    }

    public RequestTable BindRequests(YamlNode node)
    {
        var spec = FormatCatalog.RequestTable;
        var path = FormatCatalog.Requests.Key;
        var table = new RequestTable();
        if (_keys.Expect<YamlMapping>(node, path, FormatCatalog.Requests.Heading) is not { } mapping)
        {
            _uncheckable.Add(path);
            return table;
        }

        var topRows = spec.Rows.Where(r => r.Group is null).Select(r => (r.Key, r.Label))
            .Concat(spec.Groups.Select(g => (g.Key, g.Label)));
        var fields = _keys.Entries(mapping, path, topRows, FormatCatalog.Requests.Heading, KeyMapper.RequestRowHome);
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
                _diagnostics.At(RuleCatalog.UnsupportedFormat, value.Start, groupPath, TrialFormat.OtherProcessingAsOneRow);
                _uncheckable.Add(path);
                continue;
            }

            if (_keys.Expect<YamlMapping>(value, groupPath, group.Label) is not { } groupMapping)
            {
                _uncheckable.Add(path);
                continue;
            }

            var items = spec.Rows.Where(r => r.Group == group).ToList();
            var groupFields = _keys.Entries(groupMapping, groupPath, items.Select(r => (r.Key, r.Label)), group.Label, KeyMapper.RequestRowHome);
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

    public ReviewTable BindReviews(YamlNode node)
    {
        var spec = FormatCatalog.ReviewTable;
        var path = FormatCatalog.Reviews.Key;
        var table = new ReviewTable();
        if (_keys.Expect<YamlMapping>(node, path, FormatCatalog.Reviews.Heading) is not { } mapping)
        {
            _uncheckable.Add(path);
            return table;
        }

        var fields = _keys.Entries(mapping, path, spec.Rows.Select(r => (r.Key, r.FullLabel)), FormatCatalog.Reviews.Heading);
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
            _uncheckable.Add(table);
            return null;
        }

        if (sequence.Items.Count != n && sequence.Items.Count != n + 1)
        {
            _diagnostics.At(RuleCatalog.RowLength, node.Start, path,
                $"“{label}”应有 {n} 个数字（{columnLabels}），可再加第 {n + 1} 个（总计）；实际有 {sequence.Items.Count} 个。",
                $"{n} 或 {n + 1}", sequence.Items.Count.ToString(CultureInfo.InvariantCulture));
            _uncheckable.Add(table);
            return null;
        }

        return sequence.Items;
    }

    private long Cell(Func<long?> read, string table)
    {
        var value = read();
        if (value is null)
        {
            _uncheckable.Add(table);
        }

        return value ?? 0;
    }
}
