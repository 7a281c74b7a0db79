using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Core.Format;
using static ReportGen.Core.Rendering.Docx.PageGeometry;

namespace ReportGen.Core.Rendering.Docx;

/// <summary>The text of the report: title, preface, headings, prose paragraphs, signature and date.</summary>
internal sealed class ProseWriter(FontSet fonts)
{
    /// <summary>成文日期右空四字 (GB/T 9704 7.3.5.2).</summary>
    private const int DateRightIndent = 4 * SizeSanHao * 10;

    /// <summary>The title in 方正小标宋简体 二号, its lines (already broken by meaning) separated by line breaks.</summary>
    public Paragraph Title(IReadOnlyList<string> lines)
    {
        var paragraph = new Paragraph(Style(StyleSheet.Title));
        for (var i = 0; i < lines.Count; i++)
        {
            var run = Typeface.Run(lines[i], Typeface.RunProperties(fonts.Title, SizeErHao, characterSpacing: 0));
            if (i > 0)
            {
                run.InsertAfter(new Break(), run.RunProperties);
            }

            paragraph.Append(run);
        }

        return paragraph;
    }

    /// <summary>
    /// A body paragraph: 仿宋_GB2312 三号, indented two characters, justified; flush left instead when it holds
    /// a long Latin word (<see cref="ChineseText.HasLongLatinWord"/>), so that the line before a web address
    /// or a phone number ends short rather than stretched. Full lines of Chinese fill the measure either way.
    /// </summary>
    public Paragraph Body(string text) => Body(text, ChineseText.HasLongLatinWord(text));

    /// <summary>A body paragraph, flush left when <paramref name="flushLeft"/> (for its template).</summary>
    public Paragraph Body(string text, bool flushLeft)
    {
        var paragraph = Paragraph(StyleSheet.Normal, fonts.Body, text);
        if (flushLeft)
        {
            paragraph.ParagraphProperties!.Justification = new Justification { Val = JustificationValues.Left };
        }

        return paragraph;
    }

    /// <summary>A level-1 heading, 一、… in 黑体.</summary>
    public Paragraph Heading(ReportSection section) => Paragraph(StyleSheet.Heading1, fonts.Heading, section.Heading);

    /// <summary>A level-2 heading, （一）… in 楷体_GB2312, its number already in front and no punctuation after.</summary>
    public Paragraph SubHeading(string numberedHeading) => Paragraph(StyleSheet.Heading2, fonts.SubHeading, numberedHeading);

    /// <summary>
    /// One blank line after the text, the agency centred over the date, the date four characters in from the
    /// right (GB/T 9704 7.3.5.2, for documents without a seal). Without a date, the agency alone, where the
    /// date would end.
    /// </summary>
    public IEnumerable<Paragraph> Signature(string agency, DateOnly? date)
    {
        yield return new Paragraph(Style(StyleSheet.Normal));
        if (date is not { } day)
        {
            yield return RightAligned(agency, DateRightIndent);
            yield break;
        }

        var dateText = ChineseText.Date(day);
        var offset = (int)Math.Round((ChineseText.Width(dateText) - ChineseText.Width(agency)) / 2 * SizeSanHao * 10);
        yield return RightAligned(agency, Math.Max(0, DateRightIndent + offset));
        yield return RightAligned(dateText, DateRightIndent);
    }

    private Paragraph RightAligned(string text, int rightIndent)
    {
        var properties = Style(StyleSheet.Normal);
        properties.Indentation = new Indentation { Right = Typeface.Twips(rightIndent), FirstLine = "0" };
        properties.Justification = new Justification { Val = JustificationValues.Right };
        return new Paragraph(properties, BodyRun(fonts.Body, text));
    }

    private static Paragraph Paragraph(string style, string font, string text) =>
        new(Style(style), BodyRun(font, text));

    private static Run BodyRun(string font, string text) =>
        Typeface.Run(text, Typeface.RunProperties(font, SizeSanHao, BodyCharacterSpacing));

    private static ParagraphProperties Style(string style) => new() { ParagraphStyleId = new ParagraphStyleId { Val = style } };
}
