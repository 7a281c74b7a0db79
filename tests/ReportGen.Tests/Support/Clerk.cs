using System.Text.RegularExpressions;

namespace ReportGen.Tests.Support;

/// <summary>Does to a generated template what a clerk does: writes the agency and the prose, nothing else.</summary>
public static partial class Clerk
{
    /// <summary>Prose that names the information processing fee, as section 六 must, and quotes no figure.</summary>
    public const string Prose = "我局按照要求认真做好本项工作，本年度未收取信息处理费。";

    public static string Fill(string template, string? agency = null)
    {
        var lines = template.Split('\n').ToList();
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var block = EmptyBlock().Match(lines[i]);
            if (block.Success)
            {
                lines.Insert(i + 1, new string(' ', block.Groups[1].Length + 2) + Prose);
            }
        }

        var text = string.Join('\n', lines);
        return agency is null ? text : text.Replace("\nagency: \"\"", "\nagency: " + agency, StringComparison.Ordinal);
    }

    /// <summary>A "key: |" line (not commented out) whose text the clerk has to write below it.</summary>
    [GeneratedRegex(@"^( *)(?:- )?[a-z_]+: \|(?: +#.*)?$")]
    private static partial Regex EmptyBlock();
}
