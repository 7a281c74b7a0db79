using System.Globalization;
using ReportGen.Core.Diagnostics;

namespace ReportGen.Core.Reading;

/// <summary>Characters a document cannot hold, refused where they stand in the file and in every value.</summary>
internal static class ForbiddenCharacters
{
    private const int MaxFindings = 10;

    /// <summary>XML 1.0 cannot carry C0/C1 controls or lone surrogates (nor a report, separators): refuse them where they stand.</summary>
    public static bool Check(string text, DiagnosticBag diagnostics)
    {
        int line = 1, column = 1, found = 0;
        for (var i = 0; i < text.Length && found < MaxFindings; i++)
        {
            var c = text[i];
            var name = Name(text, i);
            if (name is not null)
            {
                found++;
                diagnostics.At(RuleCatalog.BadCharacter, new SourcePosition(line, column), null,
                    $"此处有不能出现在文档中的字符 {name}（常见于从网页、微信或表格复制的文字）。请删除它。");
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            if (c == '\n')
            {
                line++;
                column = 1;
            }
            else if (c != '\r')
            {
                column++;
            }
        }

        return found == 0;
    }

    /// <summary>The name of the character at <paramref name="i"/> if a document cannot hold it, else null.</summary>
    public static string? Name(string text, int i)
    {
        var c = text[i];
        var forbidden = c switch
        {
            '\t' or '\n' or '\r' => false,
            < ' ' => true,
            >= '\u007F' and <= '\u009F' => true,
            '\uFFFE' or '\uFFFF' => true,
            // Line and paragraph separators: invisible, and YAML counts them as line breaks where editors do not.
            '\u2028' or '\u2029' => true,
            _ when char.IsHighSurrogate(c) => i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]),
            _ when char.IsLowSurrogate(c) => i == 0 || !char.IsHighSurrogate(text[i - 1]),
            _ => false,
        };
        return forbidden ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : null;
    }
}
