using System.Globalization;
using System.Text;
using ReportGen.Core.Format;

namespace ReportGen.Core.Model;

/// <summary>
/// The customary preface before 一、总体情况: legal basis, the six parts, the statistics period, where to download
/// the report and whom to ask. Public so that the validator can compare a typed preface with the generated one.
/// </summary>
public static class PrefaceText
{
    /// <summary>The preface as printed: the report's own paragraphs if it has any, else the generated one.</summary>
    public static IReadOnlyList<string> Paragraphs(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Preface is { Count: > 0 } given ? given : [Generate(report)];
    }

    /// <summary>The generated preface paragraph; sentences about the website or the contact are left out when
    /// the input has nothing to say in them.</summary>
    public static string Generate(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var year = report.Year.ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder()
            .Append("本年度报告根据").Append(FormatCatalog.Regulations).Append(FormatCatalog.NoticeTitle)
            .Append('（').Append(FormatCatalog.NoticeNumber).Append("）要求制作。")
            .Append("报告内容包括").Append(report.Agency).Append(year).Append("年政府信息公开")
            .AppendJoin('，', FormatCatalog.Sections.Select(s => s.PrefaceName)).Append('。')
            .Append("所列数据统计期限为").Append(year).Append("年1月1日至").Append(year).Append("年12月31日。");

        var contact = report.Contact;
        var download = contact is null ? null : DownloadPlace(contact);
        var ask = contact is null ? null : ContactClause(contact, report.Agency);
        if (download is not null)
        {
            text.Append("本年度报告电子版可以从").Append(download).Append("下载").Append(ask is null ? '。' : '，');
        }

        if (ask is not null)
        {
            text.Append(ask).Append('。');
        }

        return text.ToString();
    }

    private static string? DownloadPlace(Contact contact) =>
        (Present(contact.WebsiteName), Present(contact.Website)) switch
        {
            ({ } name, { } site) => name + "（" + site + "）",
            ({ } name, null) => name,
            (null, { } site) => site,
            _ => null,
        };

    /// <summary>What the clause lists after the office, labelled as the input catalog labels them.</summary>
    private static readonly InputField[] ContactDetails = [InputFields.ContactAddress, InputFields.ContactPostcode, InputFields.ContactPhone];

    private static string ContactClause(Contact contact, string agency)
    {
        var office = Present(contact.Office) ?? agency;
        var details = ContactDetails
            .Where(field => Present(contact[field]) is not null)
            .Select(field => field.Label + "：" + Present(contact[field]))
            .ToList();
        var clause = "如对本年度报告有疑问，请与" + office + "联系";
        return details.Count == 0 ? clause : clause + "（" + string.Join('，', details) + "）";
    }

    private static string? Present(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
