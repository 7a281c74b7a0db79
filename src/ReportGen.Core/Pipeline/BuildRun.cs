using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using ReportGen.Core.Inputs;
using ReportGen.Core.Output;
using ReportGen.Core.Reading;
using ReportGen.Core.Rendering;

namespace ReportGen.Core.Pipeline;

/// <summary>One input's outcome in a build: its validation, where its report goes, and whether it was written.</summary>
public sealed record BuildFileResult(FileResult Validation, string OutputPath, string OutputDisplay, bool Written, string? WriteFailure = null)
{
    public InputSource Source => Validation.Source;

    /// <summary>The input was valid but its report could not be written (exit 2).</summary>
    public bool WriteFailed => WriteFailure is not null;
}

public sealed class BuildRunOptions
{
    /// <summary>The one kind of output (the .docx by default): shorthand for <see cref="Renderers"/> with one renderer.</summary>
    public IReportRenderer Renderer
    {
        get => Renderers[0];
        init => Renderers = [value];
    }

    /// <summary>Every output of each valid input (<c>--to docx,html</c>), each with its own extension, side by side.</summary>
    public IReadOnlyList<IReportRenderer> Renderers { get; init; } = [];

    public BuildTarget Target { get; init; } = BuildTarget.NextToInputs;

    /// <summary>Where relative paths are shown from, and where a report from standard input goes by default.</summary>
    public required string CurrentDirectory { get; init; }

    /// <summary>How inputs are read and validated (<c>--previous</c>, <c>--strict</c>: warnings count as errors, so such an input gets no report; <c>--jobs</c>).</summary>
    public ValidationRunOptions Validation { get; init; } = new();

    /// <summary>The <c>--previous</c> file's full path, protected from being overwritten like the inputs.</summary>
    public string? PreviousPath { get; init; }

    /// <summary>Called as each input is finished (from worker threads), for progress.</summary>
    public Action<BuildFileResult>? FileDone { get; init; }
}

/// <summary>
/// <c>reportgen build</c> without the console: plan every output path (refusing collisions before
/// anything is written), read and validate all inputs in parallel with cross-year pairing, then render
/// each valid input in parallel and write it atomically. One bad input never stops the others.
/// </summary>
public static class BuildRun
{
    /// <summary>
    /// Runs the build. Throws <see cref="OutputConflictException"/> (nothing written) or
    /// <see cref="OutputUnwritableException"/> when the output folder cannot be created; per-input
    /// failures are in the results instead.
    /// </summary>
    public static IReadOnlyList<BuildFileResult> Run(IReadOnlyList<InputSource> inputs, Func<InputSource, ReadResult> read, BuildRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Renderers.Count == 0)
        {
            throw new ArgumentException("at least one renderer", nameof(options));
        }

        var protectedPaths = options.PreviousPath is null ? [] : new[] { options.PreviousPath };
        // Every kind planned the same way; outputs of different kinds differ by their extension.
        var outputsByKind = options.Renderers
            .Select(r => BuildPlan.OutputPaths(inputs, options.Target.WithExtension(r.Extension), r.Extension, options.CurrentDirectory, protectedPaths))
            .ToArray();
        var outputs = outputsByKind[0];
        var shown = Enumerable.Range(0, inputs.Count)
            .Select(i => string.Join("、", outputsByKind.Select(o => BuildPlan.Show(o[i], options.CurrentDirectory))))
            .ToArray();
        if ((options.Target.Folder ?? Path.GetDirectoryName(options.Target.File)) is { } folder)
        {
            CreateFolder(folder, options.Target.Folder ?? options.Target.File!, options.CurrentDirectory);
        }

        foreach (var (renderer, paths) in options.Renderers.Zip(outputsByKind))
        {
            RemoveStaleTemporaryFiles(inputs, paths, renderer.Extension, options);
        }

        var index = inputs.Select((input, i) => (input, i)).ToDictionary(p => p.input, p => p.i);
        var validation = options.Validation;
        var validations = ValidationRun.Run(inputs, read, validation with
        {
            FileDone = result =>
            {
                // An input with errors is finished now; a valid one when its report is written.
                if (result.HasErrors)
                {
                    var i = index[result.Source];
                    options.FileDone?.Invoke(new BuildFileResult(result, outputs[i], shown[i], Written: false));
                }
            },
        });

        var results = new BuildFileResult[inputs.Count];
        Render(validations, outputsByKind, shown, options, results);

        // Each report was flushed before its rename; the renames themselves become durable here, once per
        // folder rather than once per report (a flush costs about a millisecond).
        foreach (var written in results.Where(r => r.Written).Select(r => Path.GetDirectoryName(r.OutputPath)!).Distinct(BuildPlan.PathComparer))
        {
            AtomicFile.FlushFolder(written);
        }

        return results;
    }

    /// <summary>
    /// Renders valid inputs on <c>--jobs</c> threads into memory and hands each document to writer tasks.
    /// Writing waits on the disk (the flush before the rename), not the processor, so doing it apart keeps
    /// every core rendering meanwhile; the bounded queue keeps only a few documents in memory.
    /// </summary>
    private static void Render(IReadOnlyList<FileResult> validations, IReadOnlyList<string>[] outputsByKind, string[] shown, BuildRunOptions options, BuildFileResult[] results)
    {
        var outputs = outputsByKind[0];
        var jobs = Math.Max(1, options.Validation.Jobs);
        var queue = Channel.CreateBounded<(int Index, byte[][] Documents)>(new BoundedChannelOptions(4 * jobs) { SingleWriter = false });

        void Done(int i, BuildFileResult result)
        {
            results[i] = result;
            options.FileDone?.Invoke(result);
        }

        // A writer keeps draining the queue whatever happens, or the renderers would wait on it forever.
        var writerFailures = new ConcurrentQueue<Exception>();
        var writers = Enumerable.Range(0, WriterCount).Select(_ => Task.Run(async () =>
        {
            await foreach (var (i, documents) in queue.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                try
                {
                    Done(i, Write(validations[i], [.. outputsByKind.Select(o => o[i])], shown[i], options.CurrentDirectory, documents));
                }
#pragma warning disable CA1031 // Rethrown below, once the queue is drained.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    writerFailures.Enqueue(e);
                }
            }
        })).ToArray();

        try
        {
            Parallel.For(0, validations.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, i =>
            {
                if (validations[i].HasErrors)
                {
                    results[i] = new BuildFileResult(validations[i], outputs[i], shown[i], Written: false);
                    return;
                }

                if (RenderToMemory(validations[i], shown[i], options.Renderers, out var failure) is { } documents)
                {
                    queue.Writer.WriteAsync((i, documents)).AsTask().GetAwaiter().GetResult();
                }
                else
                {
                    Done(i, new BuildFileResult(validations[i], outputs[i], shown[i], Written: false, failure));
                }
            });
        }
        finally
        {
            queue.Writer.Complete();
            Task.WaitAll(writers);
        }

        if (writerFailures.TryPeek(out var failure))
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    /// <summary>Two writers: while one waits for its flush, the other writes the next document.</summary>
    private const int WriterCount = 2;

    private static byte[][]? RenderToMemory(FileResult validation, string shown, IReadOnlyList<IReportRenderer> renderers, out string? failure)
    {
        try
        {
            var documents = new byte[renderers.Count][];
            for (var k = 0; k < renderers.Count; k++)
            {
                using var document = new MemoryStream();
                renderers[k].Render(validation.Read!.Report!, document);
                documents[k] = document.ToArray();
            }

            failure = null;
            return documents;
        }
        catch (RenderToolException e)
        {
            failure = $"无法生成 {shown}：{e.Message}";
            return null;
        }
#pragma warning disable CA1031 // A renderer defect in one report must not stop the batch; it is reported for that file.
        catch (Exception e)
#pragma warning restore CA1031
        {
            failure = $"无法生成 {shown}：{e.Message}（这是 reportgen 的缺陷，请把输入文件和这条消息报告给维护者）";
            return null;
        }
    }

    /// <summary>Writes an input's outputs, each atomically; the input counts as written when all of them are.</summary>
    private static BuildFileResult Write(FileResult validation, string[] outputs, string shown, string currentDirectory, byte[][] documents)
    {
        try
        {
            for (var k = 0; k < outputs.Length; k++)
            {
                AtomicFile.Write(outputs[k], documents[k], BuildPlan.Show(outputs[k], currentDirectory), flushFolder: false);
            }

            return new BuildFileResult(validation, outputs[0], shown, Written: true);
        }
        catch (OutputUnwritableException e)
        {
            return new BuildFileResult(validation, outputs[0], shown, Written: false, e.Message);
        }
    }

    /// <summary>
    /// The temporary files a killed run left in the folders this run writes to (the kill leaves them under
    /// hidden names, never a partial report under a final name); only those over an hour old, so that another
    /// run writing the same folder at this moment keeps its own.
    /// </summary>
    private static void RemoveStaleTemporaryFiles(IReadOnlyList<InputSource> inputs, IReadOnlyList<string> outputs, string extension, BuildRunOptions options)
    {
        var keep = inputs.Where(i => !i.IsStandardInput).Select(i => i.FullPath!)
            .Concat(options.PreviousPath is null ? [] : [options.PreviousPath])
            .ToHashSet(BuildPlan.PathComparer);
        foreach (var folder in outputs.Select(o => Path.GetDirectoryName(o)!).Distinct(BuildPlan.PathComparer))
        {
            AtomicFile.RemoveStaleTemporaryFiles(folder, extension, keep);
        }
    }

    /// <summary>Creates the folder of <c>-o</c> (<paramref name="target"/>: the folder itself, or the one report's file).</summary>
    private static void CreateFolder(string folder, string target, string currentDirectory)
    {
        var shown = BuildPlan.Show(target, currentDirectory);
        if (AtomicFile.FileInTheWay(folder) is { } file)
        {
            throw new OutputUnwritableException(shown, file == target
                ? "这是一个已存在的文件，不是文件夹；请用 -o 指定一个文件夹。"
                : $"{BuildPlan.Show(file, currentDirectory)} 是一个文件，不是文件夹；请用 -o 指定别的输出文件夹。");
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputUnwritableException(shown, "无法创建输出文件夹：" + AtomicFile.Reason(e), e);
        }
    }
}
