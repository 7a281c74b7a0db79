using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Core.Diagnostics;

namespace ReportGen.Core.Reading;

/// <summary>
/// Converts scalars to counts, fees, dates and text, reporting every way a clerk's value can be wrong with
/// the cell's Chinese label. Only plain decimal digits are numbers: YAML 1.1's octal, hex, exponent,
/// <c>yes</c> and <c>.inf</c> forms are refused rather than silently reinterpreted.
/// </summary>
internal sealed partial class ValueReader(DiagnosticBag diagnostics)
{
    /// <summary>No agency handles a billion of anything in a year: larger counts are typos.</summary>
    public const long MaxCount = 999_999_999;

    public const decimal MaxFee = 999_999_999m;
    public const int MaxFeeDecimals = 6;

    /// <summary>A paragraph longer than this is a paste accident, not prose.</summary>
    public const int MaxParagraphLength = 10_000;

    public SourceMap Map => diagnostics.Map;

    public long? Count(YamlNode node, string path, string label)
    {
        Map.AddValue(path, node.Start);
        if (node is not YamlScalar scalar)
        {
            Wrong(node, path, $"“{label}”应为一个整数，实际是{node.KindName}。");
            return null;
        }

        var text = scalar.Value.Trim();
        if (scalar.IsNull || text.Length == 0)
        {
            Wrong(node, path, $"“{label}”是空的：没有就填 0，不能空着。", "不小于 0 的整数", "空");
            return null;
        }

        if (IsDash(text))
        {
            Wrong(node, path, $"“{label}”填的是“{text}”：没有就填 0，不能填“/”或“-”。", "不小于 0 的整数", text);
            return null;
        }

        if (!scalar.IsPlain)
        {
            var hint = DecimalInteger().IsMatch(text) ? "数字写成了带引号的字符串：请去掉引号。" : "应为整数。";
            Wrong(node, path, $"“{label}”的值“{text}”{hint}", "不小于 0 的整数", "\"" + text + "\"");
            return null;
        }

        if (DecimalInteger().IsMatch(text))
        {
            if (text.Length > 1 && text[0] == '0')
            {
                Wrong(node, path, $"“{label}”的值“{text}”以 0 开头：请去掉前面的 0（以 0 开头的数字在 YAML 中可能被当作八进制）。", text.TrimStart('0') is "" ? "0" : text.TrimStart('0'), text);
                return null;
            }

            if (text.Length > 9 && (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var big) || big > MaxCount))
            {
                Wrong(node, path, $"“{label}”的值 {text} 过大（上限 {MaxCount}），不像真实数据，请核对。", $"≤ {MaxCount}", text);
                return null;
            }

            return long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        Wrong(node, path, $"“{label}”的值“{text}”{ExplainNotCount(text)}", "不小于 0 的整数", text);
        return null;
    }

    public Model.FeeAmount? Fee(YamlNode node, string path, string label)
    {
        Map.AddValue(path, node.Start);
        if (node is not YamlScalar scalar || scalar.IsNull || scalar.Value.Trim().Length == 0 || IsDash(scalar.Value.Trim()) || !scalar.IsPlain)
        {
            var actual = node is YamlScalar s ? s.Value : node.KindName;
            Wrong(node, path, $"“{label}”应为不小于 0 的金额（单位：万元），如 0 或 96171.6；没有收费就填 0，不要加引号。", "不小于 0 的金额", actual.Length == 0 ? "空" : actual);
            return null;
        }

        var text = scalar.Value.Trim();
        var match = DecimalAmount().Match(text);
        if (!match.Success)
        {
            Wrong(node, path, $"“{label}”的值“{text}”不是金额：{ExplainNotCount(text)}（金额如 0、0.35、96171.6，单位万元）", "不小于 0 的金额", text);
            return null;
        }

        if (match.Groups[1].Value.Length > 1 && match.Groups[1].Value[0] == '0')
        {
            Wrong(node, path, $"“{label}”的值“{text}”以 0 开头：请去掉前面多余的 0。", "不小于 0 的金额", text);
            return null;
        }

        if (match.Groups[2].Length - 1 > MaxFeeDecimals)
        {
            Wrong(node, path, $"“{label}”最多 {MaxFeeDecimals} 位小数（1 分 = 0.000001 万元），实际 {match.Groups[2].Length - 1} 位。", $"≤ {MaxFeeDecimals} 位小数", text);
            return null;
        }

        if (match.Groups[1].Length > 9 || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value > MaxFee)
        {
            Wrong(node, path, $"“{label}”的值 {text} 万元过大，不像真实数据，请核对。", $"≤ {MaxFee}", text);
            return null;
        }

        return new Model.FeeAmount(value, text);
    }

    public string? Text(YamlNode node, string path, string label, bool allowEmpty = false)
    {
        Map.AddValue(path, node.Start);
        if (node is not YamlScalar scalar)
        {
            Wrong(node, path, $"“{label}”应为文字，实际是{node.KindName}。");
            return null;
        }

        var text = scalar.IsNull ? "" : scalar.Value;
        if (!allowEmpty && text.Trim().Length == 0)
        {
            diagnostics.At(RuleCatalog.MissingKey, node.Start, path, $"“{label}”是空的，请填写。");
            return null;
        }

        return CheckCharacters(scalar, text, path, label) ? text : null;
    }

    /// <summary>The non-empty lines of a text, each one paragraph, with each one's place in the file.</summary>
    public IReadOnlyList<string>? Paragraphs(YamlNode node, string path, string label)
    {
        var text = Text(node, path, label);
        if (text is null)
        {
            return null;
        }

        var scalar = (YamlScalar)node;
        var result = new List<string>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var paragraph = lines[i].Trim().Trim('\u3000');
            if (paragraph.Length == 0)
            {
                continue;
            }

            var at = scalar.LinePosition(i);
            var paragraphPath = path + "[" + result.Count.ToString(CultureInfo.InvariantCulture) + "]";
            Map.AddValue(paragraphPath, at);
            if (paragraph.Length > MaxParagraphLength)
            {
                diagnostics.At(RuleCatalog.TextTooLong, at, paragraphPath,
                    $"“{label}”中有一段长达 {paragraph.Length} 字（上限 {MaxParagraphLength} 字）：多半是粘贴出错，或者忘了分段（每个非空行是一段）。",
                    $"≤ {MaxParagraphLength} 字", paragraph.Length.ToString(CultureInfo.InvariantCulture));
                return null;
            }

            result.Add(paragraph);
        }

        return result;
    }

    public DateOnly? Date(YamlNode node, string path, string label)
    {
        var text = Text(node, path, label)?.Trim();
        if (text is null)
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy年M月d日", "yyyy/M/d"];
        if (DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Wrong(node, path, $"“{label}”的值“{text}”不是日期：请写成 2024-01-20 这样的形式。", "YYYY-MM-DD", text);
        return null;
    }

    public void Wrong(YamlNode node, string path, string message, string? expected = null, string? actual = null) =>
        diagnostics.At(RuleCatalog.WrongType, node.Start, path, message, expected, actual);

    /// <summary>Escapes in quoted text can produce what the file itself may not hold; direction overrides hide text.</summary>
    private bool CheckCharacters(YamlScalar scalar, string text, string path, string label)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var name = YamlTreeBuilder.ForbiddenCharacterName(text, i);
            if (name is null && text[i] is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            {
                name = "U+" + ((int)text[i]).ToString("X4", CultureInfo.InvariantCulture) + "（文字方向控制符，会让文字显示顺序与实际不同）";
            }

            if (name is not null)
            {
                diagnostics.At(RuleCatalog.BadCharacter, scalar.Start, path,
                    $"“{label}”中第 {i + 1} 个字符是不能出现在文档中的字符 {name}。请删除它。");
                return false;
            }
        }

        return true;
    }

    private static bool IsDash(string text) => text is "/" or "-" or "—" or "－" or "／" or "——" or "--" or "无";

    private static string ExplainNotCount(string text) => text.ToLowerInvariant() switch
    {
        ".nan" or ".inf" or "+.inf" or "-.inf" => "是 YAML 的特殊数值（非数或无穷大），不是件数：请填实际数字，没有就填 0。",
        "yes" or "no" or "true" or "false" or "on" or "off" or "y" or "n" => "是表示“是/否”的值，不是数字：请填实际数字，没有就填 0。",
        _ when text.StartsWith('-') => "是负数或带负号：件数不能小于 0。",
        _ when text.Contains('.', StringComparison.Ordinal) && DecimalAmount().IsMatch(text) => "带小数：件数必须是整数。",
        _ when text.Contains(',', StringComparison.Ordinal) || text.Contains('，', StringComparison.Ordinal) => "含有逗号：不要使用千位分隔符。",
        _ when text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || text.StartsWith("0o", StringComparison.OrdinalIgnoreCase) => "是十六进制或八进制写法：请写普通的十进制数字。",
        _ when text.Contains('e', StringComparison.OrdinalIgnoreCase) && char.IsAsciiDigit(text[0]) => "是科学计数法：请写出完整的数字。",
        _ when text.Any(c => c is >= '０' and <= '９') => "用了全角数字：请改用半角数字 0-9。",
        _ when text.EndsWith('件') || text.EndsWith('个') || text.EndsWith('条') => "带了单位：只填数字。",
        _ => "不是数字。",
    };

    [GeneratedRegex(@"^[0-9]+$")]
    private static partial Regex DecimalInteger();

    [GeneratedRegex(@"^([0-9]+)(\.[0-9]+)?$")]
    private static partial Regex DecimalAmount();
}
