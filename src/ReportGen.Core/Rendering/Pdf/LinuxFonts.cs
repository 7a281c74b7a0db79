using System.Diagnostics;

namespace ReportGen.Core.Rendering;

/// <summary>
/// The closest fonts Debian serves for each role of an official document, for servers without the government
/// fonts: Fandol (texlive-lang-chinese) first, then AR PL (fonts-arphic-ukai/uming), WenQuanYi and Noto CJK.
/// </summary>
public static class LinuxFonts
{
    /// <summary>Candidates per role, closest first (a role keeps its font when that one is installed).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Candidates { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["title"] = ["FandolSong", "Noto Serif CJK SC", "AR PL UMing CN"],
        ["body"] = ["FandolFang", "AR PL UMing CN", "Noto Serif CJK SC"],
        ["heading"] = ["FandolHei", "WenQuanYi Zen Hei", "Noto Sans CJK SC"],
        ["subheading"] = ["FandolKai", "AR PL UKai CN", "AR PL KaitiM GB", "Noto Serif CJK SC"],
        ["page-number"] = ["FandolSong", "AR PL UMing CN", "Noto Serif CJK SC"],
    };

    private static readonly Lazy<HashSet<string>?> Installed = new(ReadInstalled);

    /// <summary>
    /// Each role's font if installed, else its first installed candidate; unchanged where fontconfig cannot be
    /// asked (Windows, macOS: the government fonts are usually there).
    /// </summary>
    public static FontSet Resolve(FontSet fonts) => Resolve(fonts, Installed.Value);

    public static FontSet Resolve(FontSet fonts, ISet<string>? installed)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        if (installed is null)
        {
            return fonts;
        }

        foreach (var role in FontSet.Roles)
        {
            var current = Font(fonts, role);
            if (!installed.Contains(current) && Candidates[role].FirstOrDefault(installed.Contains) is { } closest)
            {
                fonts = fonts.With(role, closest)!;
            }
        }

        return fonts;
    }

    public static string Font(FontSet fonts, string role) => role switch
    {
        "title" => fonts.Title,
        "body" => fonts.Body,
        "heading" => fonts.Heading,
        "subheading" => fonts.SubHeading,
        "page-number" => fonts.PageNumber,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "unknown role"),
    };

    /// <summary>Installed families from <c>fc-list : family</c> (every name of a family, comma-separated per line).</summary>
    private static HashSet<string>? ReadInstalled()
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        try
        {
            var start = new ProcessStartInfo("fc-list", ": family") { RedirectStandardOutput = true, UseShellExecute = false };
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return [.. text.Split('\n').SelectMany(line => line.Split(',')).Select(name => name.Trim()).Where(name => name.Length > 0)];
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
