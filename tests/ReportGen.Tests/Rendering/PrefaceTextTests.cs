using ReportGen.Core.Format;
using ReportGen.Core.Model;
using ReportGen.Core.Rendering;

namespace ReportGen.Tests.Rendering;

public class PrefaceTextTests
{
    [Fact]
    public void Sample_preface_is_the_seed_preface_with_the_correct_notice_number()
    {
        const string expected =
            "本年度报告根据《中华人民共和国政府信息公开条例》《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求制作。"
            + "报告内容包括石拐区商务和科技局2023年政府信息公开总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况，政府信息公开行政复议、行政诉讼情况，存在的问题及改进情况，其他需要报告的事项。"
            + "所列数据统计期限为2023年1月1日至2023年12月31日。"
            + "本年度报告电子版可以从包头市石拐区人民政府网站（http://www.shiguai.gov.cn/）下载，如对本年度报告有疑问，请与包头市石拐区商务和科技局联系（地址：包头市石拐区喜桂图新区金政大厦 A 座 506 室，邮编：014070，电话：0472-8720884）。";
        Assert.Equal(expected, PrefaceText.Generate(DocxTestFiles.SampleReport()));
        Assert.Contains(FormatCatalog.NoticeNumber, expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_contact_the_download_and_contact_sentences_are_left_out()
    {
        var report = DocxTestFiles.SampleReport();
        report.Contact = null;
        var text = PrefaceText.Generate(report);
        Assert.EndsWith("所列数据统计期限为2023年1月1日至2023年12月31日。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_contact_fields_are_left_out_and_the_office_defaults_to_the_agency()
    {
        var report = DocxTestFiles.SampleReport();
        report.Contact = new Contact { Phone = "0472-8720884" };
        Assert.EndsWith("2023年12月31日。如对本年度报告有疑问，请与石拐区商务和科技局联系（电话：0472-8720884）。", PrefaceText.Generate(report), StringComparison.Ordinal);

        report.Contact = new Contact { Website = "http://www.shiguai.gov.cn/", Office = " " };
        Assert.EndsWith("本年度报告电子版可以从http://www.shiguai.gov.cn/下载，如对本年度报告有疑问，请与石拐区商务和科技局联系。", PrefaceText.Generate(report), StringComparison.Ordinal);

        report.Contact = new Contact { WebsiteName = "包头市石拐区人民政府网站", Address = "喜桂图新区" };
        Assert.EndsWith("可以从包头市石拐区人民政府网站下载，如对本年度报告有疑问，请与石拐区商务和科技局联系（地址：喜桂图新区）。", PrefaceText.Generate(report), StringComparison.Ordinal);
    }

    [Fact]
    public void A_given_preface_replaces_the_generated_one()
    {
        var report = DocxTestFiles.SampleReport();
        report.Preface = ["第一段。", "第二段。"];
        Assert.Equal(["第一段。", "第二段。"], PrefaceText.Paragraphs(report));
        report.Preface = null;
        Assert.Equal([PrefaceText.Generate(report)], PrefaceText.Paragraphs(report));
    }
}
