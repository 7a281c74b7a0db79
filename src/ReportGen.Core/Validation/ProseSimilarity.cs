using System.Text;

namespace ReportGen.Core.Validation;

/// <summary>
/// How alike two paragraphs are, for 内容雷同 (RG104): text compared without whitespace, punctuation and the
/// figures that change every year (digits and years are masked), by the overlap of their character pairs.
/// </summary>
public static class ProseSimilarity
{
    /// <summary>Dice coefficient of character pairs at or above which two paragraphs are "nearly identical".</summary>
    public const double NearlyIdentical = 0.9;

    /// <summary>"2023年，通过网站公开信息50条。" → "#年通过网站公开信息#条".</summary>
    public static string Normalize(string paragraph)
    {
        var text = new StringBuilder(paragraph.Length);
        var inNumber = false;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            var digit = char.IsAsciiDigit(c) || c is >= '０' and <= '９' || (IsChineseYearDigit(c) && ChineseYearAt(paragraph, i));
            if (digit)
            {
                if (!inNumber)
                {
                    text.Append('#');
                }

                inNumber = true;
                continue;
            }

            inNumber = false;
            if (!char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c))
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    /// <summary>The character pairs of a normalised paragraph, counted.</summary>
    public static Dictionary<int, int> Pairs(string normalized)
    {
        var pairs = new Dictionary<int, int>();
        for (var i = 0; i + 1 < normalized.Length; i++)
        {
            var key = (normalized[i] << 16) | normalized[i + 1];
            pairs[key] = pairs.GetValueOrDefault(key) + 1;
        }

        return pairs;
    }

    /// <summary>2 × shared pairs / all pairs: 1 for the same text, 0 for nothing in common.</summary>
    public static double Dice(Dictionary<int, int> a, Dictionary<int, int> b)
    {
        var total = a.Values.Sum() + b.Values.Sum();
        if (total == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Sum(p => Math.Min(p.Value, large.GetValueOrDefault(p.Key)));
        return 2.0 * shared / total;
    }

    private static bool IsChineseYearDigit(char c) => "〇零一二三四五六七八九".Contains(c, StringComparison.Ordinal);

    /// <summary>二〇二三年: four Chinese digits before 年 are a year.</summary>
    private static bool ChineseYearAt(string text, int i)
    {
        var start = i;
        while (start > 0 && IsChineseYearDigit(text[start - 1]))
        {
            start--;
        }

        var end = i;
        while (end < text.Length && IsChineseYearDigit(text[end]))
        {
            end++;
        }

        return end - start == 4 && end < text.Length && text[end] == '年';
    }
}
