using System.Globalization;
using System.Text;
using ReportGen.Core.Diagnostics;

namespace ReportGen.Tests.Hostile;

/// <summary>
/// What every finding about any input must be, however hostile the input: a rule the catalog knows, with
/// its severity; a place inside the file (or 0:0 for the file as a whole); a non-empty, one-line Chinese
/// message of bounded length. Shared by the property tests and the fuzzer.
/// </summary>
public static class FindingInvariants
{
    /// <summary>Reading never keeps more than this many findings; the rules add a bounded few.</summary>
    public const int MaxFindings = DiagnosticBag.MaxItems + 1 + 200;

    /// <summary>What is wrong with the findings about <paramref name="input"/>; empty when all is well.</summary>
    public static IReadOnlyList<string> Violations(ReadOnlySpan<byte> input, IReadOnlyList<Diagnostic> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var problems = new List<string>();
        if (findings.Count > MaxFindings)
        {
            problems.Add($"{findings.Count} findings, more than {MaxFindings}");
        }

        var lines = Lines(input);
        foreach (var d in findings)
        {
            var where = $"{d.RuleId} at {d.Line}:{d.Column}";
            var rule = RuleCatalog.All.FirstOrDefault(r => r.Id == d.RuleId);
            if (rule is null)
            {
                problems.Add($"{where}: rule id not in RuleCatalog.All");
            }
            else if (rule.Severity != d.Severity)
            {
                problems.Add($"{where}: severity {d.Severity}, the rule's is {rule.Severity}");
            }

            if (string.IsNullOrWhiteSpace(d.Message) || !d.Message.Any(IsChinese))
            {
                problems.Add($"{where}: message is not Chinese: \"{d.Message}\"");
            }

            if (d.Message.Contains('\n', StringComparison.Ordinal) || d.Message.Contains('\r', StringComparison.Ordinal)
                || d.Message.Length > DiagnosticText.MaxMessageLength + 1)
            {
                problems.Add($"{where}: message is not one bounded line ({d.Message.Length} characters)");
            }

            if (d.Line < 0 || d.Column < 0 || (d.Line == 0) != (d.Column == 0))
            {
                problems.Add($"{where}: not a position");
            }
            else if (d.Line > 0 && !lines.Contains(d.Line, d.Column))
            {
                problems.Add($"{where}: outside the file ({lines})");
            }
        }

        return problems;
    }

    private static bool IsChinese(char c) => c is >= '\u4E00' and <= '\u9FFF';

    /// <summary>The file's lines as the reader sees them, when its encoding is plain; else bounds from its bytes.</summary>
    private static LineBounds Lines(ReadOnlySpan<byte> input)
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        string? text = null;
        try
        {
            text = input.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? strict.GetString(input[3..])
                : input.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? Encoding.Unicode.GetString(input[2..])
                : input.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? Encoding.BigEndianUnicode.GetString(input[2..])
                : strict.GetString(input);
        }
        catch (DecoderFallbackException)
        {
        }

        // Line breaks as YAML and editors count them: CR LF, LF, or a lone CR.
        return text is not null
            ? new LineBounds([.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r').Select(l => l.Length)], 0)
            : new LineBounds(null, input.Length) { ByteLines = input.Count((byte)'\n') + input.Count((byte)'\r') + 1 };
    }

    /// <summary>Each line's length in characters; or, for other encodings, only how many lines and bytes.</summary>
    private sealed record LineBounds(int[]? Lengths, int Bytes)
    {
        public int ByteLines { get; init; }

        // A position may stand just past a line's last character (a missing value, the end of the file).
        public bool Contains(int line, int column) => Lengths is not null
            ? line <= Lengths.Length && column <= Lengths[line - 1] + 1
            : line <= ByteLines && column <= Bytes + 1;

        public override string ToString() => Lengths is not null
            ? Lengths.Length.ToString(CultureInfo.InvariantCulture) + " lines"
            : ByteLines.ToString(CultureInfo.InvariantCulture) + " lines of bytes";
    }
}
