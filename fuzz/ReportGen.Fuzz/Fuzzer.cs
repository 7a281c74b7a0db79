using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Format;
using ReportGen.Core.Model;
using ReportGen.Core.Reading;
using ReportGen.Core.Rendering.Docx;
using ReportGen.Core.Validation;
using ReportGen.Tests.Hostile;
using ReportGen.Tests.Support;

namespace ReportGen.Fuzz;

/// <summary>
/// Feeds mutated and random inputs to the reader and validator until the time is up. Every input must give
/// findings (no exception) that satisfy <see cref="FindingInvariants"/>, within the time limit and a bound
/// on memory; an input without errors must also render to a .docx with a well-formed body. Inputs that give
/// a new kind of finding join the pool that later inputs are mutated from.
/// </summary>
internal sealed class Fuzzer(FuzzOptions options)
{
    /// <summary>No input of at most 2 MiB may allocate more than this while being read and validated.</summary>
    private const long MaxAllocatedBytes = 1L << 30;

    /// <summary>Seeds larger than this are run once but not mutated (a mutation of 5 MB only tests the size check).</summary>
    private const int MaxPoolInputBytes = 256 * 1024;

    private const int MaxPool = 5_000;

    // Fixed, so that a run's findings do not depend on the day it runs on.
    private static readonly ValidationOptions Validation = new() { Today = new DateOnly(2024, 1, 15) };

    private readonly Random _random = new(options.Seed);
    private readonly List<byte[]> _pool = [];
    private readonly HashSet<string> _kinds = new(StringComparer.Ordinal);
    private readonly Lock _watch = new();
    private byte[]? _running;
    private long _runningSince;
    private long _executions;
    private long _rendered;
    private double _slowestMilliseconds;
    private int _slowestSize;
    private long _mostAllocated;

    public int Run()
    {
        var clock = Stopwatch.StartNew();
        using var watchdog = StartWatchdog();
        var seeds = Seeds();
        Console.WriteLine($"fuzz: seed {options.Seed}, {options.Seconds} s, {seeds.Count} seed inputs, at most {options.MaxMilliseconds} ms per input");
        foreach (var seed in seeds)
        {
            if (!Execute(seed))
            {
                return 1;
            }

            if (seed.Length <= MaxPoolInputBytes)
            {
                _pool.Add(seed);
            }
        }

        while (clock.Elapsed.TotalSeconds < options.Seconds)
        {
            if (!Execute(Next()))
            {
                return 1;
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fuzz: {_executions} executions in {seconds:0.0} s ({_executions / seconds:0} per second), {_rendered} without errors rendered, {_kinds.Count} kinds of findings, pool {_pool.Count} inputs; " +
            $"slowest {_slowestMilliseconds:0} ms ({_slowestSize} bytes), most allocated {_mostAllocated / (1024 * 1024)} MiB. No failure."));
        return 0;
    }

    /// <summary>Runs saved inputs once each, e.g. to check the fix of a failure the fuzzer found.</summary>
    public int Replay()
    {
        var failed = 0;
        foreach (var file in options.Replay)
        {
            var input = File.ReadAllBytes(file);
            var ok = Execute(input);
            failed += ok ? 0 : 1;
            Console.WriteLine($"{file}: {(ok ? "ok" : "FAILED")}");
        }

        return failed == 0 ? 0 : 1;
    }

    /// <summary>The sample, every valid file under samples/, and the hostile corpus.</summary>
    private static List<byte[]> Seeds()
    {
        var samples = Directory.EnumerateFiles(Repository.Samples, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        return [.. samples.Select(File.ReadAllBytes), .. HostileCorpus.All.Select(c => c.Bytes)];
    }

    private byte[] Next()
    {
        var choice = _random.Next(100);
        return choice switch
        {
            < 75 => Mutator.Apply(Pick(), Enumerable.Range(0, 1 + _random.Next(8)).Select(_ => Mutator.Random(_random))),
            < 85 => Splice(Pick(), Pick()),
            < 92 => RandomBytes(),
            _ => TokenSoup(),
        };
    }

    private byte[] Pick() => _pool[_random.Next(_pool.Count)];

    private byte[] Splice(byte[] first, byte[] second)
    {
        var a = _random.Next(first.Length + 1);
        var b = _random.Next(second.Length + 1);
        return [.. first.AsSpan(0, a), .. second.AsSpan(b)];
    }

    private byte[] RandomBytes()
    {
        var bytes = new byte[_random.Next(2048)];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = _random.Next(3) == 0 ? Mutator.Bytes[_random.Next(Mutator.Bytes.Length)] : (byte)_random.Next(32, 127);
        }

        return bytes;
    }

    /// <summary>Keys of the format, YAML punctuation and values, in random order: inputs near the real shape.</summary>
    private byte[] TokenSoup()
    {
        string[] structure = ["\n", "\n", "  ", "  ", "- ", ": ", ":", "[", "]", "{", "}", ", ", "|\n", ">\n", "# 注释", "---\n", "\"", "'", "\t", "? "];
        var keys = InputFields.TopLevel.Select(f => f.Key)
            .Concat(FormatCatalog.RequestTable.Rows.Select(r => r.Key))
            .Concat(FormatCatalog.RequestTable.Groups.Select(g => g.Key))
            .Concat(FormatCatalog.ReviewTable.Rows.Select(r => r.Key))
            .Concat(FormatCatalog.ProactiveTable.Items.Select(i => i.Key))
            .Concat(InputFields.ProseItem.Select(f => f.Key))
            .ToArray();
        var text = new StringBuilder();
        for (var n = _random.Next(1, 300); n > 0; n--)
        {
            text.Append(_random.Next(3) switch
            {
                0 => structure[_random.Next(structure.Length)],
                1 => keys[_random.Next(keys.Length)],
                _ => Mutator.Values[_random.Next(Mutator.Values.Length)],
            });
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private bool Execute(byte[] input)
    {
        _executions++;
        var (outcome, milliseconds, allocated) = Measure(input);
        if (outcome is not null)
        {
            return Fail(input, "crash", outcome);
        }

        // The limit holds up to 1 MiB; the few larger inputs (up to the reader's 2 MiB) may take it per MiB.
        var limit = options.MaxMilliseconds * Math.Max(1.0, input.Length / (1024.0 * 1024.0));
        if (milliseconds > limit)
        {
            // Once more, to tell a slow input from a pause of the machine (GC, a neighbour's build).
            (outcome, milliseconds, allocated) = Measure(input);
            if (milliseconds > limit)
            {
                return Fail(input, "slow", $"{milliseconds:0} ms to read and validate {input.Length} bytes, limit {limit:0} ms");
            }
        }

        if (allocated > MaxAllocatedBytes)
        {
            return Fail(input, "memory", $"{allocated / (1024 * 1024)} MiB allocated for {input.Length} bytes");
        }

        if (milliseconds > _slowestMilliseconds)
        {
            (_slowestMilliseconds, _slowestSize) = (milliseconds, input.Length);
        }

        _mostAllocated = Math.Max(_mostAllocated, allocated);
        return true;
    }

    /// <summary>Reads and validates one input: what went wrong (null if nothing), how long it took, what it allocated.</summary>
    private (string? Problem, double Milliseconds, long Allocated) Measure(byte[] input)
    {
        lock (_watch)
        {
            (_running, _runningSince) = (input, Stopwatch.GetTimestamp());
        }

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var started = Stopwatch.GetTimestamp();
        string? problem;
        try
        {
            var read = ReportReader.Read("fuzz.yaml", input);
            var findings = ReportValidator.Validate(read, null, Validation);
            var problems = FindingInvariants.Violations(input, findings);
            problem = problems.Count == 0 ? null : "findings break the invariants:\n  " + string.Join("\n  ", problems);
            if (problem is null && read.Report is { } report && !findings.Any(d => d.IsError))
            {
                problem = RenderProblem(report);
            }
            if (problem is null && input.Length <= MaxPoolInputBytes && _pool.Count < MaxPool && _kinds.Add(Kind(findings)))
            {
                _pool.Add(input);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            problem = e.ToString();
        }
        finally
        {
            lock (_watch)
            {
                _running = null;
            }
        }

        // The lesser of the wall time and the CPU time: a machine busy with other work stretches the first, a
        // blocked thread the second; a really slow input takes long by both.
        var milliseconds = Math.Min(Stopwatch.GetElapsedTime(started).TotalMilliseconds, (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds);
        return (problem, milliseconds, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
    }

    /// <summary>A valid input must become a .docx whose body is well-formed XML: null if it does, else what went wrong.</summary>
    private string? RenderProblem(AnnualReport report)
    {
        _rendered++;
        using var docx = new MemoryStream();
        DocxReportWriter.Write(report, docx, new DocxOptions { Timestamp = DateTimeOffset.UnixEpoch });
        docx.Position = 0;
        using var zip = new ZipArchive(docx, ZipArchiveMode.Read);
        using var body = XmlReader.Create(zip.GetEntry("word/document.xml")!.Open());
        while (body.Read())
        {
        }

        return null;
    }

    /// <summary>
    /// What kind of findings an input gave: their rules (for syntax errors, which one, by the first Chinese
    /// characters of the message), and roughly how many.
    /// Coarse on purpose: the pool should hold different kinds of input, not variants of one.
    /// </summary>
    private static string Kind(IReadOnlyList<Diagnostic> findings) =>
        string.Join("|", findings.Select(d => d.RuleId == RuleCatalog.Syntax.Id ? d.RuleId + new string([.. d.Message.Where(c => c >= '\u4E00').Take(12)]) : d.RuleId)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        + "#" + (int)Math.Log2(findings.Count + 1);

    private bool Fail(byte[] input, string kind, string details)
    {
        var path = Save(input, kind, details);
        Console.Error.WriteLine($"fuzz: {kind} after {_executions} executions (seed {options.Seed}); input saved to {path} ({input.Length} bytes)");
        Console.Error.WriteLine(details);
        Console.Error.WriteLine($"reproduce: dotnet run --project fuzz/ReportGen.Fuzz -c Release -- --max-ms {options.MaxMilliseconds} --replay {path}");
        return false;
    }

    private string Save(byte[] input, string kind, string details)
    {
        Directory.CreateDirectory(options.OutputDirectory);
        var name = kind + "-" + Convert.ToHexStringLower(SHA256.HashData(input))[..12];
        var path = Path.Combine(options.OutputDirectory, name + ".yaml");
        File.WriteAllBytes(path, input);
        File.WriteAllText(Path.Combine(options.OutputDirectory, name + ".txt"), $"seed {options.Seed}\n{details}\n");
        return path;
    }

    /// <summary>An input that never finishes cannot be caught by the loop: a thread saves it and ends the process.</summary>
    private Timer StartWatchdog()
    {
        var hang = TimeSpan.FromMilliseconds(Math.Max(20_000, 10L * options.MaxMilliseconds));
        return new Timer(_ =>
        {
            byte[]? running;
            long since;
            lock (_watch)
            {
                (running, since) = (_running, _runningSince);
            }

            if (running is not null && Stopwatch.GetElapsedTime(since) > hang)
            {
                Fail(running, "hang", $"still running after {hang.TotalSeconds:0} s");
                Environment.Exit(1);
            }
        }, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }
}
