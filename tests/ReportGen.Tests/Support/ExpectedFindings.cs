using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ReportGen.Tests.Support;

/// <summary>
/// Files that say what the validator must find in them: each <c># expect: RG010 at 45:23</c> line names a rule
/// and a position (<c>0:0</c> for the file as a whole). A file without such lines must yield nothing.
/// </summary>
public static partial class ExpectedFindings
{
    /// <summary>The clock the checks run with, so that "this year" never moves under the expectations.</summary>
    public static readonly TimeProvider Clock = Clocks.InChina(new DateTimeOffset(2024, 6, 1, 9, 0, 0, TimeSpan.FromHours(8)));

    /// <summary>The files and folders directly in a folder, as paths relative to the repository root: one test case each.</summary>
    public static TheoryData<string> EntriesOf(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder)
            .Where(e => Directory.Exists(e) || e.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Repository.Root, entry).Replace('\\', '/'));
        }

        return data;
    }

    /// <summary>The expect lines of a file, sorted. Read as Latin-1 (or UTF-16 after its BOM): the lines are ASCII in any encoding.</summary>
    public static IReadOnlyList<string> Of(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var text = bytes is [0xFF, 0xFE, ..] ? Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2) : Encoding.Latin1.GetString(bytes);
        return [.. ExpectLine().Matches(text).Select(m => $"{m.Groups[1].Value} at {m.Groups[2].Value}:{m.Groups[3].Value}").Order(StringComparer.Ordinal)];
    }

    /// <summary>Runs <c>reportgen validate INPUT --format json</c> and returns each file's findings as "RG010 at 45:23", sorted.</summary>
    public static async Task<(int ExitCode, Dictionary<string, List<string>> Found)> ValidateAsync(params string[] inputs)
    {
        var result = await CliRunner.RunAsync(["validate", .. inputs, "--format", "json"], time: Clock);
        Assert.True(result.ExitCode is 0 or 1, $"exit code {result.ExitCode}: {result.Error}");
        using var json = JsonDocument.Parse(result.Out);
        var found = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in json.RootElement.GetProperty("files").EnumerateArray())
        {
            found[file.GetProperty("file").GetString()!] = [.. file.GetProperty("diagnostics").EnumerateArray()
                .Select(d => $"{d.GetProperty("id").GetString()} at {d.GetProperty("line").GetInt32()}:{d.GetProperty("column").GetInt32()}")
                .Order(StringComparer.Ordinal)];
        }

        return (result.ExitCode, found);
    }

    /// <summary>Asserts that every YAML file of the entry (a file, or the files of a folder) yields exactly what it expects.</summary>
    public static async Task AssertEntryAsync(string entry)
    {
        var (exitCode, found) = await ValidateAsync(entry);
        var full = Path.Combine(Repository.Root, entry);
        var files = Directory.Exists(full)
            ? Directory.EnumerateFiles(full, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [full];
        Assert.Equal(files.Count, found.Count);
        var anyError = false;
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(Repository.Root, file).Replace('\\', '/');
            var expected = Of(file);
            Assert.True(found.ContainsKey(name), $"{name} was not validated; the run reported: {string.Join(", ", found.Keys)}");
            Assert.True(expected.SequenceEqual(found[name]),
                $"{name}\n  expected: {string.Join("; ", expected)}\n  found:    {string.Join("; ", found[name])}");
            anyError |= expected.Any(e => Core.Diagnostics.RuleCatalog.Get(e[..5]).Severity == Core.Diagnostics.Severity.Error);
        }

        Assert.Equal(anyError ? 1 : 0, exitCode);
    }

    [GeneratedRegex(@"^# expect: (RG[0-9]{3}) at ([0-9]+):([0-9]+)\r?$", RegexOptions.Multiline)]
    private static partial Regex ExpectLine();
}
