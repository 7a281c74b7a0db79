using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Core.Templates;

/// <summary>Writes text as a YAML scalar that reads back as exactly that text.</summary>
public static partial class YamlScalars
{
    /// <summary>
    /// The text plain when that is unambiguous (an agency name stays readable), otherwise double-quoted.
    /// Anything a YAML reader could take for a number, a boolean, null, a comment or structure is quoted.
    /// </summary>
    public static string Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return IsSafePlain(value) ? value : DoubleQuoted(value);
    }

    public static string DoubleQuoted(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            var escape = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when IsInvisible(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => null,
            };
            _ = escape is null ? builder.Append(c) : builder.Append(escape);
        }

        return builder.Append('"').ToString();
    }

    private static bool IsSafePlain(string value) =>
        value.Length > 0
        && !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1])
        && "-?:,[]{}#&*!|>'\"%@`.+~".IndexOf(value[0], StringComparison.Ordinal) < 0
        && !char.IsAsciiDigit(value[0])
        && !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal)
        && value[^1] != ':'
        && !value.Any(c => IsInvisible(c) || c == '\u3000')
        && !Keyword().IsMatch(value);

    /// <summary>Characters a reader of the file could not see or that YAML treats as line breaks.</summary>
    private static bool IsInvisible(char c) => char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF';

    /// <summary>Words that YAML 1.1 or 1.2 reads as booleans or null.</summary>
    [GeneratedRegex("^(?:y|n|yes|no|true|false|on|off|null)$", RegexOptions.IgnoreCase)]
    private static partial Regex Keyword();
}
