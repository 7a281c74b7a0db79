using System.Text;

namespace ReportGen.Tests.Support;

/// <summary>
/// Committed files that are generated (the JSON Schema, the input reference): the test compares them with
/// what the code generates now; with UPDATE_GOLDEN=1 it rewrites them instead.
/// </summary>
public static class Golden
{
    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    /// <summary>Asserts that the committed file (path relative to the repository) is exactly <paramref name="generated"/>.</summary>
    public static void AssertMatchesCommitted(string relativePath, string generated)
    {
        var path = Path.Combine(Repository.Root, relativePath);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated, new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(path), $"{relativePath} is missing: run UPDATE_GOLDEN=1 dotnet test to generate it.");
        // A Windows checkout may have turned the line ends into CRLF: the content is what counts.
        var committed = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (committed != generated)
        {
            var committedLines = committed.Split('\n');
            var generatedLines = generated.Split('\n');
            var first = Enumerable.Range(0, Math.Min(committedLines.Length, generatedLines.Length))
                .FirstOrDefault(i => committedLines[i] != generatedLines[i], Math.Min(committedLines.Length, generatedLines.Length));
            Assert.Fail($"{relativePath} is out of date (first difference at line {first + 1}): run UPDATE_GOLDEN=1 dotnet test and commit it.\n"
                + $"committed: {committedLines.ElementAtOrDefault(first)}\ngenerated: {generatedLines.ElementAtOrDefault(first)}");
        }
    }
}
