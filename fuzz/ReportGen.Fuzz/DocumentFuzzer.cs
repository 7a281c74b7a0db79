using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using ReportGen.Core.Importing;
using ReportGen.Tests.Hostile;
using ReportGen.Tests.Support;

namespace ReportGen.Fuzz;

/// <summary>
/// Fuzzes the published-document readers and the extractor (<c>--documents</c>): the "as published" corpus
/// (.docx and .html), the PDF fixtures and the seed text mutated — the .docx's word/document.xml mutated inside a valid package as well as the
/// package's bytes, the pages' bytes and lines — must give a document and an import (or
/// <see cref="DocumentUnreadableException"/>, the one expected refusal), never another exception, within the
/// time limit; findings must have a one-line Chinese message.
/// </summary>
internal sealed class DocumentFuzzer(FuzzOptions options)
{
    private readonly Random _random = new(options.Seed);
    private long _executions;
    private long _refused;
    private double _slowest;

    private static string Corpus => Path.Combine(Repository.Root, "tests", "ReportGen.Tests", "Importing", "corpus");

    public int Run()
    {
        // The .docx/.html corpus, the PDF fixtures (builder's, hand-made, encrypted) and the seed text.
        var folders = new[] { Corpus, Path.Combine(Repository.Root, "tests", "ReportGen.Tests", "Importing", "Fixtures"), Path.Combine(Repository.Samples, "published") };
        var seeds = folders.SelectMany(Directory.EnumerateFiles).Where(PublishedDocumentReaders.IsDocument).Order(StringComparer.Ordinal)
            .Select(f => (Extension: Path.GetExtension(f), Bytes: File.ReadAllBytes(f))).ToList();
        Console.WriteLine($"fuzz documents: seed {options.Seed}, {options.Seconds} s, {seeds.Count} seed documents, at most {options.MaxMilliseconds} ms per input");
        var clock = Stopwatch.StartNew();
        foreach (var seed in seeds)
        {
            if (!Execute(seed.Extension, seed.Bytes))
            {
                return 1;
            }
        }

        while (clock.Elapsed.TotalSeconds < options.Seconds)
        {
            var (extension, bytes) = seeds[_random.Next(seeds.Count)];
            if (!Execute(extension, Mutate(extension, bytes)))
            {
                return 1;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fuzz documents: {_executions} executions in {clock.Elapsed.TotalSeconds:0.0} s, {_refused} refused as unreadable, slowest {_slowest:0} ms. No failure."));
        return 0;
    }

    private byte[] Mutate(string extension, byte[] bytes)
    {
        var mutations = Enumerable.Range(0, 1 + _random.Next(6)).Select(_ => Mutator.Random(_random)).ToList();
        if (extension == ".docx" && _random.Next(4) > 0)
        {
            // Inside a valid package, so that the XML reader and the extractor are reached, not only the zip check.
            return RewriteEntry(bytes, "word/document.xml", xml => Mutator.Apply(xml, mutations));
        }

        return Mutator.Apply(bytes, mutations);
    }

    private static byte[] RewriteEntry(byte[] package, string name, Func<byte[], byte[]> change)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var input = entry.Open();
                using var copy = new MemoryStream();
                input.CopyTo(copy);
                var content = entry.FullName == name ? change(copy.ToArray()) : copy.ToArray();
                using var stream = target.CreateEntry(entry.FullName).Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }

    private bool Execute(string extension, byte[] input)
    {
        _executions++;
        var (problem, milliseconds) = Measure(extension, input);
        var limit = options.MaxMilliseconds * Math.Max(1, input.Length / (1024 * 1024));
        if (problem is null && milliseconds > limit)
        {
            // The machine is shared: measured again before failing, as the YAML fuzzer does.
            (problem, milliseconds) = Measure(extension, input);
            problem ??= milliseconds > limit ? string.Create(CultureInfo.InvariantCulture, $"took {milliseconds:0} ms (twice)") : null;
        }

        _slowest = Math.Max(_slowest, milliseconds);
        if (problem is null)
        {
            return true;
        }

        Directory.CreateDirectory(options.OutputDirectory);
        var path = Path.Combine(options.OutputDirectory, "document-" + Convert.ToHexString(SHA256.HashData(input))[..16].ToLowerInvariant() + extension);
        File.WriteAllBytes(path, input);
        Console.WriteLine($"FAILED: {problem}\n  input saved as {path}");
        return false;
    }

    /// <summary>One run: the problem found, if any, and the lesser of wall and processor time in ms.</summary>
    private (string? Problem, double Milliseconds) Measure(string extension, byte[] input)
    {
        var clock = Stopwatch.StartNew();
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        string? problem = null;
        try
        {
            var document = PublishedDocumentReaders.For("x" + extension)!.Read(new MemoryStream(input), "fuzz" + extension);
            var import = ReportExtractor.Extract(document);
            problem = import.Findings.Select(f => f.Message).FirstOrDefault(m => m.Length == 0 || m.Contains('\n', StringComparison.Ordinal))
                is { } bad ? "a finding's message is empty or has a line break: " + bad : null;
            if (problem is null && import.Report is not null)
            {
                _ = ImportedYaml.Write(import, "fuzz" + extension, "fuzz.yaml");
            }
        }
        catch (DocumentUnreadableException e)
        {
            _refused++;
            problem = e.Reason.Length == 0 ? "an unreadable document without a reason" : null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            problem = "exception " + e;
        }

        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - processor).TotalMilliseconds;
        return (problem, Math.Min(clock.Elapsed.TotalMilliseconds, cpu));
    }
}
