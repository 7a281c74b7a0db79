using ReportGen.Core.Format;
using ReportGen.Core.Model;

namespace ReportGen.Tests.Importing;

/// <summary>Comparing an imported report with the one it was made from: every figure and paragraph.</summary>
public static class ImportAssert
{
    public static void SameReport(AnnualReport expected, AnnualReport actual, bool totalsPublished = true)
    {
        Assert.Equal(expected.Agency, actual.Agency);
        Assert.Equal(expected.Year, actual.Year);
        Assert.Equal(expected.PublishDate, actual.PublishDate);
        SameFigures(expected, actual, totalsPublished);
        SameProse(expected.Overview, actual.Overview);
        SameProse(expected.Problems, actual.Problems);
        SameProse(expected.OtherMatters, actual.OtherMatters);
    }

    public static void SameContact(Contact expected, Contact? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(
            (expected.WebsiteName, expected.Website, expected.Address, expected.Postcode, expected.Phone),
            (actual.WebsiteName, actual.Website, actual.Address, actual.Postcode, actual.Phone));
    }

    public static void SameFigures(AnnualReport expected, AnnualReport actual, bool totalsPublished = true)
    {
        var proactive = FormatCatalog.ProactiveTable;
        foreach (var item in proactive.Items)
        {
            Assert.Equal(expected.Proactive.Cells(item), actual.Proactive.Cells(item));
        }

        var requests = FormatCatalog.RequestTable;
        foreach (var row in requests.Rows)
        {
            Assert.Equal(expected.Requests.RowValues(row), actual.Requests.RowValues(row));
            if (totalsPublished)
            {
                // A printed table has every total: the imported file keeps them as published.
                Assert.Equal(expected.Requests.Value(row.Index, RequestTableSpec.ApplicantCount), actual.Requests.GivenRowTotals[row.Index]);
            }
        }

        var reviews = FormatCatalog.ReviewTable;
        foreach (var row in reviews.Rows)
        {
            Assert.Equal(expected.Reviews.RowValues(row), actual.Reviews.RowValues(row));
        }
    }

    public static void SameProse(IReadOnlyList<ProseSection> expected, IReadOnlyList<ProseSection> actual)
    {
        Assert.Equal(
            expected.Select(s => (s.Heading, string.Join("\n", s.Paragraphs))),
            actual.Select(s => (s.Heading, string.Join("\n", s.Paragraphs))));
    }
}
