using ReportGen.Core.Validation;

namespace ReportGen.Tests.Validation;

/// <summary>The extractor of figures from Chinese prose, on sentences written the way clerks write them.</summary>
public class ProseClaimsTests
{
    private static string Claims(string paragraph, int year = 2023) =>
        string.Join(" ", ProseClaims.Extract(paragraph, year).Select(c => c.IsNegation ? $"{c.Subject.Key}=none" : $"{c.Subject.Key}={c.Value}"));

    [Theory]
    [InlineData("2023年，我局共收到政府信息公开申请5件。", "received=5")]
    [InlineData("全年共受理依申请公开12件，均已按时答复。", "received=12")]
    [InlineData("本年度新收政府信息公开申请数量为3件。", "received=3")]
    [InlineData("共收到政府信息公开申请 8 件。", "received=8")]
    [InlineData("共收到政府信息公开申请８件。", "received=8")]
    [InlineData("共收到政府信息公开申请三件。", "received=3")]
    [InlineData("共受理政府信息公开申请十二件。", "received=12")]
    [InlineData("全年共收到政府信息公开申请一百零五件。", "received=105")]
    [InlineData("收到政府信息公开申请两件。", "received=2")]
    [InlineData("本年度收到政府信息公开申请0件。", "received=0")]
    [InlineData("本年度收到政府信息公开申请零件。", "received=0")]
    [InlineData("共收到1,234件政府信息公开申请。", "received=1234")]
    [InlineData("我局共受理了3件依申请公开事项。", "received=3")]
    [InlineData("共接到公民、法人和其他组织提出的政府信息公开申请6件。", "received=6")]
    [InlineData("收到政府信息公开申请共计9件。", "received=9")]
    [InlineData("共收到政府信息公开申请5件，较上年增加3件。", "received=5")]
    [InlineData("与上年相比，本年度共收到政府信息公开申请5件。", "received=5")]
    public void Received_requests_are_read_in_every_usual_wording(string sentence, string expected) =>
        Assert.Equal(expected, Claims(sentence));

    [Theory]
    [InlineData("共收到政府信息公开申请5件，其中自然人3件、法人或其他组织2件。", "received=5 received.natural_person=3 received.legal_persons=2")]
    [InlineData("共收到政府信息公开申请5件，其中自然人申请4件，商业企业1件。", "received=5 received.natural_person=4 received.commercial=1")]
    [InlineData("收到申请情况：共收到政府信息公开申请7件（其中自然人提出6件，法人和其他组织提出1件）。", "received=7 received.natural_person=6 received.legal_persons=1")]
    public void The_breakdown_after_其中_belongs_to_the_received_requests(string sentence, string expected) =>
        Assert.Equal(expected, Claims(sentence));

    [Theory]
    [InlineData("上年结转2件，结转下年度继续办理1件。", "carried_over=2 carried_forward=1")]
    [InlineData("上年度结转的申请1件已办结。", "carried_over=1")]
    [InlineData("结转至下一年度办理3件。", "carried_forward=3")]
    [InlineData("其中予以公开3件，部分公开1件，不予公开1件，无法提供2件，不予处理1件，其他处理0件。",
        "granted=3 partially_granted=1 denied=1 unable=2 not_processed=1 other=0")]
    [InlineData("已办结8件，其中同意公开5件。", "concluded=8 granted=5")]
    [InlineData("按时办结8件，办结率100%。", "")]
    [InlineData("全年共办结政府信息公开申请10件。", "concluded=10")]
    public void Outcomes_and_carry_overs_are_read(string sentence, string expected) =>
        Assert.Equal(expected, Claims(sentence));

    [Theory]
    [InlineData("本年度因政府信息公开被申请行政复议1件，被提起行政诉讼2件。", "review=1 litigation=2")]
    [InlineData("全年政府信息公开行政复议、行政诉讼均为0。", "review=0 litigation=0")]
    [InlineData("政府信息公开行政复议和行政诉讼各1件。", "review=1 litigation=1")]
    [InlineData("政府信息公开行政复议和行政诉讼分别为1件、3件。", "review=1 litigation=3")]
    [InlineData("未发生因政府信息公开引起的行政复议和行政诉讼。", "review=none litigation=none")]
    [InlineData("全年未发生政府信息公开行政复议、行政诉讼情况。", "review=none litigation=none")]
    [InlineData("没有被申请行政复议或提起行政诉讼的政府信息公开案件。", "review=none litigation=none")]
    [InlineData("未发生政府信息公开行政诉讼案件。", "litigation=none")]
    [InlineData("信息公开工作中未出现行政复议被纠错的情况。", "")]
    [InlineData("本机关作为复议机关，全年受理行政复议案件56件。", "")]
    [InlineData("全年共办理行政复议案件56件。", "")]
    [InlineData("行政复议1件，行政诉讼0件。", "")]
    public void Reviews_and_lawsuits_are_read_only_about_this_bodys_disclosure(string sentence, string expected) =>
        Assert.Equal(expected, Claims(sentence));

    [Theory]
    [InlineData("截至2023年底，现行有效规范性文件15件。", "normative_documents.in_force=15")]
    [InlineData("现行有效的行政规范性文件共计15份。", "normative_documents.in_force=15")]
    [InlineData("本年度制发规范性文件3件，废止规范性文件2件。", "normative_documents.issued=3 normative_documents.repealed=2")]
    [InlineData("全年印发2件行政规范性文件。", "normative_documents.issued=2")]
    [InlineData("现行有效规章4件。", "regulations.in_force=4")]
    [InlineData("全年作出行政许可决定120件，行政处罚12件，行政强制0件。", "licensing=120 penalty=12 coercion=0")]
    [InlineData("办理行政处罚案件15起。", "penalty=15")]
    [InlineData("在网站公示行政处罚决定12件。", "")]
    [InlineData("主动公开规范性文件5件。", "")]
    public void Proactive_figures_are_read(string sentence, string expected) =>
        Assert.Equal(expected, Claims(sentence));

    [Theory]
    [InlineData("2023年，商务和科技局未接到群众主动要求公开政府信息，且无投诉举报等情况。", "received=none")]
    [InlineData("本年度未收到政府信息公开申请。", "received=none")]
    [InlineData("全年没有收到依申请公开的申请。", "received=none")]
    [InlineData("暂无政府信息公开申请。", "received=none")]
    [InlineData("未收到公民、法人或其他组织提出的政府信息公开申请。", "received=none")]
    [InlineData("无依申请公开事项。", "received=none")]
    [InlineData("未出现逾期答复依申请公开的情况。", "")]
    [InlineData("对无法提供的依申请公开事项，及时告知申请人。", "")]
    public void None_said_in_words_is_a_claim_of_zero(string sentence, string expected) =>
        Assert.Equal(expected, Claims(sentence));

    [Theory]
    [InlineData("2023年，通过政府网站公开信息50条。")]
    [InlineData("全年主动公开政府信息1234条，其中政策解读36篇，更新栏目120次。")]
    [InlineData("所列数据统计期限为2023年1月1日至2023年12月31日。")]
    [InlineData("联系电话：0472-8720884，邮编：014070。")]
    [InlineData("依申请公开答复率100%，满意率98.5%。")]
    [InlineData("2022年共收到政府信息公开申请3件。")]
    [InlineData("上年共收到政府信息公开申请3件。")]
    [InlineData("较上年收到政府信息公开申请增加3件。")]
    [InlineData("全县各级行政机关共收到政府信息公开申请120件。")]
    [InlineData("各部门共受理依申请公开45件。")]
    [InlineData("通过网上平台收到政府信息公开申请6件，通过信函收到政府信息公开申请3件。")]
    [InlineData("收到涉及征地拆迁的政府信息公开申请3件。")]
    [InlineData("共收到政府信息公开申请10余件。")]
    [InlineData("共收到政府信息公开申请5件以上。")]
    [InlineData("收到政府信息公开行政复议申请1件。")]
    [InlineData("自条例实施以来累计收到政府信息公开申请300件。")]
    [InlineData("收到群众来信来访30件，均已办结。")]
    [InlineData("全年共发布信息120条，行政许可事项25项。")]
    [InlineData("公开行政许可、行政处罚等信息1200条。")]
    [InlineData("召开专题会议3次，开展培训2次，参训80人次。")]
    [InlineData("统一件件落实，逐一核查。")]
    [InlineData("共收到政府信息公开申请5件（含上年结转1件）。", "carried_over=1")]
    [InlineData("全年无政府信息公开申请被行政复议的情况。", "review=none")]
    [InlineData("未收到政府信息公开申请方面的投诉。")]
    [InlineData("无逾期未答复的政府信息公开申请。")]
    [InlineData("收到市民来电咨询政府信息公开相关问题30件。")]
    [InlineData("共收到政府信息公开申请5件，其中企业申请2件。", "received=5")]
    [InlineData("政务服务中心共办理行政许可事项12万件。")]
    [InlineData("开展规范性文件备案审查12件。")]
    public void Figures_that_are_not_the_tables_are_never_taken(string sentence, string expected = "") =>
        Assert.Equal(expected, Claims(sentence));

    [Fact]
    public void The_phrase_is_quoted_from_the_paragraph_as_written()
    {
        var claim = Assert.Single(ProseClaims.Extract("2023年，共收到政府信息公开申请 ５ 件。", 2023));
        Assert.Equal("收到政府信息公开申请 ５ 件", claim.Phrase);
        Assert.Equal(5, claim.Value);
    }

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("17", 17L)]
    [InlineData("1,234", 1234L)]
    [InlineData("零", 0L)]
    [InlineData("〇", 0L)]
    [InlineData("三", 3L)]
    [InlineData("两", 2L)]
    [InlineData("十", 10L)]
    [InlineData("十二", 12L)]
    [InlineData("二十", 20L)]
    [InlineData("二十三", 23L)]
    [InlineData("一百零五", 105L)]
    [InlineData("三千零五十", 3050L)]
    [InlineData("一万二千", 12000L)]
    [InlineData("一二", null)]
    [InlineData("十十", null)]
    [InlineData("五零", null)]
    [InlineData("", null)]
    public void Chinese_numerals_are_read(string text, long? expected) =>
        Assert.Equal(expected, ChineseNumber.Parse(text));
}
