using System.Text;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Reading;
using ReportGen.Core.Validation;

namespace ReportGen.Tests.Support;

/// <summary>Reading and validating YAML text in tests.</summary>
public static class Yaml
{
    public static string SampleText => File.ReadAllText(Repository.Sample);

    public static ReadResult Read(string text, string file = "test.yaml") =>
        ReportReader.Read(file, Encoding.UTF8.GetBytes(text));

    public static IReadOnlyList<Diagnostic> Validate(string text, string? previous = null, DateOnly? today = null) =>
        ReportValidator.Validate(Read(text), previous is null ? null : Read(previous, "previous.yaml"),
            new ValidationOptions { Today = today ?? new DateOnly(2024, 1, 15) });

    /// <summary>
    /// A small valid report of a county department with the given parts: prose as lines (each a paragraph),
    /// <paramref name="top"/> and <paramref name="tables"/> as YAML inserted as they are.
    /// </summary>
    public static string Report(
        string overview = "2023年，我局通过县政府门户网站主动公开政府信息42条。",
        string problems = "政府信息公开工作人员业务能力有待提高。",
        string otherMatters = "本年度未收取信息处理费。",
        string tables = "",
        string top = "",
        int year = 2023,
        string agencyType = "department",
        string adminLevel = "county",
        string agency = "测试县测试局") =>
        $"""
        format: 2021
        year: {year}
        agency: {agency}
        agency_type: {agencyType}
        admin_level: {adminLevel}

        """ + top + $"""
        overview:
          - heading: 总体情况
            text: |
        {Indent(overview, 6)}
        problems: |
        {Indent(problems, 2)}
        other_matters: |
        {Indent(otherMatters, 2)}

        """ + tables;

    private static string Indent(string lines, int spaces) =>
        string.Join("\n", lines.Split('\n').Select(l => new string(' ', spaces) + l));

    /// <summary>Where a piece of text stands: 1-based line and column of its first character (plus an offset).</summary>
    public static (int Line, int Column) Locate(string text, string needle, int offset = 0)
    {
        var at = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(at >= 0, "not in the text: " + needle);
        at += offset;
        var line = text.AsSpan(0, at).Count('\n') + 1;
        var column = at - (text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1) + 1;
        return (line, column);
    }

    /// <summary>The text without a top-level key and the indented lines that belong to it.</summary>
    public static string WithoutKey(string text, string key)
    {
        var kept = new List<string>();
        var inKey = false;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith(key + ":", StringComparison.Ordinal))
            {
                inKey = true;
                continue;
            }

            inKey &= line.StartsWith(' ');
            if (!inKey)
            {
                kept.Add(line);
            }
        }

        Assert.True(kept.Count < text.Split('\n').Length, "no key " + key);
        return string.Join('\n', kept);
    }

    /// <summary>The one finding of a rule, asserting there is exactly one and nothing else.</summary>
    public static Diagnostic Only(IReadOnlyList<Diagnostic> found, string ruleId)
    {
        Assert.True(found.Count == 1 && found[0].RuleId == ruleId,
            $"expected one {ruleId}, found: {string.Join(" | ", found.Select(d => $"{d.RuleId} {d.Line}:{d.Column} {d.Message}"))}");
        return found[0];
    }

    /// <summary>The sample's statement that no request came in: tests that give the sample requests replace it.</summary>
    public const string NoRequestsStatement = "商务和科技局未接到群众主动要求公开政府信息，且无投诉举报等情况。";

    /// <summary>The sample with requests that the text does not deny: for tests that give the sample's tables figures.</summary>
    public static string SampleWithRequestsAllowed() =>
        SampleWith(NoRequestsStatement, "商务和科技局依法依规办理政府信息公开申请。");

    /// <summary>
    /// The sample as another agency's report with prose of its own: every clause of the sample's paragraphs
    /// starts with the agency's first character, so that a run of several such agencies is not 内容雷同 (RG113).
    /// </summary>
    public static string SampleAs(string agency)
    {
        var lines = SampleWith("agency: 石拐区商务和科技局", "agency: " + agency).Split('\n');
        var prose = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (prose && line.StartsWith("  ", StringComparison.Ordinal) && !line.TrimStart().StartsWith("- heading:", StringComparison.Ordinal) && !line.TrimStart().StartsWith("text:", StringComparison.Ordinal))
            {
                lines[i] = System.Text.RegularExpressions.Regex.Replace(line, "(?<=[，。；])(?=.)", agency[..1]);
            }

            if (!line.StartsWith(' ') && line.Length > 0)
            {
                prose = line.StartsWith("overview:", StringComparison.Ordinal) || line.StartsWith("problems:", StringComparison.Ordinal) || line.StartsWith("other_matters:", StringComparison.Ordinal);
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>The sample with one line replaced; fails loudly if the line is not in the sample.</summary>
    public static string SampleWith(string oldText, string newText) => Replace(SampleText, oldText, newText);

    /// <summary>The text with one part replaced; fails loudly if the part is not in it.</summary>
    public static string Replace(string text, string oldText, string newText)
    {
        var sample = text;
        Assert.Contains(oldText, sample, StringComparison.Ordinal);
        return sample.Replace(oldText, newText, StringComparison.Ordinal);
    }
}
