namespace ReportGen.Core.Format;

/// <summary>
/// The bounds a value of the input may take. They belong to the format (the reader enforces them, the
/// template, the reference and the JSON Schema explain them), so they live here and nowhere else.
/// </summary>
public static class InputLimits
{
    /// <summary>No agency handles a billion of anything in a year: larger counts are typos.</summary>
    public const long MaxCount = 999_999_999;

    public const decimal MaxFee = 999_999_999m;
    public const int MaxFeeDecimals = 6;

    /// <summary>A paragraph longer than this is a paste accident, not prose.</summary>
    public const int MaxParagraphLength = 10_000;

    /// <summary>A one-line value (a name, a title, a heading, an address) longer than this is a paste accident.</summary>
    public const int MaxLineLength = 200;
}
