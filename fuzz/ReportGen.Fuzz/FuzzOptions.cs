using System.Globalization;

namespace ReportGen.Fuzz;

/// <summary>The command line of the fuzzer.</summary>
internal sealed record FuzzOptions(double Seconds, int Seed, int MaxMilliseconds, string OutputDirectory, IReadOnlyList<string> Replay, bool Documents = false)
{
    public const string Usage = """
        usage: dotnet run --project fuzz/ReportGen.Fuzz -c Release -- [--seconds N] [--seed N] [--max-ms N] [--out DIR]
               dotnet run --project fuzz/ReportGen.Fuzz -c Release -- --replay FILE...
          --seconds N   how long to fuzz (default 60)
          --seed N      the random seed (default: from the clock; printed, to reproduce a run)
          --max-ms N    the longest one input may take to read and validate (default 2000)
          --out DIR     where a failing input is saved (default artifacts/fuzz)
          --replay      run the given files once each (e.g. a saved failing input) and report
          --documents   fuzz the published-document readers (.docx, .html, .pdf, .txt) and the extractor instead
        """;

    public static FuzzOptions? Parse(string[] args)
    {
        var options = new FuzzOptions(60, Environment.TickCount & int.MaxValue, 2000, Path.Combine("artifacts", "fuzz"), []);
        var replay = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            string? Value() => i + 1 < args.Length ? args[++i] : null;
            switch (args[i])
            {
                case "--seconds" when double.TryParse(Value(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0:
                    options = options with { Seconds = seconds };
                    break;
                case "--seed" when int.TryParse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed):
                    options = options with { Seed = seed };
                    break;
                case "--max-ms" when int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max > 0:
                    options = options with { MaxMilliseconds = max };
                    break;
                case "--out" when Value() is { } directory:
                    options = options with { OutputDirectory = directory };
                    break;
                case "--documents":
                    options = options with { Documents = true };
                    break;
                case "--replay":
                    replay.AddRange(args.Skip(i + 1));
                    i = args.Length;
                    break;
                default:
                    return null;
            }
        }

        return options with { Replay = replay };
    }
}
