namespace ReportGen.Cli;

/// <summary>The exit codes, as README.md documents them (ReadmeTests keeps the two in step).</summary>
public static class ExitCodes
{
    /// <summary>Everything valid and written (warnings allowed unless --strict).</summary>
    public const int Success = 0;

    /// <summary>At least one input has errors; the others were still processed.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command could not run: bad usage, an unreadable input, an unwritable output.</summary>
    public const int CannotRun = 2;
}
