using System.Buffers;
using ReportGen.Core.Diagnostics;

namespace ReportGen.Core.Reading;

/// <summary>
/// The agency name's safety rule: it becomes part of the title and of file names, so it may hold no path
/// separator, no character a file system refuses, and no "..".
/// </summary>
internal static class AgencyName
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create("/\\:*?\"<>|\n");

    /// <summary>The first unsafe part of <paramref name="name"/> as a message quotes it (“/”, “..”), or null when safe.</summary>
    public static string? UnsafePart(string name)
    {
        var bad = name.IndexOfAny(Unsafe);
        return bad >= 0 ? "“" + DiagnosticText.Quote(name[bad].ToString()) + "”"
            : name.Contains("..", StringComparison.Ordinal) ? "“..”"
            : null;
    }
}
