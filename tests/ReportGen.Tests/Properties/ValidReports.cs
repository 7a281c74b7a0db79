using System.Globalization;
using System.Text;
using CsCheck;
using ReportGen.Core.Format;

namespace ReportGen.Tests.Properties;

/// <summary>A paragraph list, written either as one text or as {heading, text} sub-sections.</summary>
public sealed record GeneratedProse(IReadOnlyList<(string? Heading, IReadOnlyList<string> Paragraphs)> Sections);

/// <summary>How a generated report is laid out in YAML: all of these are valid and must read the same.</summary>
public sealed record GeneratedLayout(bool FlowRows, bool Crlf, bool Bom, bool Comments, int[] KeyOrder);

/// <summary>An input file's data, generated so that every rule holds (勾稽关系 per column, given totals right).</summary>
public sealed record GeneratedReport(
    string Agency,
    int Year,
    string? AgencyType,
    long[] DocumentCounts,
    long[] Decisions,
    string Fee,
    long[][] Requests,
    bool[] RequestRowTotalGiven,
    long[][] Reviews,
    bool[] ReviewTotalGiven,
    GeneratedProse Overview,
    GeneratedProse Problems,
    GeneratedProse OtherMatters,
    GeneratedLayout Layout)
{
    private static readonly RequestTableSpec RequestSpec = FormatCatalog.RequestTable;
    private static readonly ReviewTableSpec ReviewSpec = FormatCatalog.ReviewTable;

    /// <summary>The input file, as bytes.</summary>
    public byte[] ToBytes()
    {
        var text = ToYaml();
        var bytes = Encoding.UTF8.GetBytes(Layout.Crlf ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text);
        return Layout.Bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes;
    }

    public string ToYaml()
    {
        var blocks = new List<string>
        {
            "format: 2021\n",
            $"year: {Year}\n",
            $"agency: {Agency}\n",
            AgencyType is null ? "" : $"agency_type: {AgencyType}\n",
            Prose(FormatCatalog.Overview.Key, Overview, forceList: true),
            ProactiveBlock(),
            RequestsBlock(),
            ReviewsBlock(),
            Prose(FormatCatalog.Problems.Key, Problems, forceList: false),
            Prose(FormatCatalog.OtherMatters.Key, OtherMatters, forceList: false),
        };
        var yaml = new StringBuilder();
        foreach (var i in Layout.KeyOrder)
        {
            if (Layout.Comments)
            {
                yaml.Append("# 第 ").Append(i).Append(" 项\n\n");
            }

            yaml.Append(blocks[i]);
        }

        return yaml.ToString();
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private string Row(IEnumerable<long> numbers, string indent)
    {
        var list = numbers.ToList();
        return Layout.FlowRows
            ? " [" + string.Join(", ", list.Select(N)) + "]\n"
            : "\n" + string.Concat(list.Select(n => indent + "  - " + N(n) + "\n"));
    }

    private string ProactiveBlock()
    {
        var spec = FormatCatalog.ProactiveTable;
        var yaml = new StringBuilder("proactive:\n");
        string[] documents = [spec.Regulations.Key, spec.NormativeDocuments.Key];
        for (var d = 0; d < documents.Length; d++)
        {
            yaml.Append("  ").Append(documents[d]).Append(":\n");
            for (var c = 0; c < spec.DocumentColumns.Count; c++)
            {
                yaml.Append("    ").Append(spec.DocumentColumns[c].Key).Append(": ").Append(N(DocumentCounts[(d * 3) + c])).Append('\n');
            }
        }

        string[] decisions = [spec.Licensing.Key, spec.Penalty.Key, spec.Coercion.Key];
        for (var i = 0; i < decisions.Length; i++)
        {
            yaml.Append("  ").Append(decisions[i]).Append(": ").Append(N(Decisions[i])).Append('\n');
        }

        return yaml.Append("  ").Append(spec.Fees.Key).Append(": ").Append(Fee).Append('\n').ToString();
    }

    private string RequestsBlock()
    {
        var yaml = new StringBuilder("requests:\n");
        OutcomeGroup? group = null;
        foreach (var row in RequestSpec.Rows)
        {
            if (row.Group != group && row.Group is not null)
            {
                yaml.Append("  ").Append(row.Group.Key).Append(":\n");
            }

            group = row.Group;
            var indent = row.Group is null ? "  " : "    ";
            var numbers = RequestSpec.Applicants.Select(c => Requests[c.Index][row.Index]);
            if (RequestRowTotalGiven[row.Index])
            {
                numbers = numbers.Append(RequestSpec.Applicants.Sum(c => Requests[c.Index][row.Index]));
            }

            // The （七）总计 row is optional: given only when its flag is set.
            if (row.Role != RequestRowRole.Total || RequestRowTotalGiven[row.Index])
            {
                yaml.Append(indent).Append(row.Key).Append(':').Append(Row(numbers, indent));
            }
        }

        return yaml.ToString();
    }

    private string ReviewsBlock()
    {
        var yaml = new StringBuilder(FormatCatalog.Reviews.Key + ":\n");
        foreach (var row in ReviewSpec.Rows)
        {
            var numbers = Reviews[row.Index].AsEnumerable();
            if (ReviewTotalGiven[row.Index])
            {
                numbers = numbers.Append(Reviews[row.Index].Sum());
            }

            yaml.Append("  ").Append(row.Key).Append(':').Append(Row(numbers, "  "));
        }

        return yaml.ToString();
    }

    private static string Prose(string key, GeneratedProse prose, bool forceList)
    {
        if (!forceList && prose.Sections is [{ Heading: null } only])
        {
            return key + ": |\n" + string.Concat(only.Paragraphs.Select(p => "  " + p + "\n"));
        }

        var yaml = new StringBuilder(key + ":\n");
        foreach (var (heading, paragraphs) in prose.Sections)
        {
            yaml.Append("  - ");
            if (heading is not null)
            {
                yaml.Append("heading: ").Append(heading).Append("\n    ");
            }

            yaml.Append("text: |\n");
            foreach (var paragraph in paragraphs)
            {
                yaml.Append("      ").Append(paragraph).Append('\n');
            }
        }

        return yaml.ToString();
    }
}

/// <summary>CsCheck generators of valid input files.</summary>
public static class ValidReports
{
    private const string Han = "政府信息公开工作年度报告本机关依法申请办理情况主动网站平台建设监督保障制度机制人员培训区县市局委办乡镇街道文化旅游商务科技财政教育卫生健康交通运输农业农村水利自然资源生态环境住房城乡";
    private const string Punctuation = "，。、；：“”（）《》——％";
    private static readonly RequestTableSpec RequestSpec = FormatCatalog.RequestTable;

    private static Gen<string> HanText(int min, int max) => Gen.Char[Han].Array[min, max].Select(a => new string(a));

    /// <summary>A paragraph: Chinese words and punctuation, with numbers, never starting with a space.</summary>
    private static readonly Gen<string> Paragraph =
        Gen.Select(HanText(1, 20), Gen.Char[Han + Punctuation + "0123456789"].Array[0, 80], Gen.Int[0, 100_000])
            .Select(t => t.Item1 + new string(t.Item2) + N(t.Item3) + "。");

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static Gen<GeneratedProse> Prose(bool headings) =>
        Gen.Select(HanText(2, 12).Null(), Paragraph.Array[1, 4])
            .Select(t => (Heading: headings ? t.Item1 : null, Paragraphs: (IReadOnlyList<string>)t.Item2))
            .Array[1, 5]
            .Select(sections => new GeneratedProse(sections));

    /// <summary>Mostly small, sometimes large: a column's sum stays well under the reader's cap.</summary>
    private static readonly Gen<long> Count = Gen.Frequency(
        (5, Gen.Const(0L)),
        (4, Gen.Long[1, 50]),
        (1, Gen.Long[51, 10_000_000]));

    /// <summary>
    /// One applicant column of table B, in row order: the outcomes and 结转下年 are random, 上年结转 a share of
    /// them, and 本年新收 what makes 新收 + 结转 = 总计 + 结转下年 hold.
    /// </summary>
    private static readonly Gen<long[]> RequestColumn =
        Gen.Select(Count.Array[RequestSpec.Outcomes.Count()], Count, Gen.Int[0, 100])
            .Select(t =>
            {
                var (outcomes, carriedForward, share) = t;
                var column = new long[RequestSpec.Rows.Count];
                var i = 0;
                foreach (var row in RequestSpec.Outcomes)
                {
                    column[row.Index] = outcomes[i++];
                }

                var total = outcomes.Sum();
                column[RequestSpec.Total.Index] = total;
                column[RequestSpec.CarriedForward.Index] = carriedForward;
                var carriedOver = (total + carriedForward) * share / 100;
                column[RequestSpec.CarriedOver.Index] = carriedOver;
                column[RequestSpec.Received.Index] = total + carriedForward - carriedOver;
                return column;
            });

    private static readonly Gen<string> Fee = Gen.Frequency(
        (3, Gen.Const("0")),
        (2, Gen.Select(Gen.Long[0, 99_999], Gen.Char["0123456789"].Array[1, 6])
            .Select(t => N(t.Item1) + "." + new string(t.Item2))),
        (1, Gen.Long[1, 999_999].Select(N)));

    private static readonly Gen<GeneratedLayout> Layout =
        Gen.Select(Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool, Gen.Shuffle(Enumerable.Range(0, 10).ToArray()))
            .Select(t => new GeneratedLayout(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5));

    public static readonly Gen<GeneratedReport> Report =
        from agency in HanText(2, 20)
        from year in Gen.Int[2021, 2023]
        from agencyType in Gen.OneOf("department", "government").Null()
        from documents in Gen.Long[0, 500].Array[6]
        from decisions in Count.Array[3]
        from fee in Fee
        from requests in RequestColumn.Array[RequestTableSpec.ApplicantCount]
        from requestTotals in Gen.Bool.Array[RequestSpec.Rows.Count]
        from reviews in Count.Array[ReviewTableSpec.OutcomeCount].Array[FormatCatalog.ReviewTable.Rows.Count]
        from reviewTotals in Gen.Bool.Array[FormatCatalog.ReviewTable.Rows.Count]
        from overview in Prose(headings: true)
        from problems in Prose(headings: false)
        from otherMatters in Prose(headings: true)
        from layout in Layout
        select new GeneratedReport(agency + "局", year, agencyType, documents, decisions, fee, requests, requestTotals,
            reviews, reviewTotals, overview, problems, otherMatters, layout);
}
