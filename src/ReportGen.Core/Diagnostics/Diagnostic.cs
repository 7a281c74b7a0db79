namespace ReportGen.Core.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// A finding about an input file. Every output format (text, JSON, GitHub, SARIF) renders this one record.
/// Line and column are 1-based; 0 means "the file as a whole". A finding about a published document (.docx,
/// PDF, web page) has its <paramref name="Location"/> in the document (page, table, row, column, paragraph);
/// its line is then the page where known, else 0.
/// </summary>
public sealed record Diagnostic(
    string RuleId,
    Severity Severity,
    string File,
    int Line,
    int Column,
    string? YamlPath,
    string Message,
    string? Expected = null,
    string? Actual = null,
    Diagnostics.DocumentPosition? Location = null)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The place in a published document in a clerk's words (表格2 第5行 第4列), or null for a YAML input.</summary>
    public string? DocumentPlace => Location is { } location && location.Describe() is { Length: > 0 } place ? place : null;

    /// <summary>The same finding as an error (what <c>--strict</c> does to warnings).</summary>
    public Diagnostic AsError() => this with { Severity = Severity.Error };
}

/// <summary>A place in an input file.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public static readonly SourcePosition None = new(0, 0);
}
