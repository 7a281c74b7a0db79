namespace ReportGen.Core.Rendering.Docx;

/// <summary>GB/T 9704 page and type sizes in Open XML units (docs/typesetting.md): twips, and half-points for w:sz.</summary>
internal static class PageGeometry
{
    public const int PageWidth = 11906;
    public const int PageHeight = 16838;
    public const int MarginTop = 2098;
    public const int MarginBottom = 1984;
    public const int MarginLeft = 1587;
    public const int MarginRight = 1474;
    public const int HeaderDistance = 851;

    /// <summary>Page number line 7 mm below the text block: 35 mm − 7 mm − one 四号 line (≈ 6.4 mm) ≈ 22 mm
    /// from the page edge.</summary>
    public const int FooterDistance = 1247;

    /// <summary>The 156 mm text block (the margins leave 8845 twips; tables take the nominal 156 mm).</summary>
    public const int TextWidth = 8844;

    /// <summary>22 lines in the 225 mm text block (22 × 579 ≤ 12756; 580 would not fit).</summary>
    public const int LinePitch = 579;

    /// <summary>−0.25 pt per character, so that 28 三号 characters fill a line (8844 / 28 ≈ 315.9 twips).</summary>
    public const int BodyCharacterSpacing = -5;

    public const int SizeErHao = 44;
    public const int SizeSanHao = 32;
    public const int SizeSiHao = 28;
    public const int SizeXiaoSi = 24;
    public const int SizeWuHao = 21;

    /// <summary>Two 三号 characters: the first-line indent of body text and headings.</summary>
    public const int BodyIndent = 2 * SizeSanHao * 10;

    /// <summary>One 四号 character: how far the page number stands in from the margin.</summary>
    public const int PageNumberIndent = SizeSiHao * 10;
}
