using ReportGen.Cli;
using ReportGen.Core.Diagnostics;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Docs;

/// <summary>The README's reference parts must agree with the code they describe.</summary>
public class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));

    [Fact]
    public void Rule_table_lists_every_rule_with_its_severity_and_titles()
    {
        var rows = Readme.Split('\n').Where(l => l.StartsWith("| RG", StringComparison.Ordinal)).ToList();
        Assert.Equal(RuleCatalog.All.Count, rows.Count);
        foreach (var rule in RuleCatalog.All)
        {
            var row = Assert.Single(rows, r => r.StartsWith($"| {rule.Id} |", StringComparison.Ordinal));
            Assert.Contains(rule.Severity == Severity.Error ? "| 错误 error |" : "| 警告 warning |", row, StringComparison.Ordinal);
            Assert.Contains($"| {rule.Title} |", row, StringComparison.Ordinal);
            Assert.Contains($"| {rule.TitleEnglish} |", row, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_command_is_documented()
    {
        var root = ReportGenApp.CreateRootCommand(CliEnvironment.FromConsole());
        Assert.NotEmpty(root.Subcommands);
        foreach (var command in root.Subcommands)
        {
            Assert.Contains($"| `reportgen {command.Name} ", Readme, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Exit_codes_match_the_code()
    {
        Assert.Contains($"| {ExitCodes.Success} | everything valid", Readme, StringComparison.Ordinal);
        Assert.Contains($"| {ExitCodes.InvalidInput} | at least one input has errors", Readme, StringComparison.Ordinal);
        Assert.Contains($"| {ExitCodes.CannotRun} | the command could not run", Readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Linked_files_exist()
    {
        foreach (System.Text.RegularExpressions.Match link in System.Text.RegularExpressions.Regex.Matches(Readme, @"\]\(((?:docs|samples|schema|bench|fuzz)/[^)#]*)\)"))
        {
            var target = Path.Combine(Repository.Root, link.Groups[1].Value);
            Assert.True(File.Exists(target) || Directory.Exists(target), "README links to a missing " + link.Groups[1].Value);
        }
    }
}
