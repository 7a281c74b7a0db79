using System.Security.Cryptography;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ReportGen.Core.Output;

namespace ReportGen.Tests.Faults;

/// <summary>What every fault scenario checks on the disk afterwards.</summary>
public static class FaultFiles
{
    /// <summary>The SHA-256 of every file below <paramref name="folder"/>, by relative path: taken before and after a scenario, to show the inputs were not touched.</summary>
    public static IReadOnlyDictionary<string, string> Hashes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    /// <summary>The SHA-256 of the given files.</summary>
    public static IReadOnlyDictionary<string, string> Hashes(IEnumerable<string> files) =>
        files.ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    /// <summary>The temporary files of the atomic writer below <paramref name="folder"/>.</summary>
    public static string[] TempFiles(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => AtomicFile.IsTempFile(Path.GetFileName(f)))];

    public static void AssertNoTempFiles(string folder) => Assert.Empty(TempFiles(folder));

    /// <summary>A complete report: the Open XML SDK opens it and its validator finds nothing.</summary>
    public static void AssertValidDocx(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).Select(e => e.Description));
        Assert.NotEmpty(document.MainDocumentPart!.Document.Body!.InnerText);
    }

    /// <summary>An expected failure is one line per problem, never a stack trace.</summary>
    public static void AssertNoStackTrace(string error)
    {
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    /// <summary>The lines of <paramref name="error"/> that contain <paramref name="text"/>.</summary>
    public static string[] LinesWith(string error, string text) =>
        [.. error.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Contains(text, StringComparison.Ordinal))];
}
