using ReportGen.Core.Diagnostics;
using ReportGen.Core.Model;

namespace ReportGen.Core.Importing;

/// <summary>
/// What the extractor found in a published document: the report's data exactly as published (published totals
/// kept, so that validation reports the published arithmetic), what it could not read with certainty, and
/// where each value stands in the document.
/// </summary>
/// <param name="Report">The report, or null when the document is not a report of the 2021 format at all.</param>
public sealed record ImportResult(AnnualReport? Report, IReadOnlyList<ImportFinding> Findings, DocumentMap Map)
{
    public bool HasErrors => Findings.Any(f => f.IsError);
}
