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

    /// <summary>
    /// For a literal block (<c>|</c>), where line <c>i</c> of the value starts in the file: line
    /// <c>Start.Line + 1 + i</c>, at the column of its first non-blank character (0 for a blank line).
    /// </summary>
    public IReadOnlyList<int>? LiteralLineColumns { get; init; }

    /// <summary>Where line <paramref name="index"/> of the value stands: its own line in a literal block, else the scalar's start.</summary>
    public SourcePosition LinePosition(int index) =>
        Style == ScalarStyle.Literal && LiteralLineColumns is { } columns && index < columns.Count && columns[index] > 0
            ? new SourcePosition(Start.Line + 1 + index, columns[index])
            : Start;

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
