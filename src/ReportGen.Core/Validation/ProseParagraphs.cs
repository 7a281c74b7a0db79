using System.Globalization;
using ReportGen.Core.Format;
using ReportGen.Core.Model;

namespace ReportGen.Core.Validation;

/// <summary>A paragraph of a report's prose with the YAML path that points at it, and the part it belongs to.</summary>
public sealed record ProseParagraph(string Part, string Path, string Text);

/// <summary>The paragraphs of a report's prose, each with its YAML path, in file order.</summary>
public static class ProseParagraphs
{
    public const string PrefaceKey = "preface";
    public const string PrefaceLabel = "前言";

    /// <summary>The given preface (not the generated one).</summary>
    public static IEnumerable<ProseParagraph> Preface(AnnualReport report) =>
        (report.Preface ?? []).Select((text, i) =>
            new ProseParagraph(PrefaceLabel, PrefaceKey + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", text));

    /// <summary>The three prose sections of the format, in order: 一, 五 and 六.</summary>
    public static readonly IReadOnlyList<ReportSection> ProseSections = [FormatCatalog.Overview, FormatCatalog.Problems, FormatCatalog.OtherMatters];

    /// <summary>The sub-sections of one of the three prose sections.</summary>
    private static IReadOnlyList<ProseSection> SubSections(AnnualReport report, ReportSection section) => section.Key switch
    {
        _ when section == FormatCatalog.Overview => report.Overview,
        _ when section == FormatCatalog.Problems => report.Problems,
        _ when section == FormatCatalog.OtherMatters => report.OtherMatters,
        _ => throw new ArgumentException("not a prose section: " + section.Key, nameof(section)),
    };

    /// <summary>The sub-headings the prose sections were given, each with its YAML path (<c>overview[0].heading</c>).</summary>
    public static IEnumerable<ProseParagraph> Headings(AnnualReport report) =>
        ProseSections.SelectMany(section => SubSections(report, section)
            .Select((sub, i) => (sub.Heading, Path: section.Key + "[" + i.ToString(CultureInfo.InvariantCulture) + "].heading"))
            .Where(x => x.Heading is not null)
            .Select(x => new ProseParagraph(section.Heading, x.Path, x.Heading!)));

    /// <summary>The paragraphs (not the headings) of one of the three prose sections.</summary>
    public static IEnumerable<ProseParagraph> Of(AnnualReport report, ReportSection section)
    {
        var sections = SubSections(report, section);
        foreach (var s in sections)
        {
            for (var i = 0; i < s.Paragraphs.Count; i++)
            {
                yield return new ProseParagraph(section.Heading, s.ParagraphPath(i) ?? section.Key, s.Paragraphs[i]);
            }
        }
    }

    /// <summary>Sections 一, 五 and 六: the prose that speaks of the year's work.</summary>
    public static IEnumerable<ProseParagraph> Body(AnnualReport report) =>
        ProseSections.SelectMany(section => Of(report, section));
}
