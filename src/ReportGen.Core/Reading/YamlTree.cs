using ReportGen.Core.Diagnostics;
using YamlDotNet.Core;

namespace ReportGen.Core.Reading;

/// <summary>A YAML node with the place it was written, kept so every finding can point at the file.</summary>
internal abstract class YamlNode(SourcePosition start)
{
    public SourcePosition Start { get; } = start;

    public abstract string KindName { get; }
}

internal sealed class YamlScalar(SourcePosition start, SourcePosition end, string value, ScalarStyle style, string? tag)
    : YamlNode(start)
{
    public SourcePosition End { get; } = end;
    public string Value { get; } = value;
    public ScalarStyle Style { get; } = style;

    /// <summary>An explicit YAML tag (<c>!!int</c>, <c>!!str</c>) written before the value, else null.</summary>
    public string? Tag { get; } = tag;

    /// <summary>Plain (unquoted, untagged) scalars are the only ones that can be numbers.</summary>
    public bool IsPlain => Style == ScalarStyle.Plain && Tag is null;

    public bool IsBlock => Style is ScalarStyle.Literal or ScalarStyle.Folded;

    /// <summary>For block text (| or >): the column its lines start at in the file, else 0.</summary>
    public int ContentColumn { get; set; }

    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindName => "单个值";
}

internal sealed class YamlMapping(SourcePosition start) : YamlNode(start)
{
    // Finds a duplicate in constant time: a generated file can hold a hundred thousand keys.
    private readonly Dictionary<string, YamlScalar> _keys = new(StringComparer.Ordinal);

    public List<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = [];

    /// <summary>Adds an entry, or returns the earlier key when the key is already there.</summary>
    public YamlScalar? Add(YamlScalar key, YamlNode value)
    {
        if (!_keys.TryAdd(key.Value, key))
        {
            return _keys[key.Value];
        }

        Entries.Add(new(key, value));
        return null;
    }

    public override string KindName => "键值对（映射）";
}

internal sealed class YamlSequence(SourcePosition start) : YamlNode(start)
{
    public List<YamlNode> Items { get; } = [];

    public override string KindName => "列表";
}
