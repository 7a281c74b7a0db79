using System.Text;

namespace ReportGen.Core.Rendering.Html;

/// <summary>Text and attribute values made safe for an HTML (and SVG) page.</summary>
public static class HtmlText
{
    /// <summary>
    /// Escapes markup characters and both quotes, so that the same text is safe in element content and in
    /// attribute values. Bidi controls (U+202A–202E, U+2066–2069) and other invisible controls are dropped:
    /// the reader already refuses them (RG009), and one that reached the page could reorder what the reader
    /// sees (a figure or a name shown backwards); characters XML forbids are dropped so the page stays well-formed.
    /// </summary>
    public static void Append(StringBuilder output, string text)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': output.Append("&amp;"); break;
                case '<': output.Append("&lt;"); break;
                case '>': output.Append("&gt;"); break;
                case '"': output.Append("&quot;"); break;
                case '\'': output.Append("&#39;"); break;
                case '\t' or '\n': output.Append(c); break;
                case < ' ' or '\u007F' or '\uFFFE' or '\uFFFF':
                case (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C':
                    break;
                default: output.Append(c); break;
            }
        }
    }

    public static string Escape(string text)
    {
        var output = new StringBuilder(text.Length + 16);
        Append(output, text);
        return output.ToString();
    }
}
