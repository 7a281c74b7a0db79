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
}
