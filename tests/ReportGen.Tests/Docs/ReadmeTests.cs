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

    /// <summary>
    /// By GitHub Actions' rules a step runs only when every step before it succeeded, unless its <c>if:</c>
    /// says otherwise: the SARIF must be uploaded even when validation finds errors, so no step before the
    /// upload may fail on findings (exit 1), and the step that writes the SARIF may not hide exit 2.
    /// </summary>
    [Fact]
    public void The_CI_recipe_uploads_the_SARIF_even_when_a_file_has_errors()
    {
        var recipe = Readme[Readme.IndexOf("## CI (GitHub Actions)", StringComparison.Ordinal)..];
        recipe = recipe[(recipe.IndexOf("```yaml\n", StringComparison.Ordinal) + 8)..];
        recipe = recipe[..recipe.IndexOf("```", StringComparison.Ordinal)];
        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        stream.Load(new StringReader(recipe));
        var steps = Node(Node(Node(stream.Documents[0].RootNode, "jobs"), "validate"), "steps");
        var list = ((YamlDotNet.RepresentationModel.YamlSequenceNode)steps).Children
            .Select(s => ((YamlDotNet.RepresentationModel.YamlMappingNode)s).Children.ToDictionary(p => p.Key.ToString(), p => p.Value.ToString()))
            .ToList();

        var upload = list.FindIndex(s => s.TryGetValue("uses", out var uses) && uses.StartsWith("github/codeql-action/upload-sarif@", StringComparison.Ordinal));
        var sarif = list.FindIndex(s => s.TryGetValue("run", out var run) && run.Contains("--format sarif > reportgen.sarif", StringComparison.Ordinal));
        Assert.InRange(sarif, 0, upload - 1);
        Assert.EndsWith("|| [ $? -eq 1 ]", list[sarif]["run"], StringComparison.Ordinal);
        var runsAnyway = list[upload].TryGetValue("if", out var condition) && (condition.Contains("always()", StringComparison.Ordinal) || condition.Contains("!cancelled()", StringComparison.Ordinal));
        var failsOnFindingsBefore = list.Take(upload).Any(s => s.TryGetValue("run", out var run) && run.StartsWith("reportgen validate", StringComparison.Ordinal) && !run.EndsWith("|| [ $? -eq 1 ]", StringComparison.Ordinal));
        Assert.True(runsAnyway || !failsOnFindingsBefore, "a validate step before the upload fails the job on findings, and the upload would be skipped");
        Assert.Contains(list.Skip(upload), s => s.TryGetValue("run", out var run) && run.StartsWith("reportgen validate", StringComparison.Ordinal) && run.Contains("--strict", StringComparison.Ordinal));
    }

    private static YamlDotNet.RepresentationModel.YamlNode Node(YamlDotNet.RepresentationModel.YamlNode node, string key) =>
        ((YamlDotNet.RepresentationModel.YamlMappingNode)node).Children[new YamlDotNet.RepresentationModel.YamlScalarNode(key)];

    /// <summary>
    /// The clerk's quick start, run as written in an empty folder (the clerk's filling-in done by <see cref="Clerk"/>):
    /// every command succeeds and writes the file its comment names.
    /// </summary>
    [Fact]
    public async Task The_clerk_quick_start_writes_the_files_it_names()
    {
        var start = Readme[Readme.IndexOf("## 快速上手", StringComparison.Ordinal)..];
        start = start[(start.IndexOf("```sh\n", StringComparison.Ordinal) + 6)..];
        start = start[..start.IndexOf("```", StringComparison.Ordinal)];
        var commands = start.Split('\n').Where(l => l.StartsWith("reportgen ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["init", "validate", "build", "init"], commands.Select(c => c.Split(' ')[1]));
        using var folder = new TempDirectory();

        foreach (var line in commands)
        {
            var command = line[..line.IndexOf('#', StringComparison.Ordinal)].Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..];
            var names = System.Text.RegularExpressions.Regex.Match(line, @"# 生成 (\S+?\.(?:yaml|docx))");
            var result = await CliRunner.RunAsync(command, folder.Path, time: Clocks.At(2026, 12, 6));

            Assert.True(result.ExitCode == 0, line + "\n" + result.Error);
            if (names.Success)
            {
                Assert.True(File.Exists(Path.Combine(folder.Path, names.Groups[1].Value)), line + ": no " + names.Groups[1].Value);
            }

            if (command[0] == "init" && names.Success)
            {
                var written = Path.Combine(folder.Path, names.Groups[1].Value);
                File.WriteAllText(written, Clerk.Fill(File.ReadAllText(written)));
            }
        }
    }
}
