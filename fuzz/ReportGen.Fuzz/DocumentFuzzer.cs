using System.Diagnostics;
using System.Globalization;
using ReportGen.Core.Importing;
using ReportGen.Tests.Support;

namespace ReportGen.Fuzz;

/// <summary>
/// Fuzzes the published-document readers (PDF, text): byte mutations of the committed PDFs and the seed text. Every
/// input must give a <see cref="PublishedDocument"/> or a <see cref="DocumentUnreadableException"/> with a one-line
/// reason, never another exception, within the time limit.
/// </summary>
internal sealed class DocumentFuzzer(FuzzOptions options)
{
    private readonly Random _random = new(options.Seed);
    private long _executions;
    private long _unreadable;
    private double _slowest;

    public int Run()
    {
        var seeds = Seeds();
        Console.WriteLine($"fuzz documents: seed {options.Seed}, {options.Seconds} s, {seeds.Count} seed documents, at most {options.MaxMilliseconds} ms per input");
        var clock = Stopwatch.StartNew();
        foreach (var (name, bytes) in seeds)
        {
            if (!Execute(name, bytes))
            {
                return 1;
            }
        }

        while (clock.Elapsed.TotalSeconds < options.Seconds)
        {
            var (name, bytes) = seeds[_random.Next(seeds.Count)];
            if (!Execute(name, Mutate(bytes)))
            {
                return 1;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fuzz documents: {_executions} executions in {clock.Elapsed.TotalSeconds:0.0} s, {_unreadable} unreadable, slowest {_slowest:0} ms. No failure."));
        return 0;
    }

    private static List<(string Name, byte[] Bytes)> Seeds()
    {
        var fixtures = Path.Combine(Repository.Root, "tests", "ReportGen.Tests", "Importing", "Fixtures");
        var published = Path.Combine(Repository.Samples, "published");
        return [.. Directory.EnumerateFiles(fixtures, "*.pdf").Concat(Directory.EnumerateFiles(published, "*.txt"))
            .Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))];
    }

    private byte[] Mutate(byte[] bytes)
    {
        var result = new List<byte>(bytes);
        for (var n = 1 + _random.Next(6); n > 0 && result.Count > 0; n--)
        {
            var at = _random.Next(result.Count);
            switch (_random.Next(6))
            {
                case 0:
                    result[at] = (byte)_random.Next(256);
                    break;
                case 1:
                    result.RemoveRange(at, Math.Min(result.Count - at, 1 + _random.Next(64)));
                    break;
                case 2:
                    result.InsertRange(at, Enumerable.Range(0, 1 + _random.Next(16)).Select(_ => (byte)_random.Next(256)));
                    break;
                case 3:
                    result.RemoveRange(at, result.Count - at);
                    break;
                case 4:
                    var length = Math.Min(result.Count - at, 1 + _random.Next(4096));
                    result.InsertRange(at, result.GetRange(at, length));
                    break;
                default:
                    // PDF and text punctuation that steers parsers: object, stream and table syntax.
                    var token = "obj|endobj|stream|endstream|<<|>>|[|]|(|)|/Length 99999999|xref|trailer|\t|\n|  |0 0 R|Tj|TJ|BT|ET|re|S".Split('|')[_random.Next(22)];
                    result.InsertRange(at, System.Text.Encoding.ASCII.GetBytes(token));
                    break;
            }
        }

        return [.. result];
    }

    private bool Execute(string name, byte[] input)
    {
        _executions++;
        var reader = PublishedDocumentReaders.For(name)!;
        var clock = Stopwatch.StartNew();
        try
        {
            _ = reader.Read(new MemoryStream(input, writable: false), name);
        }
        catch (DocumentUnreadableException e) when (e.Reason.Length is > 0 and < 300 && !e.Reason.Contains('\n', StringComparison.Ordinal))
        {
            _unreadable++;
        }
        catch (Exception e)
        {
            return Fail(name, input, e.GetType().Name + ": " + e.Message);
        }

        var ms = clock.Elapsed.TotalMilliseconds;
        _slowest = Math.Max(_slowest, ms);
        return ms <= options.MaxMilliseconds || Fail(name, input, string.Create(CultureInfo.InvariantCulture, $"took {ms:0} ms"));
    }

    private bool Fail(string name, byte[] input, string why)
    {
        Directory.CreateDirectory(options.OutputDirectory);
        var path = Path.Combine(options.OutputDirectory, "failing-" + _executions.ToString(CultureInfo.InvariantCulture) + Path.GetExtension(name));
        File.WriteAllBytes(path, input);
        Console.WriteLine($"fuzz documents: FAILED on a mutation of {name} ({why}); saved as {path}");
        return false;
    }
}
