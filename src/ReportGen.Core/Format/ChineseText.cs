using System.Globalization;

namespace ReportGen.Core.Format;

/// <summary>
/// Small facts about Chinese text shared by every writer and check: how wide a character prints, how a date
/// and a figure are written. Each is defined here once.
/// </summary>
public static class ChineseText
{
    /// <summary>A date as official documents print it: Arabic numerals, no zero padding (2024年1月20日).</summary>
    public static string Date(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>
    /// A whole number as the input file, the messages and the documents write it: ASCII digits, no grouping,
    /// whatever the machine's culture.
    /// </summary>
    public static string Figure(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Columns a character takes in a fixed-pitch setting (a terminal, an editor, a spreadsheet column):
    /// 1 for printable ASCII, 2 for everything else (汉字, full-width punctuation, “ ” ·).
    /// </summary>
    public static int Columns(char c) => IsHalfWidth(c) ? 1 : 2;

    /// <summary>Columns the text takes (see <see cref="Columns(char)"/>).</summary>
    public static int Columns(ReadOnlySpan<char> text)
    {
        var columns = 0;
        foreach (var c in text)
        {
            columns += Columns(c);
        }

        return columns;
    }

    /// <summary>Printed width in em (one CJK character = 1); ASCII letters, digits and spaces count half.</summary>
    public static double Width(ReadOnlySpan<char> text) => Columns(text) / 2.0;

    public static bool IsHalfWidth(char c) => c is >= ' ' and <= '~';

    /// <summary>A word of Latin letters and digits this long (a web address, a phone number) cannot break where a line ends.</summary>
    public const int LongLatinWord = 10;

    /// <summary>
    /// Whether the text holds a word of at least <see cref="LongLatinWord"/> half-width characters without a
    /// space. LibreOffice (and Word, by default) breaks such a word only at a few signs, so the line before it
    /// ends short, and justifying that line spreads its characters wide (大 厦 A 座 506 室).
    /// </summary>
    public static bool HasLongLatinWord(ReadOnlySpan<char> text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = IsHalfWidth(c) && c != ' ' ? run + 1 : 0;
            if (run >= LongLatinWord)
            {
                return true;
            }
        }

        return false;
    }
}
