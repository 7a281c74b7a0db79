using ReportGen.Core.Diagnostics;
namespace ReportGen.Core.Importing;

/// <summary>
/// Something the importer could not read with certainty, at its place in the document: a blank cell read as 0
/// (warning), an unreadable cell, a missing row, a group printed as one row (errors), the 2019 format (error).
/// </summary>
public sealed record ImportFinding(Diagnostics.RuleDescriptor Rule, DocumentPosition Position, string Message, string? YamlPath = null)
{
    public bool IsError => Rule.Severity == Diagnostics.Severity.Error;
}
