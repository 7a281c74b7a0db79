namespace ReportGen.Core.Reading;

/// <summary>Finds the allowed key a misspelt one was meant to be ("did you mean …").</summary>
internal static class KeySuggester
{
    /// <param name="allowed">Allowed keys with their Chinese labels, so that a label typed as a key is understood too.</param>
    public static string? Closest(string typed, IEnumerable<(string Key, string Label)> allowed)
    {
        var candidates = allowed.ToList();
        var byLabel = candidates.FirstOrDefault(c =>
            typed.Length > 1 && (c.Label.Contains(typed, StringComparison.Ordinal) || typed.Contains(StripNumber(c.Label), StringComparison.Ordinal)));
        if (byLabel.Key is not null)
        {
            return byLabel.Key;
        }

        var normalized = typed.Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (key, _) in candidates)
        {
            var d = Distance(normalized, key);
            if (d < bestDistance)
            {
                (best, bestDistance) = (key, d);
            }
        }

        return bestDistance <= Math.Max(2, normalized.Length / 3) ? best : null;
    }

    /// <summary>"（三）不予公开" → "不予公开", "1.属于国家秘密" → "属于国家秘密".</summary>
    private static string StripNumber(string label)
    {
        var i = label.IndexOfAny(['）', '.', '、']);
        return i >= 0 && i < 5 && i + 1 < label.Length ? label[(i + 1)..] : label;
    }

    internal static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
