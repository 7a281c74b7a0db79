using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Format;

namespace ReportGen.Core.Reading;

/// <summary>
/// Converts scalars to counts, fees, dates and text, reporting every way a clerk's value can be wrong with
/// the cell's Chinese label. Only plain decimal digits are numbers: YAML 1.1's octal, hex, exponent,
/// <c>yes</c> and <c>.inf</c> forms are refused rather than silently reinterpreted.
/// </summary>
internal sealed partial class ValueReader(DiagnosticBag diagnostics)
{
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

        var shown = DiagnosticText.Quote(text);
        if (IsDash(text))
        {
            Wrong(node, path, $"“{label}”填的是“{shown}”：没有就填 0，不能填“/”或“-”。", "不小于 0 的整数", shown);
            return null;
        }

        if (!scalar.IsPlain)
        {
            var hint = scalar.Tag is not null ? $"前面有 YAML 标签“{DiagnosticText.Quote(scalar.Tag)}”：数据文件不用标签，请删去它，只写数字。"
                : DecimalInteger().IsMatch(text) ? "数字写成了带引号的字符串：请去掉引号。"
                : "应为整数。";
            Wrong(node, path, $"“{label}”的值“{shown}”{hint}", "不小于 0 的整数", scalar.Tag is null ? "\"" + shown + "\"" : shown);
            return null;
        }

        if (DecimalInteger().IsMatch(text))
        {
            if (text.Length > 1 && text[0] == '0')
            {
                var withoutZeros = text.TrimStart('0') is "" ? "0" : DiagnosticText.Quote(text.TrimStart('0'));
                Wrong(node, path, $"“{label}”的值“{shown}”以 0 开头：请去掉前面的 0（以 0 开头的数字在 YAML 中可能被当作八进制）。", withoutZeros, shown);
                return null;
            }

            if (text.Length > 9 && (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var big) || big > InputLimits.MaxCount))
            {
                Wrong(node, path, $"“{label}”的值 {shown} 过大（上限 {InputLimits.MaxCount}），不像真实数据，请核对。", $"≤ {InputLimits.MaxCount}", shown);
                return null;
            }

            return long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        Wrong(node, path, $"“{label}”的值“{shown}”{ExplainNotCount(text)}", "不小于 0 的整数", shown);
        return null;
    }

    public Model.FeeAmount? Fee(YamlNode node, string path, string label)
    {
        Map.AddValue(path, node.Start);
        if (node is not YamlScalar scalar || scalar.IsNull || scalar.Value.Trim().Length == 0 || IsDash(scalar.Value.Trim()) || !scalar.IsPlain)
        {
            var actual = node is YamlScalar s ? DiagnosticText.Quote(s.Value) : node.KindName;
            Wrong(node, path, $"“{label}”应为不小于 0 的金额（单位：万元），如 0 或 96171.6；没有收费就填 0，不要加引号。", "不小于 0 的金额", actual.Length == 0 ? "空" : actual);
            return null;
        }

        var text = scalar.Value.Trim();
        var shown = DiagnosticText.Quote(text);
        var match = DecimalAmount().Match(text);
        if (!match.Success)
        {
            Wrong(node, path, $"“{label}”的值“{shown}”不是金额：{ExplainNotCount(text)}（金额如 0、0.35、96171.6，单位万元）", "不小于 0 的金额", shown);
            return null;
        }

        if (match.Groups[1].Value.Length > 1 && match.Groups[1].Value[0] == '0')
        {
            Wrong(node, path, $"“{label}”的值“{shown}”以 0 开头：请去掉前面多余的 0。", "不小于 0 的金额", shown);
            return null;
        }

        if (match.Groups[2].Length - 1 > InputLimits.MaxFeeDecimals)
        {
            Wrong(node, path, $"“{label}”最多 {InputLimits.MaxFeeDecimals} 位小数（1 分 = 0.000001 万元），实际 {match.Groups[2].Length - 1} 位。", $"≤ {InputLimits.MaxFeeDecimals} 位小数", shown);
            return null;
        }

        if (match.Groups[1].Length > 9 || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value > InputLimits.MaxFee)
        {
            Wrong(node, path, $"“{label}”的值 {shown} 万元过大，不像真实数据，请核对。", $"≤ {InputLimits.MaxFee}", shown);
            return null;
        }

        return new Model.FeeAmount(value, text);
    }

    public string? Text(YamlNode node, string path, string label, bool allowEmpty = false) =>
        Text(node, path, label, allowEmpty, InputLimits.MaxLineLength);

    private string? Text(YamlNode node, string path, string label, bool allowEmpty, int maxLength)
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

        if (text.Length > maxLength)
        {
            diagnostics.At(RuleCatalog.TextTooLong, node.Start, path,
                $"“{label}”长达 {text.Length} 字（上限 {maxLength} 字）：这里只填一行简短的文字，多半是粘贴出错。",
                $"≤ {maxLength} 字", text.Length.ToString(CultureInfo.InvariantCulture));
            return null;
        }

        return CheckCharacters(scalar, text, path, label) ? text : null;
    }

    /// <summary>The non-empty lines of a text, each one paragraph, with each one's place in the file.</summary>
    public IReadOnlyList<string>? Paragraphs(YamlNode node, string path, string label)
    {
        // Each paragraph is checked for length below; the text as a whole is bounded by the file's size.
        var text = Text(node, path, label, allowEmpty: false, int.MaxValue);
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

            // Literal text keeps its lines: the paragraph stands where its first character is.
            var at = scalar.Style == YamlDotNet.Core.ScalarStyle.Literal
                ? new SourcePosition(scalar.Start.Line + 1 + i, scalar.ContentColumn + (lines[i].Length - lines[i].TrimStart().Length))
                : scalar.Start;
            var paragraphPath = path + "[" + result.Count.ToString(CultureInfo.InvariantCulture) + "]";
            Map.AddValue(paragraphPath, at);
            if (paragraph.Length > InputLimits.MaxParagraphLength)
            {
                diagnostics.At(RuleCatalog.TextTooLong, at, paragraphPath,
                    $"“{label}”中有一段长达 {paragraph.Length} 字（上限 {InputLimits.MaxParagraphLength} 字）：多半是粘贴出错，或者忘了分段（每个非空行是一段）。",
                    $"≤ {InputLimits.MaxParagraphLength} 字", paragraph.Length.ToString(CultureInfo.InvariantCulture));
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

        Wrong(node, path, $"“{label}”的值“{DiagnosticText.Quote(text)}”不是日期：请写成 2024-01-20 这样的形式。", "YYYY-MM-DD", DiagnosticText.Quote(text));
        return null;
    }

    public void Wrong(YamlNode node, string path, string message, string? expected = null, string? actual = null) =>
        diagnostics.At(RuleCatalog.WrongType, node.Start, path, message, expected, actual);

    /// <summary>Escapes in quoted text can produce what the file itself may not hold; direction overrides hide text.</summary>
    private bool CheckCharacters(YamlScalar scalar, string text, string path, string label)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var name = ForbiddenCharacters.Name(text, i);
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
