namespace ReportGen.Core.Validation;

/// <summary>Reads the numbers clerks write in prose: 5, ５, 1,234, 三, 十二, 二十, 一百零五, 两, 零.</summary>
public static class ChineseNumber
{
    /// <summary>The characters a Chinese-numeral count is written with.</summary>
    public const string NumeralCharacters = "零〇一二两三四五六七八九十百千万";

    /// <summary>The value, or null when the text is not a count (e.g. "一二", "十十").</summary>
    public static long? Parse(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (text.All(c => char.IsAsciiDigit(c) || c == ','))
        {
            var digits = text.Replace(",", "", StringComparison.Ordinal);
            return digits.Length is > 0 and <= 12 ? long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : null;
        }

        long total = 0, section = 0, number = 0;
        var lastWasDigit = false;
        var lastUnit = long.MaxValue;
        foreach (var c in text)
        {
            var digit = Digit(c);
            if (digit is { } d)
            {
                // Two digits in a row ("一二") is not a count; "零" only fills a gap ("一百零五").
                if (lastWasDigit && number != 0)
                {
                    return null;
                }

                number = d;
                lastWasDigit = true;
                continue;
            }

            var unit = c switch { '十' => 10L, '百' => 100L, '千' => 1000L, '万' => 10000L, _ => 0L };
            if (unit == 0)
            {
                return null;
            }

            if (unit == 10000)
            {
                total += (section + number) * unit;
                (section, number, lastUnit) = (0, 0, long.MaxValue);
            }
            else
            {
                if (unit >= lastUnit)
                {
                    return null;
                }

                // "十二" is 12: a leading 十 stands for 一十.
                section += (number == 0 && !lastWasDigit ? 1 : number) * unit;
                (number, lastUnit) = (0, unit);
            }

            lastWasDigit = false;
        }

        return total + section + number;
    }

    private static long? Digit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => null,
    };
}
