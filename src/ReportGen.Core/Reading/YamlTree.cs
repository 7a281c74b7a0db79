using ReportGen.Core.Diagnostics;
using YamlDotNet.Core;

namespace ReportGen.Core.Reading;

/// <summary>A YAML node with the place it was written, kept so every finding can point at the file.</summary>
internal abstract class YamlNode(SourcePosition start)
{
    public SourcePosition Start { get; } = start;

    public abstract string KindName { get; }
}

internal sealed class YamlScalar(SourcePosition start, SourcePosition end, string value, ScalarStyle style, bool tagged)
    : YamlNode(start)
{
    public SourcePosition End { get; } = end;
    public string Value { get; } = value;
    public ScalarStyle Style { get; } = style;

    /// <summary>Plain (unquoted, untagged) scalars are the only ones that can be numbers.</summary>
    public bool IsPlain => Style == ScalarStyle.Plain && !tagged;

    public bool IsBlock => Style is ScalarStyle.Literal or ScalarStyle.Folded;

    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindName => "单个值";
}

internal sealed class YamlMapping(SourcePosition start) : YamlNode(start)
{
    public List<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = [];

    public override string KindName => "键值对（映射）";
}

internal sealed class YamlSequence(SourcePosition start) : YamlNode(start)
{
    public List<YamlNode> Items { get; } = [];

    public override string KindName => "列表";
}
