using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ReportGen.Core.Templates;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Cli;

/// <summary>
/// The CLI ships as Native AOT. What keeps it publishable is the build itself: the trim and AOT analyzers run
/// on every build of Core and the CLI and their warnings are errors. These tests fail when that guard is
/// taken down, by a project setting or by a suppression, rather than when a publish someday breaks.
/// </summary>
public partial class NativeAotTests
{
    [Fact]
    public void Core_is_built_as_aot_compatible()
    {
        // IsAotCompatible turns on the trim, single-file and AOT analyzers and records itself in the assembly.
        var metadata = typeof(InputSchema).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .ToDictionary(a => a.Key, a => a.Value);

        Assert.Equal("True", metadata.GetValueOrDefault("IsAotCompatible"));
        Assert.Equal("True", metadata.GetValueOrDefault("IsTrimmable"));
    }

    [Fact]
    public void The_cli_project_publishes_native_with_warnings_as_errors()
    {
        var cli = Properties(Path.Combine(Repository.Root, "src", "ReportGen.Cli", "ReportGen.Cli.csproj"));
        var shared = Properties(Path.Combine(Repository.Root, "Directory.Build.props"));

        // PublishAot in the project (not only on the publish command line) is what runs the analyzers on build.
        Assert.Equal("true", cli.GetValueOrDefault("PublishAot"));
        Assert.Equal("true", shared.GetValueOrDefault("TreatWarningsAsErrors"));
        Assert.Contains("linux-x64", cli.GetValueOrDefault("ToolPackageRuntimeIdentifiers") ?? "");
        Assert.Contains("any", cli.GetValueOrDefault("ToolPackageRuntimeIdentifiers") ?? "");
        foreach (var props in new[] { cli, shared })
        {
            Assert.False(props.ContainsKey("WarningsNotAsErrors"), "trim and AOT warnings must stay errors");
            Assert.DoesNotMatch(TrimOrAotWarning(), props.GetValueOrDefault("NoWarn") ?? "");
        }
    }

    [Fact]
    public void No_source_file_silences_a_trim_or_aot_warning()
    {
        // A suppression would let reflection-based serialisation (or anything else the native binary cannot
        // do) compile again; code that needs one must say why here first.
        var offenders = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith("proj", StringComparison.Ordinal)
                || f.EndsWith(".props", StringComparison.Ordinal) || f.EndsWith(".editorconfig", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Suppression().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(Repository.Root, f))
            .ToList();

        Assert.Empty(offenders);
    }

    private static Dictionary<string, string> Properties(string projectFile) =>
        XDocument.Load(projectFile).Descendants("PropertyGroup")
            .Where(g => g.Attribute("Condition") is null)
            .Elements()
            .GroupBy(e => e.Name.LocalName)
            .ToDictionary(g => g.Key, g => g.Last().Value.Trim());

    [GeneratedRegex(@"\bIL[23]\d{3}\b")]
    private static partial Regex TrimOrAotWarning();

    // #pragma warning disable IL2026, [UnconditionalSuppressMessage("Trimming", "IL2026")], dotnet_diagnostic.IL3050.severity.
    [GeneratedRegex(@"(#pragma\s+warning\s+disable[^\n]*\bIL[23]\d{3})|UnconditionalSuppressMessage|(dotnet_diagnostic\.IL[23]\d{3}\.severity)")]
    private static partial Regex Suppression();
}
