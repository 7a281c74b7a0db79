using System.Text;
using ReportGen.Fuzz;

// A time-boxed, in-process fuzzer of ReportReader.Read + ReportValidator.Validate (fuzz/README.md).
Console.OutputEncoding = new UTF8Encoding(false);
if (FuzzOptions.Parse(args) is not { } options)
{
    Console.Error.WriteLine(FuzzOptions.Usage);
    return 2;
}

return options.Documents ? new DocumentFuzzer(options).Run()
    : options.Replay.Count > 0 ? new Fuzzer(options).Replay() : new Fuzzer(options).Run();
