using System.Globalization;
using System.Text;
using ReportGen.Core.Format;

namespace ReportGen.Tests.Support;

/// <summary>The figures a generated input holds, kept apart from the YAML so tests can check what the tool computed from it.</summary>
public sealed record GeneratedReport(
    string Agency,
    int Year,
    string Yaml,
    long[] Proactive,
    decimal Fee,
    long[,] Requests,
    long[,] Reviews)
{
    /// <summary>Every data cell in table order — the proactive table (10 cells), the request table (25 rows × 7), the review table (3 × 5) — with totals added up here.</summary>
    public IReadOnlyList<decimal> Cells()
    {
        var cells = new List<decimal>(Proactive.Select(v => (decimal)v)) { Fee };
        for (var r = 0; r < Requests.GetLength(0); r++)
        {
            long sum = 0;
            for (var a = 0; a < Requests.GetLength(1); a++)
            {
                cells.Add(Requests[r, a]);
                sum += Requests[r, a];
            }

            cells.Add(sum);
        }

        for (var r = 0; r < Reviews.GetLength(0); r++)
        {
            long sum = 0;
            for (var o = 0; o < Reviews.GetLength(1); o++)
            {
                cells.Add(Reviews[r, o]);
                sum += Reviews[r, o];
            }

            cells.Add(sum);
        }

        return cells;
    }
}

/// <summary>
/// Varied, valid inputs (no errors; warnings possible) from a seed: tables that balance by construction,
/// prose from the sample's kind of wording. Used by tests and by the benchmark's generator.
/// </summary>
public static class ReportGenerator
{
    private static readonly string[] Places =
    [
        "石拐区", "昆都仑区", "青山区", "东河区", "九原区", "白云鄂博矿区", "土默特右旗", "固阳县", "达尔罕茂明安联合旗", "新城区",
        "回民区", "玉泉区", "赛罕区", "托克托县", "和林格尔县", "清水河县", "武川县", "海勃湾区", "海南区", "乌达区",
    ];

    private static readonly string[] Bureaus =
    [
        "商务和科技局", "教育局", "民政局", "司法局", "财政局", "人力资源和社会保障局", "自然资源局", "生态环境分局", "住房和城乡建设局", "交通运输局",
        "农牧和水务局", "文化旅游体育局", "卫生健康委员会", "退役军人事务局", "应急管理局", "审计局", "市场监督管理局", "统计局", "医疗保障局", "林业和草原局",
        "人民政府办公室", "发展和改革委员会", "工业和信息化局", "公安分局", "城市管理综合执法局", "信访局", "档案馆", "融媒体中心", "政务服务局", "能源局",
        "粮食和物资储备局", "乡村振兴局", "民族宗教事务局", "国有资产监督管理委员会", "科学技术协会", "妇女联合会", "总工会", "残疾人联合会", "红十字会", "地震局",
        "气象局", "税务局", "消防救援大队", "供销合作社", "投资促进中心", "大数据中心", "水利事务中心", "社会保险事业中心", "不动产登记中心", "公共资源交易中心",
    ];

    private static readonly string[] OverviewHeadings = ["主动公开情况", "依申请公开情况", "政府信息管理情况", "平台建设情况", "监督保障情况"];

    private static readonly string[] Sentences =
    [
        "{0}严格落实《中华人民共和国政府信息公开条例》有关要求，扎实推进政务公开标准化、规范化。",
        "{0}进一步完善依申请公开工作流程，优化受理、审查、征询等环节，确保答复合法有据、准确及时。",
        "{0}由专人负责门户网站管理，及时排查安全风险，确保信息安全有效上传。",
        "{0}通过政府门户网站和政务新媒体公开信息，及时回应社会关切。",
        "{0}调整政务公开工作领导小组，形成主要领导亲自抓、分管领导具体抓的工作机制。",
        "{0}加强政策解读，不断提高主动公开的质量和实效。",
        "{0}组织干部学习政务公开相关法规，提升公开意识和业务能力。",
    ];

    /// <summary>
    /// The <paramref name="index"/>-th generated agency: its name is unique per index (so a batch has no
    /// duplicate agencies); its figures and prose come from <paramref name="seed"/>.
    /// </summary>
    public static GeneratedReport Generate(int index, int seed, int year = 2023)
    {
        var random = new Random(seed);
        var agency = AgencyName(index);
        var proactive = new long[9];
        for (var i = 0; i < proactive.Length; i++)
        {
            // 规章 (the first three) stay zero: a county bureau reporting them is only a warning, but pointless noise.
            proactive[i] = i < 3 ? 0 : Sparse(random, 60);
        }

        // Up to 5 000 万元: a county bureau's fees (RG107 warns from 10 亿元), with up to six decimals.
        var fee = random.Next(4) == 0 ? 0m : random.NextInt64(0, 5_000_000_000) / 1_000_000m;
        var requests = RequestTable(random);
        var reviews = new long[3, ReviewTableSpec.OutcomeCount];
        for (var r = 0; r < 3; r++)
        {
            for (var o = 0; o < ReviewTableSpec.OutcomeCount; o++)
            {
                reviews[r, o] = Sparse(random, 4);
            }
        }

        var yaml = Yaml(agency, year, proactive, fee, requests, reviews, random);
        return new GeneratedReport(agency, year, yaml, proactive, fee, requests, reviews);
    }

    public static string AgencyName(int index)
    {
        var name = Places[index % Places.Length] + Bureaus[index / Places.Length % Bureaus.Length];
        var round = index / (Places.Length * Bureaus.Length);
        return round == 0 ? name : name + "第" + (round + 1).ToString(CultureInfo.InvariantCulture) + "分局";
    }

    /// <summary>Mostly zero, as real tables are; otherwise up to <paramref name="max"/>.</summary>
    private static long Sparse(Random random, int max) => random.Next(3) == 0 ? random.Next(1, max + 1) : 0;

    /// <summary>25 rows × 6 applicants that satisfy every identity: the outcome rows are drawn, the rest follows.</summary>
    private static long[,] RequestTable(Random random)
    {
        var spec = FormatCatalog.RequestTable;
        var table = new long[spec.Rows.Count, RequestTableSpec.ApplicantCount];
        for (var a = 0; a < RequestTableSpec.ApplicantCount; a++)
        {
            long outcomes = 0;
            foreach (var row in spec.Outcomes)
            {
                table[row.Index, a] = Sparse(random, row.Index == spec.Row("granted").Index ? 40 : 5);
                outcomes += table[row.Index, a];
            }

            var carriedForward = Sparse(random, 5);
            var carriedOver = random.NextInt64(0, outcomes + carriedForward + 1) / 2;
            table[spec.Total.Index, a] = outcomes;
            table[spec.CarriedForward.Index, a] = carriedForward;
            table[spec.CarriedOver.Index, a] = carriedOver;
            table[spec.Received.Index, a] = outcomes + carriedForward - carriedOver;
        }

        return table;
    }

    private static string Yaml(string agency, int year, long[] proactive, decimal fee, long[,] requests, long[,] reviews, Random random)
    {
        var y = year.ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"format: {FormatCatalog.FormatId}\nyear: {y}\nagency: {agency}\nagency_type: department\nadmin_level: county\n");
        text.Append(CultureInfo.InvariantCulture, $"contact:\n  address: 某某路 {random.Next(1, 300)} 号\n  postcode: \"014070\"\n  phone: 0472-{random.Next(1000000, 9999999)}\n\n");

        text.Append("overview:\n");
        foreach (var heading in OverviewHeadings.Take(random.Next(3, OverviewHeadings.Length + 1)))
        {
            text.Append(CultureInfo.InvariantCulture, $"  - heading: {heading}\n    text: |\n");
            for (var p = random.Next(1, 3); p > 0; p--)
            {
                text.Append("      ").Append(Paragraph(random, y + "年，" + agency)).Append('\n');
            }
        }

        string Counts(int at) => $"{{ issued: {proactive[at]}, repealed: {proactive[at + 1]}, in_force: {proactive[at + 2]} }}";
        text.Append(CultureInfo.InvariantCulture, $"\nproactive:\n  regulations: {Counts(0)}\n  normative_documents: {Counts(3)}\n");
        text.Append(CultureInfo.InvariantCulture, $"  licensing: {proactive[6]}\n  penalty: {proactive[7]}\n  coercion: {proactive[8]}\n  fees: {fee.ToString("0.######", CultureInfo.InvariantCulture)}\n");

        text.Append("\nrequests:\n");
        var spec = FormatCatalog.RequestTable;
        var withTotals = random.Next(2) == 0;
        OutcomeGroup? group = null;
        foreach (var row in spec.Rows)
        {
            if (row.Role == RequestRowRole.Total && !withTotals)
            {
                continue;
            }

            if (row.Group != group && row.Group is not null)
            {
                text.Append("  ").Append(row.Group.Key).Append(":\n");
            }

            group = row.Group;
            var values = Enumerable.Range(0, RequestTableSpec.ApplicantCount).Select(a => requests[row.Index, a]).ToList();
            if (withTotals)
            {
                values.Add(values.Sum());
            }

            text.Append(row.Group is null ? "  " : "    ").Append(row.Key).Append(": [").AppendJoin(", ", values).Append("]\n");
        }

        text.Append("\nreviews_and_litigation:\n");
        foreach (var row in FormatCatalog.ReviewTable.Rows)
        {
            var values = Enumerable.Range(0, ReviewTableSpec.OutcomeCount).Select(o => reviews[row.Index, o]).ToList();
            text.Append("  ").Append(row.Key).Append(": [").AppendJoin(", ", values).Append("]\n");
        }

        text.Append("\nproblems: |\n  ").Append(Paragraph(random, "一是")).Append("\n  ").Append(Paragraph(random, "下一步，")).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"\nother_matters:\n  - heading: 信息处理费收取情况\n    text: 按照《政府信息公开信息处理费管理办法》，{y}年度本机关未收取信息处理费。\n");
        text.Append("  - heading: 其他需要通过年度报告予以报告的事项\n    text: 无其他需要报告的事项。\n");
        return text.ToString();
    }

    /// <summary>Where and what an agency's own work was: each sentence gets one, so that two generated agencies do
    /// not write the same paragraph (RG113 would rightly call that copying).</summary>
    private static readonly string[] WorkPlaces = ["城区", "园区", "社区", "乡镇", "村组", "窗口", "校园", "企业", "站点", "街道", "集市", "广场"];

    private static readonly string[] Activities = ["宣讲", "座谈", "走访", "培训", "调研", "咨询", "公示", "开放日", "问卷", "演练", "评议", "回访"];

    private static readonly string[] Topics = ["惠企政策", "办事指南", "收费标准", "补贴申领", "招聘信息", "项目进度", "安全生产", "环境整治", "医保报销", "入学政策", "征地补偿", "防汛预案"];

    private static string Paragraph(Random random, string subject)
    {
        var text = new StringBuilder();
        for (var s = random.Next(2, 5); s > 0; s--)
        {
            text.Append(string.Format(CultureInfo.InvariantCulture, Sentences[random.Next(Sentences.Length)], s == 1 ? "同时，" : subject));
            text.Append(CultureInfo.InvariantCulture, $"在{WorkPlaces[random.Next(WorkPlaces.Length)]}围绕{Topics[random.Next(Topics.Length)]}开展{Activities[random.Next(Activities.Length)]}，");
            text.Append(CultureInfo.InvariantCulture, $"{Topics[random.Next(Topics.Length)]}方面的{Activities[random.Next(Activities.Length)]}由{WorkPlaces[random.Next(WorkPlaces.Length)]}专人跟进。");
        }

        return text.ToString();
    }
}
