namespace ReportGen.Core.Validation;

/// <summary>Rules about the prose and how it agrees with the tables: RG103, RG106, RG108.</summary>
public sealed class ProseRules : ReportRules
{
}
