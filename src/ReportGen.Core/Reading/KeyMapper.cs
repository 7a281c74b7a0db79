using ReportGen.Core.Diagnostics;
using ReportGen.Core.Format;

namespace ReportGen.Core.Reading;

/// <summary>
/// Strict key mapping: every key of a mapping is one the format catalog allows there; an unknown key is
/// reported with the closest allowed one, a key written at the wrong level with where it belongs, and a
/// 2019 trial-format label as such.
/// </summary>
internal sealed class KeyMapper(DiagnosticBag diagnostics, ValueReader values)
{
    private readonly DiagnosticBag _diagnostics = diagnostics;
    private readonly ValueReader _values = values;

    /// <summary>No key is longer; a longer typed key is not a misspelling of one (and edit distance is quadratic).</summary>
    private const int MaxSuggestedKeyLength = 64;

    private SourceMap Map => _diagnostics.Map;

    public T? Expect<T>(YamlNode node, string path, string label)
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
    public static (string Path, string Label)? RequestRowHome(string key) =>
        FormatCatalog.RequestTable.Rows.FirstOrDefault(r => r.Key == key) is { } row
            ? (row.Group is null ? FormatCatalog.Requests.Key : FormatCatalog.Requests.Key + "." + row.Group.Key, row.FullLabel)
            : null;

    /// <summary>The entries of a mapping, each key checked against the allowed ones.</summary>
    /// <param name="home">For a key that is allowed elsewhere: the path of the mapping it belongs in.</param>
    public Dictionary<string, YamlNode> Entries(YamlMapping mapping, string path, IEnumerable<(string Key, string Label)> allowed, string where, Func<string, (string Path, string Label)?>? home = null)
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

            if (TrialFormat.IsTrialLabel(key.Value))
            {
                _diagnostics.At(RuleCatalog.UnsupportedFormat, key.Start, childPath, TrialFormat.TrialLabelMessage(shownKey));
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
}
