using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Format;
using ReportGen.Core.Model;
using ReportGen.Core.Rendering;

namespace ReportGen.Core.Importing;

/// <summary>
/// Finds the report in a published document by the format catalog's labels, whatever the file format was:
/// agency and year from the title, contact details from the preface, prose by its headings, and every figure
/// of the three tables by its row's label (never by a line or row number). What it cannot read with certainty
/// is a finding at its place, never a guess; figures are kept exactly as published, wrong totals included.
/// </summary>
public static partial class ReportExtractor
{
    public static ImportResult Extract(PublishedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new Extraction(document).Run();
    }

    /// <summary>A title: anything, then the year, then 年（度）政府信息公开工作年度报告, spaces anywhere.</summary>
    [GeneratedRegex(@"^(?<agency>.*?)(?<year>\d{4})年度?政府信息公开工作年度报告$")]
    internal static partial Regex TitlePattern();

    /// <summary>A page number or running footer on a line of its own: -3-, — 3 —, 第3页, 第 3 页 共 6 页, 3/6.</summary>
    [GeneratedRegex(@"^(?:[-—–－]*\d{1,4}[-—–－]*|第\d{1,4}页(?:共\d{1,4}页)?|\d{1,4}/\d{1,4})$")]
    internal static partial Regex PageNumber();

    /// <summary>A section heading: 一、… (or 一. / 一．).</summary>
    [GeneratedRegex(@"^(?<n>[一二三四五六七八九十])[、.,](?<rest>.*)$")]
    internal static partial Regex SectionHeading();

    /// <summary>A sub-heading: （一）…, with either kind of bracket.</summary>
    [GeneratedRegex(@"^[（(](?<n>[一二三四五六七八九十]{1,3})[）)](?<rest>.*)$")]
    internal static partial Regex SubHeading();

    /// <summary>The date under the signature: 2024年1月20日.</summary>
    [GeneratedRegex(@"^(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})日$")]
    internal static partial Regex DateLine();

    [GeneratedRegex(@"从(?<name>[^（(，。]*?)[（(]<?(?<url>(?:https?://)?[A-Za-z0-9.\-_/:%?=&#~]+?)>?[）)]下载")]
    internal static partial Regex WebsiteWithUrl();

    [GeneratedRegex(@"从(?<name>[^（(，。]+?)下载")]
    internal static partial Regex WebsiteOnly();

    [GeneratedRegex(@"请与(?<office>[^（(，。]+?)联系")]
    internal static partial Regex Office();

    [GeneratedRegex(@"地址[：:]\s*(?<v>[^，,；;）)。]+)")]
    internal static partial Regex Address();

    [GeneratedRegex(@"邮[编政编码]+[：:]\s*(?<v>\d{6})")]
    internal static partial Regex Postcode();

    [GeneratedRegex(@"电话[：:]\s*(?<v>[0-9０-９()（）\-－ ]{5,}[0-9０-９])")]
    internal static partial Regex Phone();
}

/// <summary>One extraction: the document's blocks walked once, findings and positions gathered as it goes.</summary>
internal sealed class Extraction(PublishedDocument document)
{
    private static readonly ProactiveTableSpec ProactiveSpec = FormatCatalog.ProactiveTable;
    private static readonly RequestTableSpec RequestSpec = FormatCatalog.RequestTable;
    private static readonly ReviewTableSpec ReviewSpec = FormatCatalog.ReviewTable;

    /// <summary>Key words that tell the six sections' headings apart, as published headings vary
    /// (二、主动公开商务和科技局信息情况; 三、收到和处理信息公开申请情况).</summary>
    private static readonly (ReportSection Section, string[] Words)[] SectionWords =
    [
        (FormatCatalog.Overview, ["总体"]),
        (FormatCatalog.Proactive, ["主动公开"]),
        (FormatCatalog.Requests, ["申请"]),
        (FormatCatalog.Reviews, ["复议", "诉讼"]),
        (FormatCatalog.Problems, ["问题", "改进"]),
        (FormatCatalog.OtherMatters, ["其他", "事项"]),
    ];

    /// <summary>A heading is short; a longer paragraph that starts with 一、 is prose.</summary>
    private const int MaxHeadingLength = 40;

    private readonly List<ImportFinding> _findings = [];
    private readonly DocumentMap _map = new();
    private readonly AnnualReport _report = new();

    public ImportResult Run()
    {
        if (TrialFormat() is { } trial)
        {
            _findings.Add(new ImportFinding(RuleCatalog.UnsupportedFormat, trial.Position,
                $"这是 2019 年试行格式（{FormatCatalog.TrialNoticeNumber}）的报告（有“{trial.Label}”）：只支持 {FormatCatalog.NoticeNumber} 格式（2021 年度起），不能导入。",
                "format"));
            return new ImportResult(null, _findings, _map);
        }

        var titleIndex = Title();
        var sections = Sections(titleIndex);
        Preface(titleIndex, sections);
        Tables(sections);
        _report.Overview = Prose(FormatCatalog.Overview, sections);
        _report.Problems = Prose(FormatCatalog.Problems, sections);
        _report.OtherMatters = Prose(FormatCatalog.OtherMatters, sections);
        return new ImportResult(_report, _findings, _map);
    }

    private void Error(DocumentPosition position, string? path, string message) =>
        _findings.Add(new ImportFinding(RuleCatalog.ImportUncertain, position, message, path));

    private void Warning(DocumentPosition position, string? path, string message) =>
        _findings.Add(new ImportFinding(RuleCatalog.ImportBlankCell, position, message, path));

    // ---------------------------------------------------------------- the 2019 format

    private (string Label, DocumentPosition Position)? TrialFormat()
    {
        var labels = FormatCatalog.TrialFormatLabels.Select(l => (Label: l, Key: LabelText.Key(l))).ToArray();
        foreach (var (text, position) in AllTexts())
        {
            var key = LabelText.Key(text);
            foreach (var label in labels)
            {
                if (key.Contains(label.Key, StringComparison.Ordinal))
                {
                    return (label.Label, position);
                }
            }
        }

        return null;
    }

    private IEnumerable<(string Text, DocumentPosition Position)> AllTexts()
    {
        foreach (var block in document.Blocks)
        {
            if (block is TableBlock table)
            {
                foreach (var cell in table.Rows.SelectMany(r => r))
                {
                    yield return (cell.Text, cell.Position);
                }
            }
        }
    }

    // ---------------------------------------------------------------- title and preface

    /// <summary>The index of the title's (last) block, or -1. A title may be wrapped over two or three blocks.</summary>
    private int Title()
    {
        // A title on one block is preferred to one wrapped over two or three (a breadcrumb above it is not its start).
        var limit = Math.Min(document.Blocks.Count, 30);
        for (var width = 1; width <= 3; width++)
        {
            for (var i = 0; i + width <= limit; i++)
            {
                var joined = "";
                for (var j = i; j < i + width && document.Blocks[j] is TextBlock text; j++)
                {
                    joined += LabelText.Key(text.Text);
                }

                var match = ReportExtractor.TitlePattern().Match(joined);
                if (!match.Success)
                {
                    continue;
                }

                var position = document.Blocks[i].Position;
                var agency = match.Groups["agency"].Value;
                _report.Year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
                _report.Agency = agency;
                _map.Add("agency", position);
                _map.Add("year", position);
                _map.Add("title", position);
                if (agency.Length == 0)
                {
                    Error(position, "agency", "标题中没有机关名称：请在导入的文件中填写 agency。");
                }

                return i + width - 1;
            }
        }

        Error(document.Blocks.Count > 0 ? document.Blocks[0].Position : DocumentPosition.None, "agency",
            "找不到报告的标题（“××2023年政府信息公开工作年度报告”）：请在导入的文件中填写 agency 和 year。");
        return -1;
    }

    /// <summary>Paragraphs between the title and 一、总体情况: kept when they differ from the generated preface; contact details read from them.</summary>
    private void Preface(int titleIndex, List<SectionSpan> sections)
    {
        var end = sections.Count > 0 ? sections[0].HeadingIndex : document.Blocks.Count;
        var paragraphs = new List<(string Text, DocumentPosition Position)>();
        for (var i = titleIndex + 1; i < end; i++)
        {
            if (document.Blocks[i] is TextBlock { } text && Clean(text.Text) is { Count: > 0 } clean)
            {
                paragraphs.AddRange(clean.Select(p => (p, text.Position)));
            }
        }

        if (paragraphs.Count == 0)
        {
            return;
        }

        var joined = string.Concat(paragraphs.Select(p => p.Text));
        var contact = new Contact();
        if (ReportExtractor.WebsiteWithUrl().Match(joined) is { Success: true } site)
        {
            contact.WebsiteName = Trimmed(site.Groups["name"].Value);
            contact.Website = site.Groups["url"].Value;
        }
        else if (ReportExtractor.WebsiteOnly().Match(joined) is { Success: true } name)
        {
            contact.WebsiteName = Trimmed(name.Groups["name"].Value);
        }

        if (ReportExtractor.Office().Match(joined) is { Success: true } office && Trimmed(office.Groups["office"].Value) != _report.Agency)
        {
            contact.Office = Trimmed(office.Groups["office"].Value);
        }

        contact.Address = Found(ReportExtractor.Address());
        contact.Postcode = Found(ReportExtractor.Postcode());
        contact.Phone = Found(ReportExtractor.Phone());
        if (contact.WebsiteName is not null || contact.Website is not null || contact.Address is not null || contact.Postcode is not null || contact.Phone is not null || contact.Office is not null)
        {
            _report.Contact = contact;
            _map.Add("contact", paragraphs[0].Position);
        }

        // The preface is kept only when it is not what build would print from the same data: a report
        // made by this tool imports without one, a report written by hand keeps its words (and their errors).
        var published = paragraphs.Select(p => p.Text).ToList();
        if (!(published.Count == 1 && published[0] == PrefaceText.Generate(_report)))
        {
            _report.Preface = published;
            for (var i = 0; i < paragraphs.Count; i++)
            {
                _map.Add("preface[" + N(i) + "]", paragraphs[i].Position);
            }

            _map.Add("preface", paragraphs[0].Position);
        }

        string? Found(Regex pattern) => pattern.Match(joined) is { Success: true } m ? Trimmed(m.Groups["v"].Value) : null;
    }

    private static string? Trimmed(string value)
    {
        var trimmed = value.Trim().Trim('\u3000');
        return trimmed.Length == 0 ? null : trimmed;
    }

    // ---------------------------------------------------------------- sections

    /// <summary>A section as found: its heading's block index and the blocks up to the next section.</summary>
    private sealed record SectionSpan(ReportSection Section, int HeadingIndex, int End);

    private List<SectionSpan> Sections(int titleIndex)
    {
        var found = new List<(ReportSection Section, int Index)>();
        var next = 0;
        for (var i = titleIndex + 1; i < document.Blocks.Count && next < SectionWords.Length; i++)
        {
            if (document.Blocks[i] is not TextBlock text)
            {
                continue;
            }

            var key = LabelText.Key(text.Text);
            if (key.Length > MaxHeadingLength || ReportExtractor.SectionHeading().Match(key) is not { Success: true } heading)
            {
                continue;
            }

            // Sections in order; a later one may be found when an earlier heading is missing.
            for (var s = next; s < SectionWords.Length; s++)
            {
                var (section, words) = SectionWords[s];
                if (heading.Groups["n"].Value == section.Number && words.Any(w => key.Contains(w, StringComparison.Ordinal)))
                {
                    found.Add((section, i));
                    next = s + 1;
                    break;
                }
            }
        }

        var spans = new List<SectionSpan>();
        for (var k = 0; k < found.Count; k++)
        {
            spans.Add(new SectionSpan(found[k].Section, found[k].Index, k + 1 < found.Count ? found[k + 1].Index : document.Blocks.Count));
        }

        foreach (var section in FormatCatalog.Sections.Where(s => spans.All(f => f.Section != s)))
        {
            // A missing table section is reported by its table (found by labels, not by heading).
            if (section == FormatCatalog.Overview || section == FormatCatalog.Problems || section == FormatCatalog.OtherMatters)
            {
                Error(DocumentPosition.None, section.Key, $"找不到“{section.Heading}”这一部分的标题：请在导入的文件中填写 {section.Key}。");
            }
        }

        return spans;
    }

    // ---------------------------------------------------------------- prose

    private List<ProseSection> Prose(ReportSection section, List<SectionSpan> sections)
    {
        var span = sections.FirstOrDefault(s => s.Section == section);
        if (span is null)
        {
            return [];
        }

        _map.Add(section.Key, document.Blocks[span.HeadingIndex].Position);
        var end = span.End;
        if (section == FormatCatalog.OtherMatters)
        {
            end = Signature(span.HeadingIndex + 1, end);
        }

        var result = new List<(string? Heading, DocumentPosition HeadingPosition, List<(string Text, DocumentPosition Position)> Paragraphs)>();
        for (var i = span.HeadingIndex + 1; i < end; i++)
        {
            if (document.Blocks[i] is not TextBlock text)
            {
                continue;
            }

            foreach (var paragraph in Clean(text.Text))
            {
                var key = LabelText.Key(paragraph);
                if (ReportExtractor.SubHeading().Match(paragraph.Trim()) is { Success: true } sub && key.Length <= MaxHeadingLength && !EndsSentence(key))
                {
                    result.Add((sub.Groups["rest"].Value.Trim().Trim('\u3000'), text.Position, []));
                    continue;
                }

                if (result.Count == 0)
                {
                    result.Add((null, text.Position, []));
                }

                result[^1].Paragraphs.Add((paragraph, text.Position));
            }
        }

        // One text without sub-headings is written as text; otherwise a list of sub-sections.
        var single = result.Count == 1 && result[0].Heading is null;
        var sectionsOut = new List<ProseSection>();
        for (var k = 0; k < result.Count; k++)
        {
            var (heading, headingPosition, paragraphs) = result[k];
            var itemPath = single ? section.Key : section.Key + "[" + N(k) + "]";
            var textPath = single || heading is null ? itemPath : itemPath + "." + InputFields.Text;
            _map.Add(itemPath, headingPosition);
            if (heading is not null)
            {
                _map.Add(itemPath + "." + InputFields.Heading, headingPosition);
            }

            for (var p = 0; p < paragraphs.Count; p++)
            {
                _map.Add(textPath + "[" + N(p) + "]", paragraphs[p].Position);
            }

            if (paragraphs.Count > 0)
            {
                _map.Add(textPath, paragraphs[0].Position);
            }

            sectionsOut.Add(new ProseSection(heading, [.. paragraphs.Select(p => p.Text)]));
        }

        return sectionsOut;
    }

    /// <summary>A report signed without a date ends with the agency's name alone: that line is the signature, not prose.</summary>
    private int UndatedSignature(int start, int end)
    {
        var agency = LabelText.Key(_report.Agency);
        for (var i = end - 1; i >= start && agency.Length > 0; i--)
        {
            if (document.Blocks[i] is not TextBlock t || Clean(t.Text).Count == 0)
            {
                continue;
            }

            return LabelText.Key(t.Text) == agency ? i : end;
        }

        return end;
    }

    private static bool EndsSentence(string key) => key.Length > 0 && key[^1] is '。' or '；' or ';' or '：' or ':' && key.Length > 20;

    /// <summary>
    /// The signature at the end (agency, then date): the date becomes publish_date; returns where the prose ends.
    /// The date is looked for among the last few blocks, since a web page goes on with its own footer.
    /// </summary>
    private int Signature(int start, int end)
    {
        var last = -1;
        Match date = Match.Empty;
        for (int i = end - 1, seen = 0; i >= start && seen < 4; i--)
        {
            if (document.Blocks[i] is not TextBlock t || Clean(t.Text).Count == 0)
            {
                continue;
            }

            seen++;
            if (ReportExtractor.DateLine().Match(LabelText.Key(t.Text)) is { Success: true } found)
            {
                (last, date) = (i, found);
                break;
            }
        }

        if (last < 0 || document.Blocks[last] is not TextBlock dateBlock)
        {
            return UndatedSignature(start, end);
        }

        if (int.TryParse(date.Groups["y"].Value, CultureInfo.InvariantCulture, out var y)
            && int.TryParse(date.Groups["m"].Value, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(date.Groups["d"].Value, CultureInfo.InvariantCulture, out var d)
            && y is >= 1900 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
        {
            _report.PublishDate = new DateOnly(y, m, d);
            _map.Add("publish_date", dateBlock.Position);
        }

        var cut = last;
        var before = last - 1;
        while (before >= start && document.Blocks[before] is TextBlock b && Clean(b.Text).Count == 0)
        {
            before--;
        }

        if (before >= start && document.Blocks[before] is TextBlock signer && LabelText.Key(signer.Text) is { Length: > 0 and <= MaxHeadingLength } signerKey
            && !EndsSentence(signerKey) && !signerKey.Contains('。', StringComparison.Ordinal))
        {
            cut = before;
        }

        return cut;
    }

    /// <summary>A text block's paragraphs: split at line breaks, trimmed, page numbers dropped.</summary>
    private static List<string> Clean(string text)
    {
        var result = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim().Trim('\u3000', '\u00A0', ' ', '\t', '\r').Trim();
            if (trimmed.Length == 0 || ReportExtractor.PageNumber().IsMatch(LabelText.Key(trimmed)))
            {
                continue;
            }

            result.Add(trimmed);
        }

        return result;
    }

    // ---------------------------------------------------------------- tables

    private enum TableKind
    {
        None,
        Proactive,
        Requests,
        Reviews,
    }

    /// <summary>A table row as the extractor sees it: label cells, then the figures after the last label.</summary>
    private sealed record RowView(IReadOnlyList<TableCell> Labels, IReadOnlyList<TableCell> Values, DocumentPosition Position)
    {
        public string LastLabelKey => Labels.Count == 0 ? "" : LabelText.Key(Labels[^1].Text);

        public string AllLabelsKey => string.Concat(Labels.Select(l => LabelText.Key(l.Text)));
    }

    private void Tables(List<SectionSpan> sections)
    {
        var rows = new Dictionary<TableKind, List<RowView>>
        {
            [TableKind.Proactive] = [],
            [TableKind.Requests] = [],
            [TableKind.Reviews] = [],
        };
        var positions = new Dictionary<TableKind, DocumentPosition>();
        var previous = TableKind.None;
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            if (document.Blocks[i] is TextBlock heading && sections.Any(s => s.HeadingIndex == i))
            {
                previous = TableKind.None;
                continue;
            }

            if (document.Blocks[i] is not TableBlock table)
            {
                continue;
            }

            var kind = Classify(table);
            if (kind == TableKind.None)
            {
                // A table with no header of its own continues the one before it (a page break in a PDF),
                // or is the table of the section it stands in.
                kind = previous != TableKind.None ? previous : SectionKind(sections, i);
            }

            if (kind == TableKind.None)
            {
                continue;
            }

            positions.TryAdd(kind, table.Position);
            rows[kind].AddRange(table.Rows.Select(View));
            previous = kind;
        }

        Proactive(rows[TableKind.Proactive], positions.GetValueOrDefault(TableKind.Proactive));
        Requests(rows[TableKind.Requests], positions.GetValueOrDefault(TableKind.Requests));
        Reviews(rows[TableKind.Reviews], positions.GetValueOrDefault(TableKind.Reviews));
    }

    private static TableKind SectionKind(List<SectionSpan> sections, int index)
    {
        var section = sections.LastOrDefault(s => s.HeadingIndex < index && index < s.End)?.Section;
        return section == FormatCatalog.Proactive ? TableKind.Proactive
            : section == FormatCatalog.Requests ? TableKind.Requests
            : section == FormatCatalog.Reviews ? TableKind.Reviews
            : TableKind.None;
    }

    private static readonly string[] RequestMarks = [.. new[] { RequestTableSpec.ApplicantsHeader, RequestSpec.Received.Label, RequestSpec.CarriedForward.Label, RequestTableSpec.OutcomesLabel }.Select(LabelText.Key)];
    private static readonly string[] ProactiveMarks = [.. ProactiveSpec.Clauses.Select(c => LabelText.Key(c.Label)).Append(LabelText.Key(ProactiveSpec.Licensing.Label))];
    private static readonly string ReviewMark = LabelText.Key(ReviewSpec.Review.Label);
    private static readonly string LitigationMark = LabelText.Key(ReviewTableSpec.LitigationHeader);

    private static TableKind Classify(TableBlock table)
    {
        var text = string.Concat(table.Rows.SelectMany(r => r).Take(400).Select(c => LabelText.Key(c.Text)));
        return RequestMarks.Any(m => text.Contains(m, StringComparison.Ordinal)) ? TableKind.Requests
            : ProactiveMarks.Any(m => text.Contains(m, StringComparison.Ordinal)) ? TableKind.Proactive
            : text.Contains(ReviewMark, StringComparison.Ordinal) && text.Contains(LitigationMark, StringComparison.Ordinal) ? TableKind.Reviews
            : TableKind.None;
    }

    private static RowView View(IReadOnlyList<TableCell> cells)
    {
        var lastLabel = -1;
        for (var c = 0; c < cells.Count; c++)
        {
            if (LabelText.Classify(cells[c].Text) == CellContent.Text && !IsUnreadableFigure(cells, c))
            {
                lastLabel = c;
            }
        }

        var position = cells.Count > 0 ? cells[0].Position with { Column = 0 } : DocumentPosition.None;
        return new RowView([.. cells.Take(lastLabel + 1).Where(c => LabelText.Key(c.Text).Length > 0)], [.. cells.Skip(lastLabel + 1)], position);
    }

    /// <summary>
    /// A text cell among figures (12件, 1O, ?) is an unreadable figure, not a label: it has figures on both
    /// sides, or is the last cell after figures.
    /// </summary>
    private static bool IsUnreadableFigure(IReadOnlyList<TableCell> cells, int c)
    {
        var before = c > 0 && LabelText.Classify(cells[c - 1].Text) is CellContent.WholeNumber or CellContent.DecimalNumber or CellContent.Dash;
        return before && LabelText.Key(cells[c].Text).Length <= 12;
    }

    /// <summary>
    /// The row's figures, <paramref name="count"/> of them: empty cells at either end are merged cells left
    /// empty or split value cells, dropped while there are too many. Null (with an error) when they do not fit.
    /// </summary>
    private List<TableCell>? Figures(RowView row, int count, int acceptFewer, string label, string path)
    {
        var values = row.Values.ToList();
        while (values.Count > count && LabelText.Classify(values[0].Text) == CellContent.Empty)
        {
            values.RemoveAt(0);
        }

        while (values.Count > count && LabelText.Classify(values[^1].Text) == CellContent.Empty)
        {
            values.RemoveAt(values.Count - 1);
        }

        if (values.Count == count || values.Count == acceptFewer)
        {
            return values;
        }

        Error(row.Position, path, $"“{label}”这一行应有 {N(count)} 个数字，读到 {N(values.Count)} 个单元格（{string.Join("、", values.Select(v => "“" + v.Text.Trim() + "”"))}）：无法确定每个数字属于哪一列。");
        return null;
    }

    /// <summary>A count in a cell: blank and dashes are 0 with a warning, anything else unreadable is an error (0 written).</summary>
    private long Count(TableCell cell, string label, string path)
    {
        _map.Add(path, cell.Position);
        switch (LabelText.Classify(cell.Text))
        {
            case CellContent.WholeNumber when LabelText.Count(cell.Text) is { } value && value <= Model.TableCell.MaxValue:
                return value;
            case CellContent.Empty or CellContent.Dash:
                Warning(cell.Position, path, $"“{label}”{(LabelText.Key(cell.Text).Length == 0 ? "是空的" : "写的是“" + cell.Text.Trim() + "”")}，按 0 读取：请核对（格式要求没有就填 0）。");
                return 0;
            default:
                Error(cell.Position, path, $"“{label}”的内容“{cell.Text.Trim()}”不是一个不小于 0 的整数：无法读取，已按 0 写入导入的文件，请改正。");
                return 0;
        }
    }

    /// <summary>Whether a table was found; a missing one is an error naming its section.</summary>
    private bool TableFound([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] DocumentPosition? position, ReportSection section)
    {
        if (position is null)
        {
            Error(DocumentPosition.None, section.Key, $"找不到“{section.Heading}”的表格：请在导入的文件中填写 {section.Key}。");
            return false;
        }

        _map.Add(section.Key, position);
        return true;
    }

    // ---------------------------------------------------------------- Table A

    private void Proactive(List<RowView> rows, DocumentPosition? tablePosition)
    {
        var data = _report.Proactive;
        var items = ProactiveSpec.Items.ToList();
        var keys = items.Select(i => LabelText.Key(i.Label)).ToArray();
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (!TableFound(tablePosition, FormatCatalog.Proactive))
        {
            return;
        }
        foreach (var row in rows)
        {
            if (row.Labels.Count == 0 || Best(row.LastLabelKey, keys) is not { } index || !found.Add(items[index].Key))
            {
                continue;
            }

            var item = items[index];
            var path = item.YamlPath;
            _map.Add(path, row.Position);
            switch (item.Kind)
            {
                case ProactiveValueKind.DocumentCounts:
                    if (Figures(row, 3, 3, item.Label, path) is { } cells)
                    {
                        var values = ProactiveSpec.DocumentColumns.Select((column, c) => Count(cells[c], item.Label + "·" + column.Label, path + "." + column.Key)).ToArray();
                        var counts = new DocumentCounts(values[0], values[1], values[2]);
                        if (item.Key == ProactiveSpec.Regulations.Key)
                        {
                            data.Regulations = counts;
                        }
                        else
                        {
                            data.NormativeDocuments = counts;
                        }
                    }

                    break;
                case ProactiveValueKind.DecisionCount:
                    if (Single(row, item.Label, path) is { } cell)
                    {
                        var value = Count(cell, item.Label, path);
                        if (item.Key == ProactiveSpec.Licensing.Key)
                        {
                            data.Licensing = value;
                        }
                        else if (item.Key == ProactiveSpec.Penalty.Key)
                        {
                            data.Penalty = value;
                        }
                        else
                        {
                            data.Coercion = value;
                        }
                    }

                    break;
                default:
                    if (Single(row, item.Label, path) is { } fee)
                    {
                        data.Fees = Fee(fee, item.Label, path);
                    }

                    break;
            }
        }

        foreach (var item in items.Where(i => !found.Contains(i.Key)))
        {
            Error(tablePosition, item.YamlPath, $"表格“{FormatCatalog.Proactive.Heading}”中找不到“{item.Label}”这一行：已按 0 写入导入的文件，请核对。");
        }
    }

    /// <summary>The one figure of a row whose value cell may be split into three (one filled, two empty).</summary>
    private TableCell? Single(RowView row, string label, string path)
    {
        var filled = row.Values.Where(v => LabelText.Classify(v.Text) != CellContent.Empty).ToList();
        if (filled.Count <= 1)
        {
            return filled.Count == 1 ? filled[0] : row.Values.Count > 0 ? row.Values[0] : new TableCell("", row.Position);
        }

        Error(row.Position, path, $"“{label}”这一行应只有 1 个数字，读到 {N(filled.Count)} 个（{string.Join("、", filled.Select(v => "“" + v.Text.Trim() + "”"))}）：无法确定是哪一个。");
        return null;
    }

    private FeeAmount Fee(TableCell cell, string label, string path)
    {
        _map.Add(path, cell.Position);
        var key = LabelText.Key(cell.Text).Replace(",", "", StringComparison.Ordinal);
        switch (LabelText.Classify(cell.Text))
        {
            case CellContent.WholeNumber or CellContent.DecimalNumber when decimal.TryParse(key, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value):
                return new FeeAmount(value, key);
            case CellContent.Empty or CellContent.Dash:
                Warning(cell.Position, path, $"“{label}”{(key.Length == 0 ? "是空的" : "写的是“" + cell.Text.Trim() + "”")}，按 0 读取：请核对。");
                return FeeAmount.Zero;
            default:
                Error(cell.Position, path, $"“{label}”的金额“{cell.Text.Trim()}”不是一个以万元为单位的数：无法读取，已按 0 写入导入的文件，请改正。");
                return FeeAmount.Zero;
        }
    }

    /// <summary>The index of the label the key is nearest to within tolerance; null when none is, or two are equally near.</summary>
    private static int? Best(string key, string[] labelKeys, int preferFrom = 0)
    {
        int? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        for (var i = 0; i < labelKeys.Length; i++)
        {
            var distance = LabelText.Distance(key, labelKeys[i]);
            if (distance == int.MaxValue)
            {
                continue;
            }

            // An exact suffix match of a longer label wins over a shorter one (（三）不予公开1.属于国家秘密).
            if (distance < bestDistance || (distance == bestDistance && distance == 0 && labelKeys[i].Length > labelKeys[best!.Value].Length))
            {
                best = i;
                bestDistance = distance;
                tie = false;
            }
            else if (distance == bestDistance && !(distance == 0 && labelKeys[i].Length < labelKeys[best!.Value].Length))
            {
                // Equally near: the one at or after the expected place in the table's order wins, else no guess.
                tie = !(best < preferFrom && i >= preferFrom);
                if (!tie)
                {
                    best = i;
                }
            }
        }

        return tie ? null : best;
    }

    // ---------------------------------------------------------------- Table B

    private void Requests(List<RowView> rows, DocumentPosition? tablePosition)
    {
        var table = _report.Requests;
        if (!TableFound(tablePosition, FormatCatalog.Requests))
        {
            return;
        }

        // Candidates: the 25 rows, then the 4 groups (a group printed as one row).
        var candidates = RequestSpec.Rows.Select(r => LabelText.Key(r.Label))
            .Concat(RequestSpec.Groups.Select(g => LabelText.Key(g.Label))).ToArray();
        var found = new Dictionary<int, DocumentPosition>();
        var coveredByGroup = new HashSet<int>();
        RowView? pending = null;
        var expected = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var match = Match(row.LastLabelKey) ?? Match(row.AllLabelsKey);
            var source = row;
            if (match is null && pending is not null && row.Labels.Count > 0)
            {
                // A label wrapped onto the next line (PDF, text): 8.属于行 | figures, then 政查询事项.
                var joined = pending.LastLabelKey + row.AllLabelsKey;
                match = Match(joined);
                if (match is not null)
                {
                    source = row.Values.Count > 0 && pending.Values.Count == 0 ? row : pending;
                    source = source with { Labels = [.. pending.Labels, .. row.Labels] };
                }
            }

            if (match is null)
            {
                pending = row.Labels.Count > 0 ? row : pending;
                continue;
            }

            if (source.Values.Count == 0 || source.Values.All(v => LabelText.Classify(v.Text) == CellContent.Empty))
            {
                // A label with its figures on the next line(s): 一、本年新收政府信息公开申请 / 数量 / figures.
                var next = r + 1 < rows.Count ? rows[r + 1] : null;
                if (next is not null && next.Values.Count >= RequestTableSpec.ApplicantCount && (next.Labels.Count == 0 || Match(next.LastLabelKey) is null))
                {
                    source = source with { Values = next.Values };
                    r++;
                }
                else if (match.Value >= RequestSpec.Rows.Count)
                {
                    // A group's own label row (（三）不予公开 over its items): context only.
                    pending = null;
                    continue;
                }
            }

            pending = null;
            if (match.Value >= RequestSpec.Rows.Count)
            {
                CollapsedGroup(RequestSpec.Groups[match.Value - RequestSpec.Rows.Count], source, found, coveredByGroup);
                continue;
            }

            var spec = RequestSpec.Rows[match.Value];
            if (found.ContainsKey(spec.Index))
            {
                continue;
            }

            found[spec.Index] = source.Position;
            expected = spec.Index + 1;
            RequestRowFigures(spec, source);
        }

        foreach (var spec in RequestSpec.Rows.Where(s => !found.ContainsKey(s.Index) && !coveredByGroup.Contains(s.Index)))
        {
            if (spec.Role == RequestRowRole.Total)
            {
                // （七）总计 may be left out: the tool computes it.
                continue;
            }

            Error(tablePosition, spec.YamlPath, $"表格“{FormatCatalog.Requests.Heading}”中找不到“{spec.FullLabel}”这一行：已按 0 写入导入的文件，请核对。");
        }

        int? Match(string key) => key.Length == 0 ? null : Best(key, candidates, expected);
    }

    private void RequestRowFigures(RequestRow spec, RowView row)
    {
        var table = _report.Requests;
        _map.Add(spec.YamlPath, row.Position);
        if (Figures(row, RequestSpec.Columns.Count, RequestTableSpec.ApplicantCount, spec.FullLabel, spec.YamlPath) is not { } cells)
        {
            return;
        }

        for (var c = 0; c < cells.Count; c++)
        {
            var column = RequestSpec.Columns[c];
            var value = Count(cells[c], spec.FullLabel + "·" + column.Label, spec.YamlPath + "[" + N(c) + "]");
            if (column.IsTotal)
            {
                table.GivenRowTotals[spec.Index] = value;
            }
            else
            {
                table.Set(spec.Index, c, value);
            }
        }

        if (spec.Role == RequestRowRole.Total)
        {
            table.TotalRowGiven = true;
        }
    }

    /// <summary>
    /// A group printed as one row (（六）其他处理 as in the 2019 format): all zero, its items are zero (warned);
    /// otherwise the split among its items is not known, which is an error, never a guess.
    /// </summary>
    private void CollapsedGroup(OutcomeGroup group, RowView row, Dictionary<int, DocumentPosition> found, HashSet<int> covered)
    {
        var items = RequestSpec.Rows.Where(r => r.Group == group).ToList();
        if (items.Any(i => found.ContainsKey(i.Index)))
        {
            return;
        }

        foreach (var item in items)
        {
            covered.Add(item.Index);
            _map.Add(item.YamlPath, row.Position);
        }

        var nonZero = row.Values.Any(v => LabelText.Count(v.Text) is > 0 || LabelText.Classify(v.Text) is CellContent.Text or CellContent.DecimalNumber);
        var itemList = string.Join("、", items.Select(i => "“" + i.Label + "”"));
        if (nonZero)
        {
            Error(row.Position, items[0].YamlPath,
                $"“{RequestTableSpec.OutcomesLabel}·{group.Label}”印成了一行（{string.Join(" ", row.Values.Select(v => v.Text.Trim()))}），没有分到其下的 {itemList}：无法确定如何分配，已按 0 写入导入的文件，请按实际情况填写。");
        }
        else
        {
            Warning(row.Position, items[0].YamlPath,
                $"“{RequestTableSpec.OutcomesLabel}·{group.Label}”印成了一行且全为 0：其下的 {itemList} 按 0 读取。");
        }
    }

    // ---------------------------------------------------------------- Table C

    private void Reviews(List<RowView> rows, DocumentPosition? tablePosition)
    {
        var table = _report.Reviews;
        if (!TableFound(tablePosition, FormatCatalog.Reviews))
        {
            return;
        }
        var full = ReviewSpec.GridColumns;
        var outcomesOnly = ReviewTableSpec.OutcomeCount * ReviewSpec.Rows.Count;
        var data = rows.LastOrDefault(r => r.Values.Count(v => LabelText.Classify(v.Text) != CellContent.Text) >= outcomesOnly);
        if (data is null)
        {
            Error(tablePosition, "reviews_and_litigation", $"表格“{FormatCatalog.Reviews.Heading}”中找不到数字所在的一行（应有 {N(full)} 个数字）：已按 0 写入导入的文件，请核对。");
            return;
        }

        if (Figures(data, full, outcomesOnly, FormatCatalog.Reviews.Title, "reviews_and_litigation") is not { } cells)
        {
            return;
        }

        var perRow = cells.Count / ReviewSpec.Rows.Count;
        foreach (var row in ReviewSpec.Rows)
        {
            _map.Add(row.YamlPath, cells[row.Index * perRow].Position);
            for (var c = 0; c < perRow; c++)
            {
                var column = ReviewSpec.Columns[c];
                var value = Count(cells[(row.Index * perRow) + c], row.FullLabel + "·" + column.Label, row.YamlPath + "[" + N(c) + "]");
                if (column.IsTotal)
                {
                    table.GivenTotals[row.Index] = value;
                }
                else
                {
                    table.Set(row.Index, c, value);
                }
            }
        }
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
