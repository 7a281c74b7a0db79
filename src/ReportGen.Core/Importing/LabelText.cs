using System.Globalization;
using System.Text;

namespace ReportGen.Core.Importing;

/// <summary>
/// How published text is compared with the catalog's labels: the same label however it was spaced, set in
/// full or half width, or wrapped, and within a few typos.
/// </summary>
/// <remarks>
/// Tolerance: after <see cref="Key"/> (whitespace dropped, full-width ASCII folded to half width, quotes
/// unified) a cell matches a label when it ends with the label, or when the edit distance is at most a quarter
/// of the label's length, rounded down (so labels of up to 3 characters must match exactly, 规章 is never
/// 规定; 2.其他法律行政止公开 is 2.其他法律行政法规禁止公开 at distance 3 of 14; 8.属于行 is not 8.属于行政查询事项).
/// Among labels within tolerance the nearest wins; a tie is not guessed.
/// </remarks>
public static class LabelText
{
    /// <summary>The comparison form of a text.</summary>
    public static string Key(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u00AD')
            {
                continue;
            }

            builder.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '“' or '”' or '„' or '〝' or '〞' => '"',
                '‘' or '’' => '\'',
                '〔' => '[',
                '〕' => ']',
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>The largest edit distance at which a text still counts as <paramref name="labelKey"/>.</summary>
    public static int Tolerance(string labelKey) => labelKey.Length / 4;

    /// <summary>
    /// How far a cell's key is from a label's key: 0 when equal or when the cell ends with the label (a cell
    /// that also holds the labels to its left), else the edit distance, or int.MaxValue beyond tolerance.
    /// </summary>
    public static int Distance(string cellKey, string labelKey)
    {
        if (cellKey.Length == 0)
        {
            return int.MaxValue;
        }

        if (cellKey.EndsWith(labelKey, StringComparison.Ordinal))
        {
            return 0;
        }

        var tolerance = Tolerance(labelKey);
        if (Math.Abs(cellKey.Length - labelKey.Length) > tolerance)
        {
            return int.MaxValue;
        }

        var distance = Reading.KeySuggester.Distance(cellKey, labelKey);
        return distance <= tolerance ? distance : int.MaxValue;
    }

    /// <summary>What a table cell holds, as far as a figure is concerned.</summary>
    public static CellContent Classify(string text)
    {
        var key = Key(text);
        if (key.Length == 0)
        {
            return CellContent.Empty;
        }

        if (key is "-" or "—" or "——" or "–" or "―" or "/" or "无" or "\\" or "--")
        {
            return CellContent.Dash;
        }

        var digits = key.Replace(",", "", StringComparison.Ordinal);
        if (digits.Length > 0 && digits.All(char.IsAsciiDigit) && (digits.Length == key.Length || ThousandsGrouped(key)))
        {
            return CellContent.WholeNumber;
        }

        var dot = key.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0 && dot < key.Length - 1 && key.Count(c => c == '.') == 1 && key.Replace(".", "", StringComparison.Ordinal).All(char.IsAsciiDigit))
        {
            return CellContent.DecimalNumber;
        }

        return CellContent.Text;
    }

    /// <summary>A count's value; null when it is not one or too large to be real.</summary>
    public static long? Count(string text)
    {
        var digits = Key(text).Replace(",", "", StringComparison.Ordinal);
        return digits.Length is > 0 and <= 12 && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static bool ThousandsGrouped(string key)
    {
        var groups = key.Split(',');
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
    }
}

/// <summary>What a cell holds where a figure is expected.</summary>
public enum CellContent
{
    /// <summary>Nothing (or only spaces, U+3000, nbsp).</summary>
    Empty,
    /// <summary>“—”, “-”, “/”, “无”: published for “none”.</summary>
    Dash,
    WholeNumber,
    DecimalNumber,
    /// <summary>Anything else: a label, or an unreadable figure.</summary>
    Text,
}
