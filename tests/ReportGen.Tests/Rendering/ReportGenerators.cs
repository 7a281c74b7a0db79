using System.Globalization;
using CsCheck;
using ReportGen.Core.Format;
using ReportGen.Core.Model;

namespace ReportGen.Tests.Rendering;

/// <summary>Random valid reports: every table obeys the format's arithmetic (勾稽关系, totals).</summary>
public static class ReportGenerators
{
    private static readonly string[] Places = ["包头市", "内蒙古自治区", "石拐区", "东河区", "固阳县", "达尔罕茂明安联合旗", "五当召镇", "呼和浩特市新城区"];
    private static readonly string[] Bodies = ["商务和科技局", "人民政府", "财政局", "人民政府办公室", "住房和城乡建设局", "交通运输局", "市场监督管理局", "卫生健康委员会"];

    private static readonly string[] Sentences =
    [
        "全年通过政府网站公开信息50条。",
        "进一步完善依申请公开工作流程，确保答复合法有据、准确及时。",
        "按照《政府信息公开信息处理费管理办法》，本年度未收取信息处理费。",
        "加强政策解读，回应社会关切，“三安全一稳定”相关信息依法审查。",
        "Web 平台 version 2.0 于 2023 年上线。",
    ];

    private static readonly Gen<long> Count = Gen.Frequency((6, Gen.Long[0, 9]), (3, Gen.Long[0, 999]), (1, Gen.Long[0, 9_999_999]));

    public static readonly Gen<string> Agency =
        Gen.Select(Gen.OneOf(Places), Gen.OneOf(Places), Gen.OneOf(Bodies), Gen.Int[0, 2],
            (a, b, body, parts) => parts switch { 0 => b + body, 1 => a + body, _ => a + b + body });

    private static readonly Gen<ProseSection> Prose =
        Gen.Select(Gen.OneOf("主动公开情况", "依申请公开情况", "政府信息管理情况", "平台建设情况", "监督保障情况").Null(0.3),
            Gen.OneOf(Sentences).Array[1, 3],
            (heading, paragraphs) => new ProseSection(heading, paragraphs));

    private static readonly Gen<FeeAmount> Fee =
        Gen.Select(Gen.Long[0, 99_999], Gen.Int[0, 6], Gen.Long[0, 999_999], (whole, places, fraction) =>
        {
            var text = whole.ToString(CultureInfo.InvariantCulture)
                + (places == 0 ? "" : "." + fraction.ToString("D6", CultureInfo.InvariantCulture)[..places]);
            return new FeeAmount(decimal.Parse(text, CultureInfo.InvariantCulture), text);
        });

    private static readonly Gen<Contact?> ContactGen =
        Gen.Select(Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool, (office, site, address, phone) => new Contact
        {
            Office = office ? "包头市石拐区商务和科技局" : null,
            WebsiteName = site ? "包头市石拐区人民政府网站" : null,
            Website = site ? "http://www.shiguai.gov.cn/" : null,
            Address = address ? "包头市石拐区喜桂图新区金政大厦 A 座 506 室" : null,
            Postcode = address ? "014070" : null,
            Phone = phone ? "0472-8720884" : null,
        }).Null(0.2);

    private static readonly Gen<RequestTable> Requests =
        Gen.Select(Count.Array[FormatCatalog.RequestTable.Outcomes.Count() * RequestTableSpec.ApplicantCount],
            Count.Array[RequestTableSpec.ApplicantCount], Count.Array[RequestTableSpec.ApplicantCount], Gen.Bool,
            (outcomes, carriedForward, carriedOverSeed, totalGiven) =>
            {
                var spec = FormatCatalog.RequestTable;
                var table = new RequestTable { TotalRowGiven = totalGiven };
                var i = 0;
                foreach (var row in spec.Outcomes)
                {
                    for (var a = 0; a < RequestTableSpec.ApplicantCount; a++)
                    {
                        table.Set(row.Index, a, outcomes[i++]);
                    }
                }

                for (var a = 0; a < RequestTableSpec.ApplicantCount; a++)
                {
                    // 一 + 二 = （七） + 四, with every figure ≥ 0.
                    var handled = table.OutcomeSum(a) + carriedForward[a];
                    var carriedOver = carriedOverSeed[a] % (handled + 1);
                    table.Set(spec.CarriedForward.Index, a, carriedForward[a]);
                    table.Set(spec.CarriedOver.Index, a, carriedOver);
                    table.Set(spec.Received.Index, a, handled - carriedOver);
                    if (totalGiven)
                    {
                        table.Set(spec.Total.Index, a, table.OutcomeSum(a));
                    }
                }

                return table;
            });

    private static readonly Gen<ReviewTable> Reviews =
        Count.Array[FormatCatalog.ReviewTable.Rows.Count * ReviewTableSpec.OutcomeCount].Select(values =>
        {
            var table = new ReviewTable();
            for (var i = 0; i < values.Length; i++)
            {
                table.Set(i / ReviewTableSpec.OutcomeCount, i % ReviewTableSpec.OutcomeCount, values[i]);
            }

            return table;
        });

    private static readonly Gen<ProactiveData> Proactive =
        Gen.Select(Count.Array[6], Count.Array[3], Fee, (documents, decisions, fee) => new ProactiveData
        {
            Regulations = new DocumentCounts(documents[0], documents[1], documents[2]),
            NormativeDocuments = new DocumentCounts(documents[3], documents[4], documents[5]),
            Licensing = decisions[0],
            Penalty = decisions[1],
            Coercion = decisions[2],
            Fees = fee,
        });

    public static readonly Gen<AnnualReport> Report =
        from agency in Agency
        from year in Gen.Int[FormatCatalog.FirstYear, 2030]
        from customTitle in Gen.Const("关于本年度政府信息公开工作情况的报告").Null(0.8)
        from publishDay in Gen.Int[0, 90]
        from contact in ContactGen
        from overview in Prose.Array[1, 6]
        from problems in Prose.Array[1, 3]
        from other in Prose.Array[1, 3]
        from proactive in Proactive
        from requests in Requests
        from reviews in Reviews
        select new AnnualReport
        {
            Year = year,
            Agency = agency,
            Title = customTitle,
            PublishDate = publishDay == 0 ? null : new DateOnly(year + 1, 1, 1).AddDays(publishDay - 1),
            Contact = contact,
            Overview = overview,
            Problems = problems,
            OtherMatters = other,
            Proactive = proactive,
            Requests = requests,
            Reviews = reviews,
        };
}
