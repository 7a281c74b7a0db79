using System.Globalization;

namespace ReportGen.Core.Rendering;

/// <summary>Small facts about printed Chinese text shared by the writer and its checks.</summary>
public static class ChineseText
{
    /// <summary>A date as official documents print it: Arabic numerals, no zero padding (2024年1月20日).</summary>
    public static string Date(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>Printed width in em (one CJK character = 1); ASCII letters, digits and spaces count half.</summary>
    public static double Width(ReadOnlySpan<char> text)
    {
        double width = 0;
        foreach (var c in text)
        {
            width += IsHalfWidth(c) ? 0.5 : 1;
        }

        return width;
    }

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
