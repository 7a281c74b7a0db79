using NetArchTest.Rules;
using ReportGen.Core.Format;

namespace ReportGen.Tests.Architecture;

/// <summary>
/// Dependencies in ReportGen.Core run one way, down the pipeline: a folder uses only folders of a lower layer
/// (docs/architecture.md). Checked on the compiled IL, so a method body's use counts as much as a signature's.
/// </summary>
public class DependencyDirectionTests
{
    private const string Core = "ReportGen.Core.";

    /// <summary>Every folder of ReportGen.Core with its layer; a folder may use only folders of a lower layer.</summary>
    public static readonly IReadOnlyDictionary<string, int> Layers = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["Format"] = 0,
        ["Diagnostics"] = 1,
        ["Packaging"] = 1,
        ["Output"] = 1,
        ["Inputs"] = 6,
        ["Model"] = 2,
        ["Reading"] = 3,
        ["Validation"] = 4,
        ["Templates"] = 4,
        ["Importing"] = 5,
        ["Rendering"] = 6,
        ["Summary"] = 7,
        ["Pipeline"] = 8,
    };

    public static TheoryData<string> Folders() => [.. Layers.Keys];

    [Fact]
    public void Every_folder_of_Core_has_a_layer()
    {
        var folders = typeof(FormatCatalog).Assembly.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(ns => ns.StartsWith(Core, StringComparison.Ordinal))
            .Select(ns => ns[Core.Length..].Split('.')[0])
            .Distinct()
            .ToList();

        Assert.All(folders, folder => Assert.True(Layers.ContainsKey(folder),
            $"ReportGen.Core.{folder} has no layer: place it in {nameof(Layers)} and in docs/architecture.md"));
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void A_folder_uses_no_folder_of_its_own_or_a_later_layer(string folder)
    {
        var forbidden = Layers.Where(l => l.Value >= Layers[folder] && l.Key != folder).Select(l => Core + l.Key).ToArray();
        if (forbidden.Length == 0)
        {
            return;
        }

        var result = Types.InAssembly(typeof(FormatCatalog).Assembly)
            .That().ResideInNamespace(Core + folder)
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();

        var offenders = (result.FailingTypes ?? []).Select(t => t.FullName + ": " + t.Explanation);
        Assert.True(result.IsSuccessful, $"{folder} uses a later part of the pipeline:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_check_sees_a_dependency_that_runs_back_up()
    {
        // Pipeline uses Reading: asking the reverse must fail, or the theory above proves nothing.
        var result = Types.InAssembly(typeof(FormatCatalog).Assembly)
            .That().ResideInNamespace(Core + "Pipeline")
            .ShouldNot().HaveDependencyOnAny(Core + "Reading")
            .GetResult();

        Assert.False(result.IsSuccessful);
    }
}
