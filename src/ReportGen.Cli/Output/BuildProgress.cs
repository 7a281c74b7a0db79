using System.Globalization;
using ReportGen.Core.Pipeline;

namespace ReportGen.Cli.Output;

/// <summary>
/// Progress of a build on standard error: a live <c>done/total</c> count on a terminal, one line per
/// file elsewhere (CI logs), nothing in the machine formats whose output is one document.
/// </summary>
internal sealed class BuildProgress(CliEnvironment environment, int total, OutputFormat format)
{
    // Clears the line the count was drawn on (carriage return, erase to end of line).
    private const string ClearLine = "\r\u001b[K";

    private readonly Lock _lock = new();
    private readonly bool _quiet = format is OutputFormat.Json or OutputFormat.Sarif;
    private int _done;
    private bool _counterShown;

    public void FileDone(BuildFileResult result)
    {
        if (_quiet)
        {
            return;
        }

        lock (_lock)
        {
            _done++;
            if (environment.ErrorIsTerminal)
            {
                environment.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\r生成报告 {_done}/{total}"));
                environment.Error.Flush();
                _counterShown = true;
            }
            else
            {
                environment.Error.WriteLine(Line(result));
            }
        }
    }

    /// <summary>Removes the live count before the findings are printed.</summary>
    public void Finish()
    {
        lock (_lock)
        {
            if (_counterShown)
            {
                environment.Error.Write(ClearLine);
                _counterShown = false;
            }
        }
    }

    public static string Line(BuildFileResult result)
    {
        var input = result.Source.DisplayName;
        if (result.Written)
        {
            return "已生成 " + result.OutputDisplay;
        }

        if (result.WriteFailed)
        {
            // The reason follows once, with the findings.
            return $"未生成 {input}：{result.OutputDisplay} 未能写入，原因见下";
        }

        var validation = result.Validation;
        return validation.IsUnreadable
            ? $"未生成 {input}：无法读取文件"
            : string.Create(CultureInfo.InvariantCulture, $"未生成 {input}：{validation.ErrorCount} 个错误");
    }
}
