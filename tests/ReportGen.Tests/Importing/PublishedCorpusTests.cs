using ReportGen.Core.Diagnostics;
using ReportGen.Core.Importing;

namespace ReportGen.Tests.Importing;

/// <summary>The "as published" corpus: each variant imports to the data it prints, with exactly the findings its quirks call for.</summary>
public sealed class PublishedCorpusTests
{
    /// <summary>REPORTGEN_WRITE_CORPUS=1 remakes the committed files (documents and the YAML each imports to).</summary>
    private static readonly bool Rewrite = Environment.GetEnvironmentVariable("REPORTGEN_WRITE_CORPUS") == "1";

    public static TheoryData<string> Names() => [.. PublishedCorpus.Variants().Select(v => v.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void The_committed_document_is_the_one_this_code_makes(string name)
    {
        var bytes = PublishedCorpus.Variants().Single(v => v.Name == name).Bytes;
        var path = Path.Combine(PublishedCorpus.Folder, name);
        if (Rewrite)
        {
            File.WriteAllBytes(path, bytes);
        }

        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("word-merged.docx", 1)]
    [InlineData("wps-unmerged.docx", 3 + 10)]
    [InlineData("cms-gbk.html", 1)]
    public void A_variant_imports_to_every_figure_and_paragraph_it_prints(string name, int blankCellWarnings)
    {
        var import = Import(name);

        Assert.DoesNotContain(import.Findings, f => f.IsError);
        Assert.Equal(blankCellWarnings, import.Findings.Count(f => f.Rule == RuleCatalog.ImportBlankCell));
        var expected = PublishedCorpus.Data();
        ImportAssert.SameReport(expected, import.Report!);
        ImportAssert.SameContact(expected.Contact!, import.Report!.Contact);
        ExpectedYaml(name, import);
    }

    [Fact]
    public void A_dash_for_zero_is_read_as_0_with_a_warning_that_names_the_cell()
    {
        var warning = Assert.Single(Import("word-merged.docx").Findings);

        Assert.Equal("requests.denied.security_stability[2]", warning.YamlPath);
        Assert.Contains("3.危及“三安全一稳定”·科研机构", warning.Message, StringComparison.Ordinal);
        Assert.Equal(new DocumentPosition(Table: 2, Row: 10, Column: 6), warning.Position);
    }

    [Fact]
    public void A_group_printed_as_one_non_zero_row_is_an_error_not_a_guess()
    {
        var import = Import("cms-collapsed-group.html");

        var error = Assert.Single(import.Findings, f => f.IsError);
        Assert.Equal(RuleCatalog.ImportUncertain, error.Rule);
        Assert.Contains("（六）其他处理", error.Message, StringComparison.Ordinal);
        Assert.Equal("requests.other.overdue_correction", error.YamlPath);
        Assert.All(FormatCatalogRows("other"), row => Assert.All(row, v => Assert.Equal(0, v)));
        ExpectedYaml("cms-collapsed-group.html", import);
    }

    [Fact]
    public void The_2019_format_is_refused_as_validate_refuses_it()
    {
        var import = Import("trial-2019.docx");

        Assert.Null(import.Report);
        var finding = Assert.Single(import.Findings);
        Assert.Equal(RuleCatalog.UnsupportedFormat, finding.Rule);
        Assert.Contains("本年新制作数量", finding.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<IEnumerable<long>> FormatCatalogRows(string group)
    {
        var report = Import("cms-collapsed-group.html").Report!;
        return Core.Format.FormatCatalog.RequestTable.Rows.Where(r => r.Group?.Key == group)
            .Select(r => Core.Format.FormatCatalog.RequestTable.Applicants.Select(c => report.Requests.Entered(r.Index, c.Index)));
    }

    private static ImportResult Import(string name)
    {
        var path = Path.Combine(PublishedCorpus.Folder, name);
        using var stream = File.OpenRead(path);
        return ReportExtractor.Extract(PublishedDocumentReaders.For(name)!.Read(stream, name));
    }

    /// <summary>The imported YAML, committed beside the document (a reviewer sees exactly what import writes).</summary>
    private static void ExpectedYaml(string name, ImportResult import)
    {
        var yaml = ImportedYaml.Write(import, name, Path.GetFileNameWithoutExtension(name) + ".yaml");
        var path = Path.Combine(PublishedCorpus.Folder, Path.GetFileNameWithoutExtension(name) + ".expected.yaml");
        if (Rewrite)
        {
            File.WriteAllText(path, yaml);
        }

        Assert.Equal(File.ReadAllText(path), yaml);
    }
}
