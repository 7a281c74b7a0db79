using CsCheck;
using ReportGen.Core.Model;
using ReportGen.Core.Rendering;
using ReportGen.Core.Format;

namespace ReportGen.Tests.Rendering;

public class TitleLinesTests
{
    [Fact]
    public void Sample_title_breaks_after_the_agency_name()
    {
        Assert.Equal(["石拐区商务和科技局", "2023年政府信息公开工作年度报告"],
            TitleLines.Break("石拐区商务和科技局2023年政府信息公开工作年度报告", "石拐区商务和科技局", 2023));
    }

    [Fact]
    public void A_title_that_fits_one_line_is_not_broken()
    {
        Assert.Equal(["财政局2023年政府信息公开工作年度报告"], TitleLines.Break("财政局2023年政府信息公开工作年度报告", "财政局", 2023));
    }

    [Fact]
    public void A_long_agency_name_breaks_at_an_administrative_division()
    {
        var title = AnnualReport.DefaultTitle("内蒙古自治区包头市达尔罕茂明安联合旗住房和城乡建设局", 2023);
        var lines = TitleLines.Break(title, "内蒙古自治区包头市达尔罕茂明安联合旗住房和城乡建设局", 2023);
        Assert.Equal(3, lines.Count);
        Assert.Equal("2023年政府信息公开工作年度报告", lines[^1]);
        Assert.All(lines.SkipLast(1), l => Assert.True("区市旗".Contains(l[^1], StringComparison.Ordinal) || l.EndsWith('局'), l));
    }

    [Fact]
    public void Lines_fit_keep_every_character_and_never_leave_one_alone()
    {
        var titles = Gen.OneOf(
            ReportGenerators.Agency.Select(Gen.Int[2021, 2030], (agency, year) => (AnnualReport.DefaultTitle(agency, year), agency, year)),
            Gen.String[Gen.Char['一', '龥'], 1, 70].Select(Gen.Int[2021, 2030], (text, year) => (text, "", year)),
            Gen.String[Gen.Char[' ', '~'], 1, 60].Select(s => (s, "", 2023)));
        titles.Sample((title, agency, year) =>
        {
            var lines = TitleLines.Break(title, agency, year);
            Assert.Equal(title, string.Concat(lines));
            if (lines.Count > 1)
            {
                Assert.All(lines, l => Assert.True(l.Length >= 2 && ChineseText.Width(l) <= TitleLines.DefaultCapacity, l));
            }
            else if (title.Any(c => !ChineseText.IsHalfWidth(c)))
            {
                Assert.True(ChineseText.Width(title) <= TitleLines.DefaultCapacity || title.Length < 4);
            }
        }, iter: 500, threads: 1);
    }

    [Fact]
    public void Dates_are_printed_without_zero_padding() =>
        Assert.Equal("2024年1月20日", ChineseText.Date(new DateOnly(2024, 1, 20)));
}
