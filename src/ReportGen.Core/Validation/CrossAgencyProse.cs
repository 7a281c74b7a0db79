using System.Text;
using ReportGen.Core.Format;
using ReportGen.Core.Model;

namespace ReportGen.Core.Validation;

/// <summary>One report of a run, as the cross-agency rules see it: whose it is, where it came from, its prose.</summary>
public sealed record RunReport(int Input, string File, AnnualReport Report)
{
    public string AgencyKey { get; } = Report.AgencyKey;
}

/// <summary>
/// A paragraph of one agency's sections 一、五 or 六 that is (nearly) the same as a paragraph of other agencies'
/// reports in the same run: RG113. <see cref="Other"/> is the report that matches best (the first in input order
/// among equals); <see cref="OtherAgencies"/> counts every other agency that matches as well.
/// </summary>
public sealed record CopiedParagraph(RunReport Report, ProseParagraph Paragraph, RunReport Other, int OtherAgencies, double Share);

/// <summary>
/// 内容雷同 across agencies (RG113): which paragraphs of a run's reports were copied from another agency's report.
/// <para>
/// Each paragraph is cut into clauses (at ，。；：！？), and each clause is compared whole after masking what copying
/// changes and what every report shares: digits and years (as <see cref="ProseSimilarity.Normalize"/>), the
/// agency's own name, quotations in 《》 and “” (the 条例, the fee measures, slogans), and the format's own labels
/// and headings. A clause found in the reports of at least a third of the run's agencies (and at least
/// <see cref="FormulaFloor"/> of them) is a formula of the genre, not copying, and does not count either.
/// </para>
/// <para>
/// A paragraph is copied from another agency's report when at least <see cref="CopiedShare"/> of its counted
/// characters stand, clause for clause, anywhere in that report's sections 一、五、六, and it has at least
/// <see cref="SubstantiveParagraph"/> counted characters. Clauses are looked up by hash, never by comparing all
/// pairs of reports, so a run of a thousand look-alike reports costs about as much as reading them.
/// </para>
/// </summary>
public static class CrossAgencyProse
{
    /// <summary>A paragraph is copied when at least this share of its counted text is found in one other report.</summary>
    public const double CopiedShare = 0.8;

    /// <summary>Paragraphs with fewer counted characters ("无。", the fee sentence once masked) prove nothing.</summary>
    public const int SubstantiveParagraph = 30;

    /// <summary>Clauses shorter than this once masked ("一是", "为此") are not evidence of anything.</summary>
    public const int SubstantiveClause = 4;

    /// <summary>The share of the run's agencies from which a shared clause counts as a formula of the genre.</summary>
    public const double FormulaShare = 1.0 / 3;

    /// <summary>In small runs a third is one or two agencies: a formula is shared by at least this many.</summary>
    public const int FormulaFloor = 5;

    /// <summary>Bounds on what one report contributes, so a hostile file cannot make the index quadratic.</summary>
    private const int MaxParagraphsPerReport = 500;

    private static readonly char[] ClauseEnds = ['，', '。', '；', '：', '！', '？', ',', ';', ':', '!', '?', '\n'];

    /// <summary>The format's wording by its first character, longest first.</summary>
    private static readonly Lazy<Dictionary<char, string[]>> OfficialWording = new(() =>
        FormatWording().Where(w => w.Length >= 4).Distinct(StringComparer.Ordinal)
            .GroupBy(w => w[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).ToArray()));

    /// <summary>Which characters start one of the format's wordings: most do not, and are passed at once.</summary>
    private static readonly Lazy<bool[]> StartsWording = new(() =>
    {
        var starts = new bool[char.MaxValue + 1];
        foreach (var first in OfficialWording.Value.Keys)
        {
            starts[first] = true;
        }

        return starts;
    });

    /// <summary>The copied paragraphs of a run, in input order and paragraph order.</summary>
    public static IReadOnlyList<CopiedParagraph> Find(IReadOnlyList<RunReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var agencies = reports.Select(r => r.AgencyKey).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).Count();
        if (agencies < 2)
        {
            return [];
        }

        var paragraphs = reports.AsParallel().AsOrdered().Select(Clauses).ToList();

        // Which agencies' reports hold each clause, and which reports: a clause counts once per report.
        var holders = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var r = 0; r < reports.Count; r++)
        {
            foreach (var clause in paragraphs[r].SelectMany(p => p.Clauses).Distinct(StringComparer.Ordinal))
            {
                if (!holders.TryGetValue(clause, out var list))
                {
                    holders[clause] = list = [];
                }

                list.Add(r);
            }
        }

        var formula = Math.Max(FormulaFloor, (int)Math.Ceiling(agencies * FormulaShare));
        var formulae = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (clause, list) in holders)
        {
            if (list.Count >= formula && list.Select(r => reports[r].AgencyKey).Distinct(StringComparer.Ordinal).Take(formula).Count() >= formula)
            {
                formulae.Add(clause);
            }
        }

        var found = new List<CopiedParagraph>();

        // Characters matched per other report, as an array with the reports touched, reset after each paragraph:
        // this loop is the one whose cost grows with how widely clauses are shared.
        var matched = new int[reports.Count];
        var touched = new List<int>();
        for (var r = 0; r < reports.Count; r++)
        {
            var self = reports[r].AgencyKey;
            foreach (var paragraph in paragraphs[r])
            {
                var counted = paragraph.Clauses.Where(c => !formulae.Contains(c)).Distinct(StringComparer.Ordinal).ToList();
                var size = counted.Sum(c => c.Length);
                if (size < SubstantiveParagraph)
                {
                    continue;
                }

                foreach (var clause in counted)
                {
                    foreach (var other in holders[clause])
                    {
                        if (matched[other] == 0)
                        {
                            touched.Add(other);
                        }

                        matched[other] += clause.Length;
                    }
                }

                var copiedFrom = touched
                    .Where(other => matched[other] >= CopiedShare * size && reports[other].AgencyKey != self)
                    .Select(other => (Report: other, Matched: matched[other]))
                    .ToList();
                foreach (var other in touched)
                {
                    matched[other] = 0;
                }

                touched.Clear();
                if (copiedFrom.Count == 0)
                {
                    continue;
                }

                var best = copiedFrom.OrderByDescending(m => m.Matched).ThenBy(m => m.Report).First();
                var others = copiedFrom.Select(m => reports[m.Report].AgencyKey).Distinct(StringComparer.Ordinal).Count();
                found.Add(new CopiedParagraph(reports[r], paragraph.Paragraph, reports[best.Report], others, (double)best.Matched / size));
            }
        }

        return found;
    }

    /// <summary>A paragraph's clauses as compared: masked, normalised, long enough to mean something.</summary>
    private sealed record ClausedParagraph(ProseParagraph Paragraph, IReadOnlyList<string> Clauses);

    private static List<ClausedParagraph> Clauses(RunReport run)
    {
        var names = AgencyIdentity.NameForms(run.Report.Agency);
        return [.. ProseParagraphs.Body(run.Report)
            .Take(MaxParagraphsPerReport)
            .Select(p => new ClausedParagraph(p, [.. ClausesOf(Mask(p.Text, names))]))];
    }

    private static IEnumerable<string> ClausesOf(string masked) =>
        masked.Split(ClauseEnds, StringSplitOptions.RemoveEmptyEntries)
            .Select(ProseSimilarity.Normalize)
            .Where(c => c.Count(ch => ch != '#') >= SubstantiveClause);

    /// <summary>
    /// The paragraph without what copying changes or every report shares: quotations in 《》 and “”, the format's
    /// labels and headings, and the agency's own name in its usual forms. Digits and years are masked later, by
    /// <see cref="ProseSimilarity.Normalize"/>.
    /// </summary>
    internal static string Mask(string text, IReadOnlyList<string> names)
    {
        var masked = new StringBuilder(text.Length);
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '《' or '“')
            {
                depth++;
                masked.Append('，');
                continue;
            }

            if (c is '》' or '”' && depth > 0)
            {
                depth--;
                continue;
            }

            if (depth > 0)
            {
                continue;
            }

            // One pass over the text, trying at each character only the wordings that start with it.
            var skip = Match(text, i, names) ?? (StartsWording.Value[c] && OfficialWording.Value.TryGetValue(c, out var wordings) ? Match(text, i, wordings) : null);
            if (skip is { } length)
            {
                masked.Append('，');
                i += length - 1;
            }
            else
            {
                masked.Append(c);
            }
        }

        return masked.ToString();
    }

    /// <summary>The length of the first (longest) of <paramref name="wordings"/> standing at <paramref name="at"/>.</summary>
    private static int? Match(string text, int at, IReadOnlyList<string> wordings)
    {
        foreach (var wording in wordings)
        {
            if (text[at] == wording[0] && text.AsSpan(at).StartsWith(wording, StringComparison.Ordinal))
            {
                return wording.Length;
            }
        }

        return null;
    }

    /// <summary>The format's own wording: section headings, table labels and headers, as the catalog holds them.</summary>
    private static IEnumerable<string> FormatWording()
    {
        foreach (var section in FormatCatalog.Sections)
        {
            yield return section.Title;
        }

        foreach (var topic in FormatCatalog.OverviewTopics)
        {
            yield return topic;
        }

        yield return FormatCatalog.FeeStatementHeading;
        yield return FormatCatalog.OtherMattersScope;
        foreach (var row in FormatCatalog.RequestTable.Rows)
        {
            yield return StripNumbering(row.Label);
        }

        foreach (var item in FormatCatalog.ProactiveTable.Items)
        {
            yield return item.Label;
        }
    }

    /// <summary>"1.属于国家秘密" → "属于国家秘密"; "（一）予以公开" → "予以公开".</summary>
    private static string StripNumbering(string label)
    {
        var start = 0;
        while (start < label.Length && (char.IsAsciiDigit(label[start]) || "一二三四五六七八九十、.（）".Contains(label[start], StringComparison.Ordinal)))
        {
            start++;
        }

        return label[start..];
    }
}
