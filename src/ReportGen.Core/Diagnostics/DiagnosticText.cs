using System.Globalization;
using System.Text;

namespace ReportGen.Core.Diagnostics;

/// <summary>
/// Makes text from an input file safe to print inside a finding: one line (a finding is one line of output),
/// bounded in length (a hostile file's megabyte value must not become a megabyte message), and free of
/// characters that would corrupt a terminal or hide text (control characters, direction overrides).
/// </summary>
public static class DiagnosticText
{
    /// <summary>The longest finding message; anything longer is cut (only a pathological input gets there).</summary>
    public const int MaxMessageLength = 2000;

    /// <summary>A value quoted from the file inside a message, e.g. the “…” in 的值“…”不是数字.</summary>
    public static string Quote(string text, int maxLength = 60)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxLength)
        {
            return Escape(text);
        }

        var cut = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return Escape(text[..cut]) + "…（共 " + text.Length.ToString(CultureInfo.InvariantCulture) + " 个字符）";
    }

    /// <summary>A whole message (or expected/actual value): escaped, and cut to <see cref="MaxMessageLength"/>.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = NeedsEscaping(text) ? Escape(text) : text;
        return escaped.Length <= MaxMessageLength ? escaped : escaped[..MaxMessageLength] + "…";
    }

    private static bool NeedsEscaping(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Escaped(text, i) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static string Escape(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var replacement = Escaped(text, i);
            if (replacement is null)
            {
                builder?.Append(text[i]);
                continue;
            }

            builder ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            builder.Append(replacement);
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>How a character is shown in a message, or null to show it as it is.</summary>
    private static string? Escaped(string text, int i)
    {
        var c = text[i];
        return c switch
        {
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            < ' ' or (>= '\u007F' and <= '\u009F') => Code(c),
            // Direction controls reorder the rest of the line on screen; separators break it.
            (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C' or '\u2028' or '\u2029' => Code(c),
            '\uFFFE' or '\uFFFF' => Code(c),
            _ when char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) => Code(c),
            _ when char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1])) => Code(c),
            _ => null,
        };
    }

    private static string Code(char c) => "<U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + ">";
}
