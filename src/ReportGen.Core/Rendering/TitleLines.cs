using System.Globalization;
using ReportGen.Core.Format;

namespace ReportGen.Core.Rendering;

/// <summary>
/// Breaks a title that does not fit one line the way GB/T 9704 asks (词意完整，排列对称): at a boundary of
/// meaning — after the agency name, after "{year}年", after an administrative division inside the name — into
/// lines of similar width, never leaving a single character alone on a line.
/// </summary>
public static class TitleLines
{
    /// <summary>Whole 二号 characters per line of the text block.</summary>
    public const double DefaultCapacity = Docx.PageGeometry.TextWidth / (Docx.PageGeometry.SizeErHao * 10);

    // Cost of a break, per kind: meaning outweighs balance, so the agency/year break wins over a slightly
    // more even break inside a phrase.
    private const double AgencyBreak = 0;
    private const double YearBreak = 1;
    private const double DivisionBreak = 2;
    private const double PlainBreak = 4;
    private const double PenaltyWeight = 30;
    private const int MinimumLineLength = 2;

    private const string Divisions = "省市区县旗盟州镇乡";
    private const string NoLineStart = "，。、；：！？）》」』”’〉】〕…—·.,;:!?)]}%";
    private const string NoLineEnd = "（《「『“‘〈【〔([{";

    public static IReadOnlyList<string> Break(string title, string agency, int year, double capacity = DefaultCapacity)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(agency);
        if (ChineseText.Width(title) <= capacity || title.Length < 2 * MinimumLineLength)
        {
            return [title];
        }

        var penalties = BreakPenalties(title, agency, year);
        for (var lines = 2; lines * MinimumLineLength <= title.Length; lines++)
        {
            var breaks = BestBreaks(title, penalties, lines, capacity);
            if (breaks is not null)
            {
                return Split(title, breaks);
            }
        }

        // Nothing fits (a title of unbreakable Latin text): one line, left to the word processor.
        return [title];
    }

    /// <summary>The cost of a break before each index; NaN where no break is allowed.</summary>
    private static double[] BreakPenalties(string title, string agency, int year)
    {
        var penalties = new double[title.Length];
        penalties[0] = double.NaN;
        for (var i = 1; i < title.Length; i++)
        {
            char before = title[i - 1], after = title[i];
            var inWord = ChineseText.IsHalfWidth(before) && ChineseText.IsHalfWidth(after) && before != ' ' && after != ' ';
            var forbidden = inWord || char.IsLowSurrogate(after) || NoLineStart.Contains(after, StringComparison.Ordinal)
                || NoLineEnd.Contains(before, StringComparison.Ordinal);
            penalties[i] = forbidden ? double.NaN : PlainBreak;
        }

        var agencyEnd = agency.Length > 0 && title.StartsWith(agency, StringComparison.Ordinal) ? agency.Length : -1;
        for (var i = 1; i < agencyEnd; i++)
        {
            if (Divisions.Contains(title[i - 1], StringComparison.Ordinal))
            {
                Lower(penalties, i, DivisionBreak);
            }
        }

        var yearText = year.ToString(CultureInfo.InvariantCulture) + "年";
        var yearAt = title.IndexOf(yearText, StringComparison.Ordinal);
        if (yearAt >= 0)
        {
            Lower(penalties, yearAt, YearBreak);
            Lower(penalties, yearAt + yearText.Length, YearBreak);
        }

        if (agencyEnd > 0)
        {
            Lower(penalties, agencyEnd, AgencyBreak);
        }

        return penalties;
    }

    private static void Lower(double[] penalties, int index, double penalty)
    {
        if (index > 0 && index < penalties.Length && !double.IsNaN(penalties[index]))
        {
            penalties[index] = Math.Min(penalties[index], penalty);
        }
    }

    /// <summary>Dynamic programme over break positions: weighted penalties plus squared distance of each
    /// line's width from the mean width.</summary>
    private static int[]? BestBreaks(string title, double[] penalties, int lines, double capacity)
    {
        var n = title.Length;
        var prefix = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            prefix[i + 1] = prefix[i] + ChineseText.Width(title.AsSpan(i, 1));
        }

        var mean = prefix[n] / lines;
        var cost = new double[lines + 1, n + 1];
        var from = new int[lines + 1, n + 1];
        for (var k = 0; k <= lines; k++)
        {
            for (var i = 0; i <= n; i++)
            {
                cost[k, i] = double.PositiveInfinity;
            }
        }

        cost[0, 0] = 0;
        for (var k = 1; k <= lines; k++)
        {
            for (var end = k * MinimumLineLength; end <= n; end++)
            {
                if (end < n && double.IsNaN(penalties[end]))
                {
                    continue;
                }

                var breakCost = end < n ? PenaltyWeight * penalties[end] : 0;
                for (var start = (k - 1) * MinimumLineLength; start <= end - MinimumLineLength; start++)
                {
                    var width = prefix[end] - prefix[start];
                    if (width > capacity || double.IsPositiveInfinity(cost[k - 1, start]))
                    {
                        continue;
                    }

                    var candidate = cost[k - 1, start] + breakCost + ((width - mean) * (width - mean));
                    if (candidate < cost[k, end])
                    {
                        cost[k, end] = candidate;
                        from[k, end] = start;
                    }
                }
            }
        }

        if (double.IsPositiveInfinity(cost[lines, n]))
        {
            return null;
        }

        var breaks = new int[lines - 1];
        for (int k = lines, at = n; k > 1; k--)
        {
            at = from[k, at];
            breaks[k - 2] = at;
        }

        return breaks;
    }

    private static string[] Split(string title, int[] breaks)
    {
        var parts = new string[breaks.Length + 1];
        var start = 0;
        for (var i = 0; i < breaks.Length; i++)
        {
            parts[i] = title[start..breaks[i]];
            start = breaks[i];
        }

        parts[^1] = title[start..];
        return parts;
    }
}
