using ReportGen.Core.Diagnostics;
using ReportGen.Core.Inputs;
using ReportGen.Core.Model;
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

    /// <summary>This file's paragraphs that another agency's report of the run also has (RG113), for the summary.</summary>
    public IReadOnlyList<CopiedParagraph> CopiedParagraphs { get; init; } = [];
}

public sealed record ValidationRunOptions
{
    /// <summary>Last year's file given with <c>--previous</c>.</summary>
    public ReadResult? Previous { get; init; }

    /// <summary>Warnings count as errors.</summary>
    public bool Strict { get; init; }

    public int Jobs { get; init; } = Environment.ProcessorCount;

    public ValidationOptions Validation { get; init; } = new();

    /// <summary>Whether the rules across the agencies of the run (RG113, RG114's other agency) run; on by default.</summary>
    public bool AcrossAgencies { get; init; } = true;

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
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(options);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs) };

        // Each input is read and validated on its own (against --previous when that is its last year), and
        // then keeps only what the rest of the run needs: its report and findings, not the position of every
        // value, which was most of a batch's memory.
        var results = new FileResult[inputs.Count];
        FileResult ValidateOne(int i, (ReadResult? Read, string? Failure) input, Func<ReadResult, ReadResult?> previous) =>
            input.Read is null
                ? new FileResult(inputs[i], null, [], input.Failure)
                : Compact(Validate(inputs[i], input.Read, previous(input.Read), options));

        Parallel.For(0, inputs.Count, parallel, i =>
            results[i] = ValidateOne(i, ReadOne(inputs[i], read), r => LastYear(r, options.Previous)));

        // Inputs that hold last year's report of the same agency: validated again with it. Their positions
        // are needed to place the cross-year findings, so they are read again (standard input, which cannot
        // be, kept them). Rare: a batch holds one year, or a pair of years of a few agencies.
        var previousOf = PairConsecutiveYears([.. results.Select(r => r.Read)], options.Previous);
        var paired = Enumerable.Range(0, inputs.Count)
            .Where(i => previousOf[i] is not null && !ReferenceEquals(previousOf[i], options.Previous))
            .ToList();
        Parallel.ForEach(paired, parallel, i =>
            results[i] = ValidateOne(i, inputs[i].IsStandardInput ? (results[i].Read, null) : ReadOne(inputs[i], read), _ => previousOf[i]));

        // Copying between agencies can only be seen once every input is read.
        if (options.AcrossAgencies)
        {
            CrossAgencyPass.Apply(results, input => input.IsStandardInput ? null : ReadOne(input, read).Read, options.Strict);
        }

        if (options.FileDone is { } done)
        {
            foreach (var result in results)
            {
                done(result);
            }
        }

        return results;
    }

    private static (ReadResult? Read, string? Failure) ReadOne(InputSource input, Func<InputSource, ReadResult> read)
    {
        try
        {
            return (read(input), null);
        }
        catch (InputUnreadableException e)
        {
            return (null, e.Reason);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A defect of ours must not end a batch of a thousand files: this file fails, the others go on.
            return (null, InternalError(e));
        }
    }

    /// <summary>--previous, when it is the year before this report's.</summary>
    private static ReadResult? LastYear(ReadResult current, ReadResult? previous) =>
        previous?.Report?.Year is { } year && current.Report?.Year - 1 == year ? previous : null;

    /// <summary>The result without its source map, except for standard input, which cannot be read again.</summary>
    private static FileResult Compact(FileResult result) =>
        result.Read is { } read && !result.Source.IsStandardInput
            ? result with { Read = read with { Map = new SourceMap() } }
            : result;

    private static FileResult Validate(InputSource input, ReadResult read, ReadResult? previous, ValidationRunOptions options)
    {
        IReadOnlyList<Diagnostic> diagnostics;
        try
        {
            diagnostics = Importing.DocumentInput.Place(read, ReportValidator.Validate(read, previous, options.Validation));
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
            .GroupBy(r => (Agency: r!.Report!.AgencyKey, r!.Report!.Year))
            .ToDictionary(g => g.Key, g => g.First());
        var result = new ReadResult?[reads.Count];
        for (var i = 0; i < reads.Count; i++)
        {
            if (reads[i]?.Report is not { } report)
            {
                continue;
            }

            if (LastYear(reads[i]!, explicitPrevious) is { } given)
            {
                result[i] = given;
            }
            else if (byAgencyYear.TryGetValue((report.AgencyKey, report.Year - 1), out var previous))
            {
                result[i] = previous;
            }
        }

        return result;
    }
}
