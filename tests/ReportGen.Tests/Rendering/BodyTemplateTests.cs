using System.IO.Compression;
using System.Text;
using CsCheck;
using ReportGen.Core.Format;
using ReportGen.Core.Model;
using ReportGen.Core.Rendering;
using ReportGen.Core.Rendering.Docx;

namespace ReportGen.Tests.Rendering;

/// <summary>
/// The body is copied from templates (<see cref="TemplateBody"/>) for speed; it must be byte for byte what the
/// Open XML SDK writes when it builds every element (<see cref="ElementBody"/>), whatever the text and figures.
/// </summary>
public class BodyTemplateTests
{
    /// <summary>Pieces of text that XML escaping, line handling and surrogates treat differently.</summary>
    private static readonly string[] Atoms =
    [
        "政府信息", "公开", "a", " ", "\u3000", "&", "<", ">", "\"", "'", "]]>", "&amp;", "\t", "\n", "\r", "\r\n",
        "𠮷", "\uE000", "\uFFFD", "—", "“", "”", "（", "）", "0", "123",
    ];

    private static readonly Gen<string> Tricky = Gen.OneOf(Atoms).Array[1, 12].Select(string.Concat);

    private static readonly Gen<ProseSection> TrickyProse =
        Gen.Select(Tricky.Null(0.3), Tricky.Array[1, 3], (heading, paragraphs) => new ProseSection(heading, paragraphs));

    /// <summary>Figures too long for their column (they shrink), and fees of every length.</summary>
    private static readonly Gen<long> LongFigure = Gen.OneOf(Gen.Long[0, 9], Gen.Long[100_000, 999_999_999]);

    private static readonly Gen<AnnualReport> TrickyReport =
        from report in ReportGenerators.Report
        from agency in Tricky
        from title in Tricky.Null(0.5)
        from preface in Tricky.Array[1, 3].Null(0.5)
        from overview in TrickyProse.Array[1, 4]
        from problems in TrickyProse.Array[1, 2]
        from figures in LongFigure.Array[8]
        select WithTrickyContent(report, agency, title, preface, overview, problems, figures);

    private static readonly FontSet OtherFonts = FontSet.Default with { Body = "Noto Serif CJK SC", Title = "A&B <Title>" };

    [Fact]
    public void Template_body_equals_the_element_body_for_random_reports() =>
        Gen.Select(ReportGenerators.Report, Gen.Bool).Sample((report, otherFonts) => AssertSameBody(report, otherFonts ? OtherFonts : FontSet.Default), iter: 60, threads: 1);

    [Fact]
    public void Template_body_equals_the_element_body_for_texts_that_need_escaping_and_figures_that_shrink() =>
        TrickyReport.Sample(report => AssertSameBody(report, FontSet.Default), iter: 100, threads: 1);

    [Fact]
    public void Texts_are_escaped_as_the_SDK_escapes_them() =>
        Tricky.Sample(text =>
        {
            using var buffer = new XmlBuffer(16);
            buffer.AppendText(text);
            Assert.Equal(BodyXml.EscapedText(text), buffer.Written.ToArray());
        }, iter: 2000, threads: 1);

    [Fact]
    public void The_sample_body_equals_the_element_body() =>
        AssertSameBody(DocxTestFiles.SampleReport(), FontSet.Default);

    private static void AssertSameBody(AnnualReport report, FontSet fonts)
    {
        var written = DocumentXml(DocxTestFiles.Write(report, new DocxOptions { Fonts = fonts }));
        using var expected = new MemoryStream();
        ElementBody.Build(report, fonts).Save(expected);
        var reference = expected.ToArray();
        if (!written.AsSpan().SequenceEqual(reference))
        {
            var at = written.AsSpan().CommonPrefixLength(reference);
            Assert.Fail($"document.xml differs from the SDK's at byte {at}:\n  SDK:      {Around(reference, at)}\n  template: {Around(written, at)}");
        }
    }

    private static string Around(byte[] xml, int at)
    {
        var start = Math.Max(0, at - 80);
        return Encoding.UTF8.GetString(xml, start, Math.Min(xml.Length, at + 80) - start);
    }

    private static byte[] DocumentXml(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        using var content = new MemoryStream();
        stream.CopyTo(content);
        return content.ToArray();
    }

    private static AnnualReport WithTrickyContent(AnnualReport report, string agency, string? title, string[]? preface,
        ProseSection[] overview, ProseSection[] problems, long[] figures)
    {
        report.Agency = agency;
        report.Title = title;
        report.Preface = preface;
        report.Overview = overview;
        report.Problems = problems;
        report.Proactive.Licensing = figures[0];
        report.Proactive.Regulations = new DocumentCounts(figures[1], figures[2], figures[3]);
        report.Reviews.Set(0, 0, figures[4]);
        report.Reviews.Set(1, ReviewTableSpec.OutcomeCount - 1, figures[5]);
        // The tables need not balance to be rendered.
        report.Requests.Set(FormatCatalog.RequestTable.Rows[0].Index, 0, figures[6]);
        report.Requests.Set(FormatCatalog.RequestTable.Rows[^1].Index, RequestTableSpec.ApplicantCount - 1, figures[7]);
        return report;
    }
}
