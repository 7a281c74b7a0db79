using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Core.Format;

namespace ReportGen.Core.Validation;

/// <summary>A figure stated in the prose: which cell it speaks of, the number, and the words it was said in.</summary>
/// <param name="IsNegation">Said as "none" (未收到…申请, 未发生行政复议) rather than as a number.</param>
public sealed record ProseClaim(ClaimSubject Subject, long Value, string Phrase, bool IsNegation = false);

/// <summary>
/// Finds the figures a clerk states in Chinese prose about the tables ("共收到政府信息公开申请5件，其中自然人3件…",
/// "予以公开三件", "行政复议、行政诉讼均为0", "未收到政府信息公开申请"). Conservative by design: a figure is taken
/// only where its subject stands right before it with a count unit (件/起/宗/份), and never from a clause that
/// speaks of another year, a comparison, a wider scope (全县、各部门), a channel (通过网上…) or an approximation
/// (10余件, 5件以上). Figures of proactive publication (条/篇/次), dates, percentages and phone numbers have no
/// subject or no count unit and are never taken.
/// </summary>
public static partial class ProseClaims
{
    private const string Number = "(?<n>[0-9]+(?:,[0-9]{3})*|[" + ChineseNumber.NumeralCharacters + "]+)";
    private const string SecondNumber = "(?<m>[0-9]+(?:,[0-9]{3})*|[" + ChineseNumber.NumeralCharacters + "]+)";

    /// <summary>Words allowed between a subject and its number: 共、共计、合计、为、达、有、数量为、：.</summary>
    private const string Filler = "(?:共计?|合计|总计|总数|数量|件数)?(?:为|是|达到?|有)?[:：]?";

    private const string CaseUnit = "(?:件次|件|起|宗)";
    private const string DocumentUnit = "(?:件|份)";
    private const string ReceiveVerb = "(?:收到|受理|接到|接收|新收|收悉)";

    /// <summary>Clause delimiters: a claim's context is the clause it stands in.</summary>
    private const string ClauseDelimiters = "，。；！？,;!?";
    private const string SentenceDelimiters = "。！？!?";

    private static readonly SearchValues<char> ClauseDelimiterValues = SearchValues.Create(ClauseDelimiters);
    private static readonly SearchValues<char> SentenceDelimiterValues = SearchValues.Create(SentenceDelimiters);

    /// <summary>Every figure pattern needs a number ({N}): a sentence without one cannot match any (skips ~30 regex scans).</summary>
    private static readonly SearchValues<char> NumberCharacters = SearchValues.Create("0123456789" + ChineseNumber.NumeralCharacters);

    /// <summary>Every negation pattern starts with 没有/…无/…未: a sentence without 没, 无 or 未 cannot match one.</summary>
    private static readonly SearchValues<char> NegationCharacters = SearchValues.Create("没无未");

    private static readonly RequestTableSpec Requests = FormatCatalog.RequestTable;
    private static readonly ProactiveTableSpec Proactive = FormatCatalog.ProactiveTable;

    private static readonly IReadOnlyList<Pattern> Patterns = BuildPatterns();
    private static readonly IReadOnlyList<Pattern> Breakdown = BuildBreakdown();
    private static readonly IReadOnlyList<Pattern> Negations = BuildNegations();

    /// <summary>The claims of one paragraph, in the order they stand.</summary>
    public static IReadOnlyList<ProseClaim> Extract(string paragraph, int reportYear)
    {
        var (text, origin) = Normalize(paragraph);
        var found = new List<Found>();
        foreach (var (start, end) in Sentences(text))
        {
            var sentence = text[start..end];
            if (sentence.AsSpan().ContainsAny(NumberCharacters))
            {
                var main = Find(Patterns, text, start, sentence, reportYear);
                found.AddRange(main);
                found.AddRange(FindBreakdowns(text, start, sentence, main, reportYear));
            }

            if (sentence.AsSpan().ContainsAny(NegationCharacters))
            {
                found.AddRange(Find(Negations, text, start, sentence, reportYear));
            }
        }

        // The phrase is quoted from the paragraph as written (with its spaces and full-width digits).
        return [.. found.OrderBy(f => f.At).Select(f =>
            new ProseClaim(f.Subject, f.Value, paragraph[origin[f.At]..(origin[f.At + f.PhraseLength - 1] + 1)], f.IsNegation))];
    }

    /// <summary>A claim found in the normalised text: where it stands, where its match ends and how long a phrase to quote.</summary>
    private sealed record Found(int At, int End, int PhraseLength, ClaimSubject Subject, long Value, bool IsNegation);

    private static List<Found> Find(IReadOnlyList<Pattern> patterns, string text, int sentenceStart, string sentence, int reportYear)
    {
        var result = new List<Found>();
        var numbersTaken = new HashSet<int>();
        foreach (var pattern in patterns)
        {
            foreach (Match match in pattern.Regex.Matches(sentence))
            {
                var at = sentenceStart + match.Index;
                var prefix = ClausePrefix(text, at);
                if (!pattern.Accepts(match, prefix, sentence) || Excluded(prefix, reportYear) || Qualified(sentence, match.Index + match.Length))
                {
                    continue;
                }

                var numberAt = match.Groups["n"].Success ? sentenceStart + match.Groups["n"].Index : at;
                if (!numbersTaken.Add(numberAt))
                {
                    continue;
                }

                // A "none" reads best to the end of its clause: 未接到群众主动要求公开政府信息.
                var length = pattern.IsNegation ? ClauseLength(text, at, match.Length) : match.Length;
                foreach (var (subject, group) in pattern.Subjects)
                {
                    var value = pattern.IsNegation ? 0 : ChineseNumber.Parse(match.Groups[group].Value);
                    if (value is { } v && (pattern.UnitRequired || match.Groups["u"].Success || v == 0))
                    {
                        result.Add(new Found(at, at + match.Length, length, subject, v, pattern.IsNegation));
                    }
                }
            }
        }

        return result;
    }

    /// <summary>"共收到…申请5件，其中自然人3件、法人或其他组织2件": the breakdown after 其中 belongs to the 本年新收 claim.</summary>
    private static IEnumerable<Found> FindBreakdowns(string text, int sentenceStart, string sentence, List<Found> main, int reportYear)
    {
        foreach (var received in main.Where(m => m.Subject == ClaimSubjects.Received && !m.IsNegation))
        {
            var among = text.IndexOf("其中", received.End, sentenceStart + sentence.Length - received.End, StringComparison.Ordinal);
            if (among < 0)
            {
                continue;
            }

            var until = main.Where(m => m.At > among).Select(m => m.At).DefaultIfEmpty(sentenceStart + sentence.Length).Min();
            foreach (var claim in Find(Breakdown, text, among, text[among..until], reportYear))
            {
                yield return claim;
            }
        }
    }

    private static bool Excluded(string prefix, int reportYear)
    {
        if (OtherContext().IsMatch(prefix))
        {
            return true;
        }

        foreach (Match year in YearMention().Matches(prefix))
        {
            if (int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture) != reportYear)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"5件以上", "5件左右": not a count; "5件（含上年结转1件）": a count of something else than the cell.</summary>
    private static bool Qualified(string sentence, int after) =>
        after < sentence.Length && QualifiedAfter().IsMatch(sentence.AsSpan(after));

    private static int ClauseLength(string text, int at, int minimum)
    {
        var from = Math.Min(at + minimum, text.Length);
        var found = text.AsSpan(from).IndexOfAny(ClauseDelimiterValues);
        var end = found < 0 ? -1 : from + found;
        var length = (end < 0 ? text.Length : end) - at;
        return Math.Min(length, minimum + 20);
    }

    /// <summary>The clause before a position: from the last comma or full stop.</summary>
    private static string ClausePrefix(string text, int at)
    {
        var start = text.AsSpan(0, Math.Max(0, at - 1) + 1).LastIndexOfAny(ClauseDelimiterValues) + 1;
        return start >= at ? "" : text[start..at];
    }

    private static IEnumerable<(int Start, int End)> Sentences(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var i = text.AsSpan(start).IndexOfAny(SentenceDelimiterValues);
            if (i < 0)
            {
                break;
            }

            yield return (start, start + i + 1);
            start += i + 1;
        }

        if (start < text.Length)
        {
            yield return (start, text.Length);
        }
    }

    /// <summary>Whitespace removed and full-width digits made ASCII, with where each character came from.</summary>
    private static (string Text, int[] Origin) Normalize(string paragraph)
    {
        var text = new StringBuilder(paragraph.Length);
        var origin = new List<int>(paragraph.Length);
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            text.Append(c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c);
            origin.Add(i);
        }

        origin.Add(paragraph.Length);
        return (text.ToString(), origin.ToArray());
    }

    /// <summary>A label of the catalog without its number and its note: "（二）部分公开（区分处理的…）" → "部分公开".</summary>
    private static string Term(string label)
    {
        var term = LeadingNumber().Replace(label, "");
        var note = term.IndexOf('（', StringComparison.Ordinal);
        return note > 0 ? term[..note] : term;
    }

    private static Regex Compile(string pattern) =>
        new(pattern.Replace("{N}", Number, StringComparison.Ordinal)
                .Replace("{M}", SecondNumber, StringComparison.Ordinal)
                .Replace("{F}", Filler, StringComparison.Ordinal)
                .Replace("{U}", CaseUnit, StringComparison.Ordinal)
                .Replace("{D}", DocumentUnit, StringComparison.Ordinal)
                .Replace("{V}", ReceiveVerb, StringComparison.Ordinal),
            RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static List<Pattern> BuildPatterns()
    {
        var outcome = (string key) => Regex.Escape(Term(Requests.Row(key).Label));
        var group = (string key) => Regex.Escape(Term(Requests.Groups.Single(g => g.Key == key).Label));
        var review = Regex.Escape(FormatCatalog.ReviewTable.Review.Label);
        var litigation = Regex.Escape(ReviewTableSpec.LitigationHeader);
        var regulations = Regex.Escape(Proactive.Regulations.Label);
        // 行政规范性文件 is often written 规范性文件.
        var normative = "(?:行政)?" + Regex.Escape(Proactive.NormativeDocuments.Label.Replace("行政", "", StringComparison.Ordinal));
        var inForce = Regex.Escape(Proactive.InForce.Label.Replace("件数", "", StringComparison.Ordinal));
        const string issue = "(?:新制定|新制发|制定|制发|出台|印发|发布)(?:了)?";
        const string repeal = "(?:宣布)?(?:废止|废除)(?:了)?";

        return
        [
            // 本年新收: 收到政府信息公开申请5件 / 受理依申请公开12件 / 收到5件政府信息公开申请.
            Pattern.Received(@"{V}(?:了|到)?(?<gap>[^，。；！？,;0-9]{0,20}?)申请(?:数量|件数)?{F}{N}(?<u>{U})"),
            Pattern.Received(@"{V}(?:了)?(?<gap>[^，。；！？,;0-9]{0,12}?依申请公开)(?:政府信息)?(?:申请|事项|件数)?{F}{N}(?<u>{U})"),
            Pattern.Received(@"{V}(?:了)?(?:各类)?{N}(?<u>{U})(?<gap>[^，。；！？,;0-9]{0,10}?公开[^，。；！？,;0-9]{0,4}?)(?:申请|事项)"),
            Pattern.Count(ClaimSubjects.CarriedOver, @"(?:上一?年度?|去年)(?:度)?(?:结转|遗留)(?:下来)?(?:的)?(?:政府信息公开)?(?:申请)?(?:数量)?{F}{N}(?<u>{U})"),
            Pattern.Count(ClaimSubjects.CarriedForward, @"(?:结转|转入|转至)(?:至|到)?下一?年度?(?:继续)?(?:办理)?(?:的)?(?:申请)?{F}{N}(?<u>{U})"),
            Pattern.Count(ClaimSubjects.Granted, $@"(?:{outcome("granted")}|同意公开)(?:的)?(?:申请)?{{F}}{{N}}(?<u>{{U}})"),
            Pattern.Count(ClaimSubjects.PartiallyGranted, $@"{outcome("partially_granted")}(?:的)?(?:申请)?{{F}}{{N}}(?<u>{{U}})"),
            Pattern.Count(ClaimSubjects.Denied, $@"{group("denied")}(?:的)?(?:申请)?{{F}}{{N}}(?<u>{{U}})"),
            Pattern.Count(ClaimSubjects.Unable, $@"{group("unable")}(?:的)?(?:申请)?{{F}}{{N}}(?<u>{{U}})"),
            Pattern.Count(ClaimSubjects.NotProcessed, $@"{group("not_processed")}(?:的)?(?:申请)?{{F}}{{N}}(?<u>{{U}})"),
            Pattern.Count(ClaimSubjects.OtherProcessing, $@"{group("other")}(?:的)?(?:申请)?{{F}}{{N}}(?<u>{{U}})"),
            Pattern.Count(ClaimSubjects.Concluded, @"(?<!按时|按期|逾期|延期|及时|限期)(?:已经?|均已|全部)?办结(?:了)?(?:政府信息公开申请|申请)?{F}{N}(?<u>{U})"),

            // 行政复议、行政诉讼均为0 / 行政复议和行政诉讼分别为1件、2件 / 行政复议1件 / 行政诉讼2件.
            Pattern.Proceedings($@"{review}(?:和|、|及|与|以及|或)(?:被)?(?:提起)?{litigation}(?:案件)?(?:数量)?(?:均|各|都)?(?:为|是)?{{N}}(?<u>{{U}})?", "n", "n"),
            Pattern.Proceedings($@"{review}(?:和|、|及|与|以及)(?:被)?(?:提起)?{litigation}(?:案件)?(?:数量)?分别(?:为|是)?{{N}}(?<u>{{U}})?(?:和|、|及|与|,|，){{M}}{{U}}", "n", "m"),
            Pattern.Proceeding(ClaimSubjects.Review, $@"{review}(?:案件|申请)?(?:共计?|合计)?(?:为|是|有)?{{N}}(?<u>{{U}})"),
            Pattern.Proceeding(ClaimSubjects.Litigation, $@"{litigation}(?:案件)?(?:共计?|合计)?(?:为|是|有)?{{N}}(?<u>{{U}})"),

            // 二、主动公开: 现行有效规范性文件15件 / 制发规范性文件3件 / 废止2件规范性文件 / 行政处罚12件.
            Pattern.Proactive(ClaimSubjects.RegulationsInForce, $@"{inForce}(?:的)?{regulations}{{F}}{{N}}(?<u>{{D}})"),
            Pattern.Proactive(ClaimSubjects.NormativeInForce, $@"{inForce}(?:的)?{normative}{{F}}{{N}}(?<u>{{D}})"),
            Pattern.Proactive(ClaimSubjects.RegulationsIssued, $@"{issue}{regulations}{{F}}{{N}}(?<u>{{D}})"),
            Pattern.Proactive(ClaimSubjects.RegulationsIssued, $@"{issue}{{N}}(?<u>{{D}}){regulations}"),
            Pattern.Proactive(ClaimSubjects.NormativeIssued, $@"{issue}{normative}{{F}}{{N}}(?<u>{{D}})"),
            Pattern.Proactive(ClaimSubjects.NormativeIssued, $@"{issue}{{N}}(?<u>{{D}}){normative}"),
            Pattern.Proactive(ClaimSubjects.RegulationsRepealed, $@"{repeal}{regulations}{{F}}{{N}}(?<u>{{D}})"),
            Pattern.Proactive(ClaimSubjects.RegulationsRepealed, $@"{repeal}{{N}}(?<u>{{D}}){regulations}"),
            Pattern.Proactive(ClaimSubjects.NormativeRepealed, $@"{repeal}{normative}{{F}}{{N}}(?<u>{{D}})"),
            Pattern.Proactive(ClaimSubjects.NormativeRepealed, $@"{repeal}{{N}}(?<u>{{D}}){normative}"),
            Pattern.Proactive(ClaimSubjects.Licensing, $@"{Regex.Escape(Proactive.Licensing.Label)}(?:决定)?{{F}}{{N}}(?<u>{{U}})"),
            Pattern.Proactive(ClaimSubjects.Penalty, $@"{Regex.Escape(Proactive.Penalty.Label)}(?:决定|案件)?{{F}}{{N}}(?<u>{{U}})"),
            Pattern.Proactive(ClaimSubjects.Coercion, $@"{Regex.Escape(Proactive.Coercion.Label)}(?:决定|措施|执行)?(?:案件)?{{F}}{{N}}(?<u>{{U}})"),
        ];
    }

    private static List<Pattern> BuildBreakdown()
    {
        // The 其他 column is left out: "其他3件" says too little to be sure.
        var columns = Requests.Applicants.Where(c => c.Key != "other")
            .Select(c => Pattern.Count(ClaimSubjects.ReceivedFrom(c), Regex.Escape(c.Label) + @"(?:申请人)?(?:提出|提交)?(?:的)?(?:申请)?{F}{N}(?<u>{U})"));
        var legalPersons = Regex.Escape(RequestTableSpec.LegalPersonsHeader).Replace("或", "(?:或者|或|和|及)", StringComparison.Ordinal);
        return [Pattern.Count(ClaimSubjects.ReceivedFromLegalPersons, legalPersons + @"(?:提出|提交)?(?:的)?(?:申请)?{F}{N}(?<u>{U})"), .. columns];
    }

    private static List<Pattern> BuildNegations()
    {
        const string not = "(?:没有|并无|暂无|均无|尚无|尚未|均未|未|无(?![法论需须]))";
        const string who = "(?:群众|公民|法人|其他组织|个人|企业|社会公众|申请人|任何|相关|主动|提出|提交|向本?(?:机关|单位|局|部门|镇|乡|街道|政府|委|办)|我(?:局|委|办|单位|镇|乡)|的|、|或|和|及|与)*";
        const string about = "(?:因|政府信息公开|信息公开|政务公开|依申请公开|工作|事项|引起|引发|产生|而|被|提起|申请|的|相关|有关|方面|任何)*";
        var review = Regex.Escape(FormatCatalog.ReviewTable.Review.Label);
        var litigation = Regex.Escape(ReviewTableSpec.LitigationHeader);
        return
        [
            Pattern.Negation([ClaimSubjects.Received], $@"{not}(?:收到|接到|受理|接收|发生|有|产生|出现)?(?:过)?{who}(?:政府信息公开申请|信息公开申请|公开申请|依申请公开|要求公开|申请公开)(?!被|方面|的?(?:投诉|举报|复议|诉讼|纠错))"),
            Pattern.Negation([ClaimSubjects.Review, ClaimSubjects.Litigation], $@"{not}(?:发生|收到|出现|有|产生)?(?:过)?{about}{review}(?:或|和|及|与|、|以及)(?:被)?(?:提起|起诉)?(?:的)?{litigation}(?![被纠败撤确结])"),
            Pattern.Negation([ClaimSubjects.Review], $@"{not}(?:发生|收到|出现|有|产生)?(?:过)?{about}{review}(?![被纠败撤确结、和或及与])"),
            Pattern.Negation([ClaimSubjects.Litigation], $@"{not}(?:发生|收到|出现|有|产生)?(?:过)?{about}{litigation}(?![被纠败撤确结])"),
        ];
    }

    /// <summary>Another year, a comparison, a wider scope than this body, a channel or a subset: the figure is not the table's.</summary>
    [GeneratedRegex("上一?年|去年|前年|往年|历年|同比|环比|较|相比|比上|增加|减少|增长|下降|上升|累计|以来|平均|日均|全[县市区省州盟旗镇乡]|各级|各部门|各单位|各乡镇|各街道|各地|系统内|全系统|本系统|所属|下属|直属|通过|方式|当面|现场|信函|邮寄|网上|网络|在线|邮件|传真|平台|窗口")]
    private static partial Regex OtherContext();

    [GeneratedRegex("^(?:以上|以下|左右|次以上|[（(]?含|[（(]?包括)")]
    private static partial Regex QualifiedAfter();

    [GeneratedRegex("((?:19|20)[0-9]{2})年")]
    private static partial Regex YearMention();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[)）]|^[0-9]+[.．、]")]
    private static partial Regex LeadingNumber();

    /// <summary>One way a figure is written, with the subject(s) it speaks of and what must hold around it.</summary>
    private sealed class Pattern
    {
        public required Regex Regex { get; init; }
        public required IReadOnlyList<(ClaimSubject Subject, string Group)> Subjects { get; init; }
        public bool IsNegation { get; init; }

        /// <summary>Whether the count unit must follow the number; "均为0" may omit it (only for zero).</summary>
        public bool UnitRequired { get; init; } = true;

        public Func<Match, string, string, bool> Accepts { get; init; } = (_, _, _) => true;

        public static Pattern Count(ClaimSubject subject, string pattern) =>
            new() { Regex = Compile(pattern), Subjects = [(subject, "n")] };

        /// <summary>本年新收: the words between the verb and the number must speak of 公开 and of nothing else.</summary>
        public static Pattern Received(string pattern) => new()
        {
            Regex = Compile(pattern),
            Subjects = [(ClaimSubjects.Received, "n")],
            Accepts = (match, prefix, _) =>
            {
                var gap = match.Groups["gap"].Value;
                return gap.Contains("公开", StringComparison.Ordinal) && !NotAboutRequests().IsMatch(gap)
                    && !prefix.Contains("其中", StringComparison.Ordinal);
            },
        };

        /// <summary>行政复议/行政诉讼: only in a sentence about 公开, and not where this body is the one reviewing or judging.</summary>
        public static Pattern Proceeding(ClaimSubject subject, string pattern) => new()
        {
            Regex = Compile(pattern),
            Subjects = [(subject, "n")],
            Accepts = AboutOwnDisclosure,
        };

        public static Pattern Proceedings(string pattern, string reviewGroup, string litigationGroup) => new()
        {
            Regex = Compile(pattern),
            Subjects = [(ClaimSubjects.Review, reviewGroup), (ClaimSubjects.Litigation, litigationGroup)],
            UnitRequired = false,
            Accepts = AboutOwnDisclosure,
        };

        /// <summary>Table 二: not where the clause counts what was published (公开、公示、上传…) rather than decided.</summary>
        public static Pattern Proactive(ClaimSubject subject, string pattern) => new()
        {
            Regex = Compile(pattern),
            Subjects = [(subject, "n")],
            Accepts = (_, prefix, _) => !PublicationVerb().IsMatch(prefix),
        };

        public static Pattern Negation(IReadOnlyList<ClaimSubject> subjects, string pattern) => new()
        {
            Regex = Compile(pattern),
            Subjects = [.. subjects.Select(s => (s, "n"))],
            IsNegation = true,
            UnitRequired = false,
        };

        private static bool AboutOwnDisclosure(Match match, string prefix, string sentence) =>
            sentence.Contains("公开", StringComparison.Ordinal) && !ReviewingBody().IsMatch(prefix);
    }

    [GeneratedRegex("复议|诉讼|投诉|举报|咨询|信访|涉及|关于|有关|方面|领域|未|没有|不予")]
    private static partial Regex NotAboutRequests();

    [GeneratedRegex("收到|受理|办理|审理|代理|办结|指导|接收|复议机关")]
    private static partial Regex ReviewingBody();

    [GeneratedRegex("公开|公示|发布|上传|报送|录入|归集|推送|清理|审核|备案|评估|受理|申请")]
    private static partial Regex PublicationVerb();
}
