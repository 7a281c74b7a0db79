using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static ReportGen.Core.Rendering.Docx.PageGeometry;

namespace ReportGen.Core.Rendering.Docx;

/// <summary>The page (A4, GB/T 9704 margins, 22-line grid), the settings and the page-number footers.</summary>
internal static class PageSetup
{
    /// <summary>Relationship ids of the two footers, fixed so that the output does not vary.</summary>
    public const string OddFooterId = "rIdFooterOdd";
    public const string EvenFooterId = "rIdFooterEven";

    private const string EmDash = "\u2014";

    public static SectionProperties Section() => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = OddFooterId },
        new FooterReference { Type = HeaderFooterValues.Even, Id = EvenFooterId },
        new PageSize { Width = (UInt32Value)(uint)PageWidth, Height = (UInt32Value)(uint)PageHeight },
        new PageMargin
        {
            Top = MarginTop,
            Right = (UInt32Value)(uint)MarginRight,
            Bottom = MarginBottom,
            Left = (UInt32Value)(uint)MarginLeft,
            Header = (UInt32Value)(uint)HeaderDistance,
            Footer = (UInt32Value)(uint)FooterDistance,
            Gutter = 0U,
        },
        new Columns { Space = "425" },
        // Lines only: with linesAndChars (Word's way to fit 28 characters) LibreOffice sets ~18 a line; the
        // character spacing in the body styles gives 28 in both.
        new DocGrid { Type = DocGridValues.Lines, LinePitch = LinePitch });

    public static Settings Settings() => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 420 },
        // Odd pages carry the number on the right, even pages on the left (GB/T 9704 7.5).
        new EvenAndOddHeaders(),
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(
            new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }));

    /// <summary><c>— 1 —</c> in 宋体 四号, one character in from the outer edge.</summary>
    public static Footer Footer(FontSet fonts, bool oddPage)
    {
        var paragraph = new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = StyleSheet.Footer },
            SnapToGrid = new SnapToGrid { Val = false },
            SpacingBetweenLines = StyleSheet.SingleLines(),
            Indentation = oddPage
                ? new Indentation { Right = Typeface.Twips(PageNumberIndent), FirstLine = "0" }
                : new Indentation { Left = Typeface.Twips(PageNumberIndent), FirstLine = "0" },
            Justification = new Justification { Val = oddPage ? JustificationValues.Right : JustificationValues.Left },
        };
        RunProperties Text() => Typeface.RunProperties(fonts.PageNumber, SizeSiHao, characterSpacing: 0);
        return new Footer(new Paragraph(
            paragraph,
            Typeface.Run(EmDash + " ", Text()),
            new Run(Text(), new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(Text(), new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(Text(), new FieldChar { FieldCharType = FieldCharValues.Separate }),
            Typeface.Run("1", Text()),
            new Run(Text(), new FieldChar { FieldCharType = FieldCharValues.End }),
            Typeface.Run(" " + EmDash, Text())));
    }
}
