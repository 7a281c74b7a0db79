using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static ReportGen.Core.Rendering.Docx.PageGeometry;

namespace ReportGen.Core.Rendering.Docx;

/// <summary>styles.xml and fontTable.xml: the GB/T 9704 text styles, with every font named explicitly.</summary>
internal static class StyleSheet
{
    public const string Normal = "Normal";
    public const string Title = "ReportTitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string TableText = "TableText";
    public const string TableHeading = "TableHeading";
    public const string Footer = "Footer";

    /// <summary>The size of the table styles (五号); a cell states its size only when it differs.</summary>
    public const int TableTextSize = SizeWuHao;

    /// <summary>Names Windows also knows these fonts by; Word and LibreOffice try them when the first is missing.</summary>
    private static readonly Dictionary<string, string> AlternateNames = new(StringComparer.Ordinal)
    {
        ["仿宋_GB2312"] = "FangSong_GB2312",
        ["楷体_GB2312"] = "KaiTi_GB2312",
        ["仿宋"] = "FangSong",
        ["楷体"] = "KaiTi",
        ["黑体"] = "SimHei",
        ["宋体"] = "SimSun",
        ["方正小标宋简体"] = "FZXiaoBiaoSong-B05S",
        ["方正小标宋_GBK"] = "FZXiaoBiaoSong-B05",
        ["微软雅黑"] = "Microsoft YaHei",
    };

    public static Styles Styles(FontSet fonts) => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                Typeface.Fonts(fonts.Body),
                new FontSize { Val = Typeface.Size(SizeSanHao) },
                new FontSizeComplexScript { Val = Typeface.Size(SizeSanHao) },
                new Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault()),
        ParagraphStyle(Normal, "Normal", basedOn: null, isDefault: true,
            new StyleParagraphProperties
            {
                WidowControl = new WidowControl(),
                // Word's default, written out because LibreOffice reads it inverted: without it LibreOffice hangs
                // a line-final "，" past the margin and, in justified text, drops it from the page.
                OverflowPunctuation = new OverflowPunctuation { Val = true },
                AutoSpaceDE = new AutoSpaceDE { Val = false },
                AutoSpaceDN = new AutoSpaceDN { Val = false },
                SpacingBetweenLines = ExactLines(),
                Indentation = new Indentation { FirstLine = Typeface.Twips(BodyIndent) },
                Justification = new Justification { Val = JustificationValues.Both },
            },
            StyleRun(fonts.Body, SizeSanHao, BodyCharacterSpacing)),
        ParagraphStyle(Title, "Title", Normal, isDefault: false,
            new StyleParagraphProperties
            {
                // Off the grid: a 二号 line is taller than one 28.95 pt grid line and would take two.
                SnapToGrid = new SnapToGrid { Val = false },
                SpacingBetweenLines = ExactLines(after: LinePitch),
                Indentation = new Indentation { FirstLine = "0" },
                Justification = new Justification { Val = JustificationValues.Center },
            },
            StyleRun(fonts.Title, SizeErHao, 0)),
        ParagraphStyle(Heading1, "heading 1", Normal, isDefault: false,
            new StyleParagraphProperties { KeepNext = new KeepNext(), OutlineLevel = new OutlineLevel { Val = 0 } },
            StyleRun(fonts.Heading, SizeSanHao, BodyCharacterSpacing)),
        ParagraphStyle(Heading2, "heading 2", Normal, isDefault: false,
            new StyleParagraphProperties { KeepNext = new KeepNext(), OutlineLevel = new OutlineLevel { Val = 1 } },
            StyleRun(fonts.SubHeading, SizeSanHao, BodyCharacterSpacing)),
        ParagraphStyle(TableText, "Table Text", Normal, isDefault: false, CompactParagraph(JustificationValues.Center),
            StyleRun(fonts.Body, TableTextSize, 0)),
        ParagraphStyle(TableHeading, "Table Heading", TableText, isDefault: false, new StyleParagraphProperties(),
            StyleRun(fonts.Heading, TableTextSize, 0)),
        ParagraphStyle(Footer, "footer", Normal, isDefault: false, CompactParagraph(JustificationValues.Right),
            StyleRun(fonts.PageNumber, SizeSiHao, 0)));

    /// <summary>Cell and footer paragraphs: off the 28.95 pt grid, single spacing, no indent.</summary>
    public static StyleParagraphProperties CompactParagraph(JustificationValues alignment) => new()
    {
        SnapToGrid = new SnapToGrid { Val = false },
        SpacingBetweenLines = SingleLines(),
        Indentation = new Indentation { FirstLine = "0" },
        Justification = new Justification { Val = alignment },
    };

    public static SpacingBetweenLines ExactLines(int after = 0) => new()
    {
        Before = "0",
        After = Typeface.Twips(after),
        Line = Typeface.Twips(LinePitch),
        LineRule = LineSpacingRuleValues.Exact,
    };

    public static SpacingBetweenLines SingleLines() => new()
    {
        Before = "0",
        After = "0",
        Line = "240",
        LineRule = LineSpacingRuleValues.Auto,
    };

    public static Fonts FontTable(FontSet fonts) =>
        new([.. new[] { fonts.Body, fonts.Title, fonts.Heading, fonts.SubHeading, fonts.PageNumber }
            .Distinct(StringComparer.Ordinal)
            .Select(FontEntry)]);

    private static Font FontEntry(string name)
    {
        var font = new Font { Name = name };
        if (AlternateNames.TryGetValue(name, out var alternate))
        {
            font.AltName = new AltName { Val = alternate };
        }

        // GB2312: tells Word the font covers simplified Chinese before it has looked at the font itself.
        font.FontCharSet = new FontCharSet { Val = "86" };
        font.FontFamily = new FontFamily { Val = FontFamilyValues.Auto };
        font.Pitch = new Pitch { Val = FontPitchValues.Variable };
        return font;
    }

    private static StyleRunProperties StyleRun(string font, int halfPoints, int characterSpacing) => new()
    {
        RunFonts = Typeface.Fonts(font),
        Spacing = new Spacing { Val = characterSpacing },
        FontSize = new FontSize { Val = Typeface.Size(halfPoints) },
        FontSizeComplexScript = new FontSizeComplexScript { Val = Typeface.Size(halfPoints) },
    };

    private static Style ParagraphStyle(
        string id, string name, string? basedOn, bool isDefault, StyleParagraphProperties paragraph, StyleRunProperties run)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, StyleName = new StyleName { Val = name } };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }

        if (basedOn is not null)
        {
            style.BasedOn = new BasedOn { Val = basedOn };
            style.NextParagraphStyle = new NextParagraphStyle { Val = Normal };
        }

        style.PrimaryStyle = new PrimaryStyle();
        style.StyleParagraphProperties = paragraph;
        style.StyleRunProperties = run;
        return style;
    }
}
