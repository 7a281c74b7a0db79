using ReportGen.Core.Diagnostics;
using ReportGen.Core.Inputs;
using ReportGen.Core.Reading;
using ReportGen.Core.Validation;

namespace ReportGen.Core.Pipeline;

/// <summary>One input's outcome: what was read, every finding, or why it could not be read at all.</summary>
public sealed record FileResult(InputSource Source, ReadResult? Read, IReadOnlyList<Diagnostic> Diagnostics, string? ReadFailure = null)
{
    public bool IsUnreadable => ReadFailure is not null;
    public bool HasErrors => IsUnreadable || Diagnostics.Any(d => d.IsError);
    public int ErrorCount => Diagnostics.Count(d => d.IsError);
    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}

public sealed class ValidationRunOptions
{
    /// <summary>Last year's file given with <c>--previous</c>.</summary>
    public ReadResult? Previous { get; init; }

    /// <summary>Warnings count as errors.</summary>
    public bool Strict { get; init; }

    public int Jobs { get; init; } = Environment.ProcessorCount;

    public ValidationOptions Validation { get; init; } = new();

    /// <summary>Called as each file finishes (from worker threads), for progress.</summary>
    public Action<FileResult>? FileDone { get; init; }
}

/// <summary>
/// Reads and validates many inputs in parallel, and runs the cross-year rules between the reports of one
/// agency for consecutive years found among them.
/// </summary>
public static class ValidationRun
{
    public static IReadOnlyList<FileResult> Run(IReadOnlyList<InputSource> inputs, Func<InputSource, ReadResult> read, ValidationRunOptions options)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs) };
        var reads = new (ReadResult? Read, string? Failure)[inputs.Count];
        Parallel.For(0, inputs.Count, parallel, i =>
        {
            try
            {
                reads[i] = (read(inputs[i]), null);
            }
            catch (InputUnreadableException e)
            {
                reads[i] = (null, e.Reason);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A defect of ours must not end a batch of a thousand files: this file fails, the others go on.
                reads[i] = (null, InternalError(e));
            }
        });

        var previousOf = PairConsecutiveYears(reads.Select(r => r.Read).ToList(), options.Previous);
        var results = new FileResult[inputs.Count];
        Parallel.For(0, inputs.Count, parallel, i =>
        {
            var (readResult, failure) = reads[i];
            FileResult result;
            if (readResult is null)
            {
                result = new FileResult(inputs[i], null, [], failure);
            }
            else
            {
                result = Validate(inputs[i], readResult, previousOf[i], options);
            }

            results[i] = result;
            options.FileDone?.Invoke(result);
        });
        return results;
    }

    private static FileResult Validate(InputSource input, ReadResult read, ReadResult? previous, ValidationRunOptions options)
    {
        IReadOnlyList<Diagnostic> diagnostics;
        try
        {
            diagnostics = ReportValidator.Validate(read, previous, options.Validation);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new FileResult(input, null, [], InternalError(e));
        }

        if (options.Strict)
        {
            diagnostics = [.. diagnostics.Select(d => d.AsError())];
        }

        return new FileResult(input, read, diagnostics);
    }

    private static string InternalError(Exception e) =>
        $"ReportGen 内部错误（{e.GetType().Name}：{DiagnosticText.Clean(e.Message)}）：这是 ReportGen 的缺陷，不是您的错误。请把这个文件和这条消息发给维护者。";

    /// <summary>For each input, last year's report of the same agency among the inputs, or the --previous file.</summary>
    private static ReadResult?[] PairConsecutiveYears(List<ReadResult?> reads, ReadResult? explicitPrevious)
    {
        var byAgencyYear = reads
            .Where(r => r?.Report is { Agency.Length: > 0 })
            .GroupBy(r => (Agency: AgencyKey(r!.Report!.Agency), r!.Report!.Year))
            .ToDictionary(g => g.Key, g => g.First());
        var result = new ReadResult?[reads.Count];
        for (var i = 0; i < reads.Count; i++)
        {
            if (reads[i]?.Report is not { } report)
            {
                continue;
            }

            if (explicitPrevious?.Report?.Year == report.Year - 1)
            {
                result[i] = explicitPrevious;
            }
            else if (byAgencyYear.TryGetValue((AgencyKey(report.Agency), report.Year - 1), out var previous))
            {
                result[i] = previous;
            }
        }

        return result;
    }

    /// <summary>The same agency, however its name was spaced.</summary>
    public static string AgencyKey(string agency) =>
        string.Concat(agency.Where(c => !char.IsWhiteSpace(c)));
}
