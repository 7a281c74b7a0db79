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
    public required IReportRenderer Renderer { get; init; }

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
        var protectedPaths = options.PreviousPath is null ? [] : new[] { options.PreviousPath };
        var outputs = BuildPlan.OutputPaths(inputs, options.Target, options.Renderer.Extension, options.CurrentDirectory, protectedPaths);
        var shown = outputs.Select(o => BuildPlan.Show(o, options.CurrentDirectory)).ToArray();
        if ((options.Target.Folder ?? Path.GetDirectoryName(options.Target.File)) is { } folder)
        {
            CreateFolder(folder, options.CurrentDirectory);
        }

        var index = inputs.Select((input, i) => (input, i)).ToDictionary(p => p.input, p => p.i);
        var validation = options.Validation;
        var validations = ValidationRun.Run(inputs, read, new ValidationRunOptions
        {
            Previous = validation.Previous,
            Strict = validation.Strict,
            Jobs = validation.Jobs,
            Validation = validation.Validation,
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
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, validation.Jobs) };
        Parallel.For(0, inputs.Count, parallel, i =>
        {
            if (validations[i].HasErrors)
            {
                results[i] = new BuildFileResult(validations[i], outputs[i], shown[i], Written: false);
                return;
            }

            results[i] = Write(validations[i], outputs[i], shown[i], options.Renderer);
            options.FileDone?.Invoke(results[i]);
        });
        return results;
    }

    private static BuildFileResult Write(FileResult validation, string output, string shown, IReportRenderer renderer)
    {
        var report = validation.Read!.Report!;
        try
        {
            AtomicFile.Write(output, stream => renderer.Render(report, stream), shown);
            return new BuildFileResult(validation, output, shown, Written: true);
        }
        catch (OutputUnwritableException e)
        {
            return new BuildFileResult(validation, output, shown, Written: false, e.Message);
        }
#pragma warning disable CA1031 // A renderer defect in one report must not stop the batch; it is reported for that file.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new BuildFileResult(validation, output, shown, Written: false, $"无法生成 {shown}：{e.Message}（这是 reportgen 的缺陷，请把输入文件和这条消息报告给维护者）");
        }
    }

    private static void CreateFolder(string folder, string currentDirectory)
    {
        var shown = BuildPlan.Show(folder, currentDirectory);
        if (File.Exists(folder))
        {
            throw new OutputUnwritableException(shown, "这是一个已存在的文件，不是文件夹；请用 -o 指定一个文件夹。");
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
