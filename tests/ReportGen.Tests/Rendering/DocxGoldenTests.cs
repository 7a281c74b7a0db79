using System.Text;
using System.Xml.Linq;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Rendering;

/// <summary>
/// The sample's .docx, part by part, against committed pretty-printed XML in <c>golden/</c> (XML rather than
/// bytes, since deflate output may differ between runtime versions).
/// After an intended change to the output, rewrite the golden files and review the diff:
/// <c>UPDATE_GOLDEN=1 dotnet test --filter DocxGoldenTests</c>.
/// </summary>
public class DocxGoldenTests
{
    private const string Prefix = "2023.";

    private static string GoldenDirectory => Path.Combine(Repository.Root, "tests", "ReportGen.Tests", "Rendering", "golden");

    [Fact]
    public void Sample_parts_match_the_golden_files()
    {
        var actual = DocxTestFiles.Parts(DocxTestFiles.Sample)
            .ToDictionary(p => Prefix + GoldenName(p.Key), p => Normalise(p.Value), StringComparer.Ordinal);

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(GoldenDirectory);
            foreach (var stale in Directory.GetFiles(GoldenDirectory, Prefix + "*"))
            {
                File.Delete(stale);
            }

            foreach (var (name, xml) in actual)
            {
                File.WriteAllText(Path.Combine(GoldenDirectory, name), xml, new UTF8Encoding(false));
            }
        }

        var golden = Directory.GetFiles(GoldenDirectory, Prefix + "*").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(actual.Keys.Order(StringComparer.Ordinal), golden);
        foreach (var (name, xml) in actual)
        {
            var expected = File.ReadAllText(Path.Combine(GoldenDirectory, name)).ReplaceLineEndings("\n");
            Assert.True(expected == xml, $"{name} differs from the golden file; if the change is intended, run UPDATE_GOLDEN=1 dotnet test --filter DocxGoldenTests and review the diff.\n{FirstDifference(expected, xml)}");
        }
    }

    /// <summary>word/document.xml → document.xml; the package's own files get readable names.</summary>
    private static string GoldenName(string part) => part switch
    {
        "[Content_Types].xml" => "content-types.xml",
        "_rels/.rels" => "package.rels",
        _ => Path.GetFileName(part),
    };

    private static string Normalise(XDocument document) =>
        document.Root!.ToString(SaveOptions.None).ReplaceLineEndings("\n") + "\n";

    private static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i] : "<end>";
            var y = i < b.Length ? b[i] : "<end>";
            if (x != y)
            {
                return $"line {i + 1}:\n  golden: {x}\n  actual: {y}";
            }
        }

        return "";
    }
}
