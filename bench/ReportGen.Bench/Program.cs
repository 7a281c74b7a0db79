using System.Diagnostics;
using System.Globalization;
using System.Text;
using ReportGen.Core.Importing;
using ReportGen.Core.Inputs;
using ReportGen.Core.Pipeline;
using ReportGen.Core.Reading;
using ReportGen.Core.Rendering;
using ReportGen.Core.Rendering.Docx;
using ReportGen.Core.Validation;
using ReportGen.Tests.Support;

// ReportGen benchmarks (see bench/README.md):
//   generate N DIR [--seed S] [--year Y]      write N varied valid inputs, DIR/0000.yaml …
//   inprocess FILE [--iterations N] [--warmup N]
//                                             time read, validate and render of one report in-process
//   batch DIR OUT [--jobs N]                  the build engine in-process (no CLI), with processor time and collections
//   firstcall FILE                            the cost of each phase on its first call in a fresh process (start-up)
//   across DIR [--runs N]                     validate DIR in-process with and without the rules across agencies (RG113/RG114)
//   import DIR [--jobs N]                     read every published document (.pdf, .txt, …) in DIR with its reader
return args switch
{
    ["import", var folder, .. var rest] => Import(folder, Option(rest, "--jobs", Environment.ProcessorCount)),
    ["pdfpig", var folder, .. var rest] => PdfPigOnly(folder, Option(rest, "--jobs", Environment.ProcessorCount)),
    ["generate", var count, var folder, .. var rest] => Generate(int.Parse(count, CultureInfo.InvariantCulture), folder, Option(rest, "--seed", 1), Option(rest, "--year", 2023)),
    ["firstcall", var file] => FirstCall(file),
    ["batch", var folder, var output, .. var rest] => Batch(folder, output, Option(rest, "--jobs", Environment.ProcessorCount)),
    ["across", var folder, .. var rest] => Across(folder, Option(rest, "--runs", 5)),
    ["inprocess", var file, .. var rest] => InProcess(file, Option(rest, "--iterations", 200), Option(rest, "--warmup", 20)),
    _ => Usage(),
};

static int Import(string folder, int jobs)
{
    var files = Directory.GetFiles(folder).Where(PublishedDocumentReaders.IsDocument).Order(StringComparer.Ordinal).ToArray();
    var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
    var allocated = GC.GetTotalAllocatedBytes();
    long blocks = 0, cells = 0;
    var unreadable = 0;
    var clock = Stopwatch.StartNew();
    Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = jobs }, file =>
    {
        try
        {
            using var stream = File.OpenRead(file);
            var document = PublishedDocumentReaders.For(file)!.Read(stream, Path.GetFileName(file));
            Interlocked.Add(ref blocks, document.Blocks.Count);
            Interlocked.Add(ref cells, document.Blocks.OfType<TableBlock>().Sum(t => t.Rows.Sum(r => r.Count)));
        }
        catch (DocumentUnreadableException)
        {
            Interlocked.Increment(ref unreadable);
        }
    });
    clock.Stop();
    process.Refresh();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"import {files.Length} documents, {jobs} jobs: {clock.Elapsed.TotalSeconds:F2} s wall, {(process.TotalProcessorTime - cpu).TotalSeconds:F2} s processor, "
        + $"{blocks} blocks, {cells} table cells, {unreadable} unreadable; "
        + $"collections gen0/1/2 {GC.CollectionCount(0) - collections.Item1}/{GC.CollectionCount(1) - collections.Item2}/{GC.CollectionCount(2) - collections.Item3}, "
        + $"allocated {(GC.GetTotalAllocatedBytes() - allocated) / 1024 / 1024} MiB, peak working set {process.PeakWorkingSet64 / 1024 / 1024} MiB"));
    return 0;
}

// PdfPig alone (open, every page's letters and paths), to tell its cost from the reader's layout work.
static int PdfPigOnly(string folder, int jobs)
{
    var files = Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal).ToArray();
    var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var allocated = GC.GetTotalAllocatedBytes();
    long letters = 0;
    var clock = Stopwatch.StartNew();
    Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = jobs }, file =>
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(File.ReadAllBytes(file));
        for (var i = 1; i <= pdf.NumberOfPages; i++)
        {
            var page = pdf.GetPage(i);
            Interlocked.Add(ref letters, page.Letters.Count + page.Paths.Count);
        }
    });
    process.Refresh();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"pdfpig {files.Length} documents, {jobs} jobs: {clock.Elapsed.TotalSeconds:F2} s wall, {(process.TotalProcessorTime - cpu).TotalSeconds:F2} s processor, {letters} letters+paths, "
        + $"allocated {(GC.GetTotalAllocatedBytes() - allocated) / 1024 / 1024} MiB, peak working set {process.PeakWorkingSet64 / 1024 / 1024} MiB"));
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: ReportGen.Bench generate N DIR [--seed S] [--year Y] | inprocess FILE [--iterations N] [--warmup N]");
    return 2;
}

static int Option(string[] rest, string name, int fallback)
{
    var at = Array.IndexOf(rest, name);
    return at >= 0 && at + 1 < rest.Length ? int.Parse(rest[at + 1], CultureInfo.InvariantCulture) : fallback;
}

static int Generate(int count, string folder, int seed, int year)
{
    Directory.CreateDirectory(folder);
    var utf8 = new UTF8Encoding(false);
    for (var i = 0; i < count; i++)
    {
        var report = ReportGenerator.Generate(i, seed * 1_000_003 + i, year);
        File.WriteAllText(Path.Combine(folder, i.ToString("0000", CultureInfo.InvariantCulture) + ".yaml"), report.Yaml, utf8);
    }

    Console.Error.WriteLine($"wrote {count} inputs for {year} to {folder}");
    return 0;
}

static int Across(string folder, int runs)
{
    var inputs = InputResolver.Resolve([folder], Environment.CurrentDirectory);
    double Once(bool across)
    {
        var clock = Stopwatch.StartNew();
        var results = ValidationRun.Run(inputs, source => ReportReader.ReadFile(source.FullPath!, source.DisplayName), new ValidationRunOptions { AcrossAgencies = across });
        var seconds = clock.Elapsed.TotalSeconds;
        GC.KeepAlive(results);
        return seconds;
    }

    Once(true);
    Once(false);
    var with = new List<double>();
    var without = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        without.Add(Once(false));
        with.Add(Once(true));
    }

    static double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
    var all = ValidationRun.Run(inputs, source => ReportReader.ReadFile(source.FullPath!, source.DisplayName), new ValidationRunOptions());
    var copied = all.Sum(r => r.Diagnostics.Count(d => d.RuleId == "RG113"));
    var reports = all.Select((r, i) => new RunReport(i, r.Source.DisplayName, r.Read!.Report!)).ToList();
    var find = Stopwatch.StartNew();
    CrossAgencyProse.Find(reports);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CrossAgencyProse.Find alone: {find.Elapsed.TotalSeconds:0.000} s"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"validate {inputs.Count} inputs in-process, median of {runs}: without the rules across agencies {Median(without):0.000} s, with them {Median(with):0.000} s (+{(Median(with) / Median(without) - 1) * 100:0}%); RG113 findings: {copied}"));
    return 0;
}

static int Batch(string folder, string output, int jobs)
{
    var clock = Stopwatch.StartNew();
    var inputs = InputResolver.Resolve([folder], Environment.CurrentDirectory);
    var results = BuildRun.Run(inputs, source => ReportReader.ReadFile(source.FullPath!, source.DisplayName), new BuildRunOptions
    {
        Renderer = new DocxReportRenderer(new DocxOptions()),
        Target = BuildTarget.IntoFolder(Path.GetFullPath(output)),
        CurrentDirectory = Environment.CurrentDirectory,
        Validation = new ValidationRunOptions { Jobs = jobs, Validation = new ValidationOptions { Today = new DateOnly(2024, 6, 1) } },
    });
    var process = Process.GetCurrentProcess();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{results.Count(r => r.Written)}/{results.Count} written in {clock.Elapsed.TotalSeconds:0.00} s; processor {process.TotalProcessorTime.TotalSeconds:0.00} s; " +
        $"collections gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; peak working set {process.PeakWorkingSet64 / 1048576} MiB"));
    PrintThreads();
    return results.All(r => r.Written) ? 0 : 1;
}

static int FirstCall(string file)
{
    var process = Stopwatch.StartNew();
    if (Environment.GetEnvironmentVariable("BENCH_PROSE_FIRST") == "1")
    {
        // Isolates the prose-claim patterns' construction (static regexes) from the rest of validation.
        ReportGen.Core.Validation.ProseClaims.Extract("共收到政府信息公开申请1件，未发生行政复议。", 2023);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"prose claims first call: {process.Elapsed.TotalMilliseconds:0.0} ms"));
    }

    if (Environment.GetEnvironmentVariable("BENCH_PREPARE_FIRST") == "1")
    {
        // Isolates the .docx writer's start-up: the shared parts and the body's templates (first use of the SDK).
        DocxReportWriter.Prepare(new DocxOptions().Fonts);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"docx writer prepared: {process.Elapsed.TotalMilliseconds:0.0} ms"));
    }

    for (var round = 1; round <= 2; round++)
    {
        var clock = Stopwatch.StartNew();
        var result = ReportReader.ReadFile(file);
        var read = clock.Elapsed.TotalMilliseconds;
        ReportValidator.Validate(result, null, new ValidationOptions { Today = new DateOnly(2024, 6, 1) });
        var validate = clock.Elapsed.TotalMilliseconds - read;
        var render = 0.0;
        try
        {
            using var output = new MemoryStream();
            var before = clock.Elapsed.TotalMilliseconds;
            DocxReportWriter.Write(result.Report!, output, new DocxOptions { Timestamp = DateTimeOffset.UnixEpoch });
            render = clock.Elapsed.TotalMilliseconds - before;
        }
        catch (NotImplementedException)
        {
            render = double.NaN;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"call {round}: read {read:0.0} ms, validate {validate:0.0} ms, render {render:0.0} ms"));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"in Main: {process.Elapsed.TotalMilliseconds:0.0} ms"));
    // Methods ReadyToRun did not cover (generic instantiations, lambdas, …) are compiled at start-up.
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"JIT: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0.0} ms"));
    return 0;
}

static int InProcess(string file, int iterations, int warmup)
{
    var bytes = File.ReadAllBytes(file);
    var validation = new ValidationOptions { Today = new DateOnly(2024, 6, 1) };
    var canRender = true;
    var read = new List<double>();
    var validate = new List<double>();
    var render = new List<double>();
    var total = new List<double>();
    long size = 0;

    var cpuAtStart = TimeSpan.Zero;
    var gcAtStart = 0;
    var gen2AtStart = 0;
    for (var i = 0; i < warmup + iterations; i++)
    {
        if (i == warmup)
        {
            cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
            gcAtStart = GC.CollectionCount(0);
            gen2AtStart = GC.CollectionCount(2);
        }

        var clock = Stopwatch.StartNew();
        var result = ReportReader.Read(file, bytes);
        var afterRead = clock.Elapsed.TotalMilliseconds;
        var diagnostics = ReportValidator.Validate(result, null, validation);
        var afterValidate = clock.Elapsed.TotalMilliseconds;
        if (diagnostics.Any(d => d.IsError))
        {
            Console.Error.WriteLine($"{file} has errors; benchmark a valid input");
            return 1;
        }

        if (canRender)
        {
            try
            {
                using var output = new MemoryStream();
                DocxReportWriter.Write(result.Report!, output, new DocxOptions { Timestamp = DateTimeOffset.UnixEpoch });
                size = output.Length;
            }
            catch (NotImplementedException)
            {
                canRender = false;
                Console.Error.WriteLine("the .docx writer is not implemented in this build: timing read and validate only");
            }
        }

        var end = clock.Elapsed.TotalMilliseconds;
        if (i >= warmup)
        {
            read.Add(afterRead);
            validate.Add(afterValidate - afterRead);
            render.Add(end - afterValidate);
            total.Add(end);
        }
    }

    Console.WriteLine($"in-process, {iterations} iterations after {warmup} warm-up, {file} ({bytes.Length} bytes in, {size} bytes out)");
    Console.WriteLine("phase      mean ms  median ms   p95 ms   min ms");
    Print("read", read);
    Print("validate", validate);
    if (canRender)
    {
        Print("render", render);
    }

    Print("total", total);

    PrintThreads();

    // Processor time of the whole process (GC threads included) per iteration: steadier than wall time on a
    // machine shared with other work.
    var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart).TotalMilliseconds / iterations;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"processor time per iteration: {cpu:0.00} ms; collections: {GC.CollectionCount(0) - gcAtStart} (gen 2: {GC.CollectionCount(2) - gen2AtStart}); allocated per iteration: {GC.GetTotalAllocatedBytes() / (double)(warmup + iterations) / 1024:0} KiB"));
    return 0;
}

/// <summary>Which threads the processor time went to (the runtime's own threads are named), on Linux.</summary>
static void PrintThreads()
{
    if (!OperatingSystem.IsLinux())
    {
        return;
    }

    var threads = Directory.GetDirectories("/proc/self/task").Select(task =>
    {
        var stat = File.ReadAllText(Path.Combine(task, "stat"));
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return (Name: File.ReadAllText(Path.Combine(task, "comm")).Trim(), Ticks: ticks);
    }).Where(t => t.Ticks > 0).OrderByDescending(t => t.Ticks);
    Console.WriteLine("threads (whole run, 10 ms ticks): " + string.Join(", ", threads.Select(t => $"{t.Name} {t.Ticks}")));
}

static void Print(string phase, List<double> samples)
{
    var sorted = samples.Order().ToList();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{phase,-9} {samples.Average(),8:0.000} {sorted[sorted.Count / 2],10:0.000} {sorted[(int)(sorted.Count * 0.95)],8:0.000} {sorted[0],8:0.000}"));
}
