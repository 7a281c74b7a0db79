using System.Collections.Concurrent;
using System.Globalization;
using ReportGen.Core.Reading;
using ReportGen.Core.Rendering;
using ReportGen.Core.Rendering.Docx;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Faults;

/// <summary>
/// Valid generated inputs, written once per test class (a class fixture), and the report each must become,
/// rendered in-process on demand: the CLI writes the same bytes for the same input, so a report on disk that
/// differs from it in any byte is partial or garbled.
/// </summary>
public sealed class GeneratedInputs : IDisposable
{
    // Enough that a build killed right after its first report has far from finished (a report takes about 1 ms).
    public const int Count = 1000;
    private readonly TempDirectory _folder = new();
    private readonly ConcurrentDictionary<string, byte[]> _expected = new(StringComparer.Ordinal);

    public GeneratedInputs()
    {
        Folder = Path.Combine(_folder.Path, "bureaus");
        for (var i = 0; i < Count; i++)
        {
            _folder.Write(Path.Combine("bureaus", Stem(i) + ".yaml"), ReportGenerator.Generate(i, seed: 7_000 + i).Yaml);
        }
    }

    /// <summary>The folder holding the inputs (tests only read it).</summary>
    public string Folder { get; }

    public static string Stem(int index) => index.ToString("0000", CultureInfo.InvariantCulture);

    public string Input(int index) => Path.Combine(Folder, Stem(index) + ".yaml");

    /// <summary>The report <c>reportgen build</c> writes for the input of this stem.</summary>
    public byte[] ExpectedReport(string stem) => _expected.GetOrAdd(stem, s =>
    {
        var read = ReportReader.ReadFile(Path.Combine(Folder, s + ".yaml"));
        Assert.False(read.HasErrors, string.Join('\n', read.Diagnostics));
        using var output = new MemoryStream();
        new DocxReportRenderer(new DocxOptions()).Render(read.Report!, output);
        return output.ToArray();
    });

    public void Dispose() => _folder.Dispose();
}
