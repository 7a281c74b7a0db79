using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Core.Rendering.Docx;

/// <summary>Runs and font declarations written the way Chinese documents need them.</summary>
internal static class Typeface
{
    /// <summary>
    /// Explicit names for every script and <c>w:hint="eastAsia"</c>, so that “ ” and — stay in the Chinese font;
    /// never theme attributes, which would override the names.
    /// </summary>
    public static RunFonts Fonts(string font) => new()
    {
        Hint = FontTypeHintValues.EastAsia,
        Ascii = font,
        HighAnsi = font,
        EastAsia = font,
        ComplexScript = font,
    };

    /// <summary>Run properties with direct fonts and size, so that text copied into another document keeps them.</summary>
    public static RunProperties RunProperties(string font, int halfPoints, int characterSpacing) => new()
    {
        RunFonts = Fonts(font),
        Spacing = new Spacing { Val = characterSpacing },
        FontSize = new FontSize { Val = Size(halfPoints) },
        FontSizeComplexScript = new FontSizeComplexScript { Val = Size(halfPoints) },
    };

    /// <summary>A run of text; without properties it takes everything from its paragraph's style.</summary>
    public static Run Run(string text, RunProperties? properties)
    {
        var content = new Text(text) { Space = SpaceProcessingModeValues.Preserve };
        return properties is null ? new Run(content) : new Run(properties, content);
    }

    public static string Size(int halfPoints) => halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static StringValue Twips(int twips) => new(twips.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
