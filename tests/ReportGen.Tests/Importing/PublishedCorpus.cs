using System.IO.Compression;
using System.Security;
using System.Text;
using ReportGen.Core.Format;
using ReportGen.Core.Model;
using ReportGen.Core.Reading;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Importing;

/// <summary>
/// "As published" documents made by code other than the builder: hand-written WordprocessingML and CMS-style
/// HTML, each printing <c>corpus/published.yaml</c> the way real published reports do (merges made every way,
/// text split over runs and spans, full-width digits, dashes, typos, a table split in two, GBK pages…). The
/// files are committed under <c>corpus/</c> with the YAML each imports to; <see cref="Write"/> remakes them.
/// </summary>
public static class PublishedCorpus
{
    public static string Folder => Path.Combine(Repository.Root, "tests", "ReportGen.Tests", "Importing", "corpus");

    public static AnnualReport Data()
    {
        var read = ReportReader.ReadFile(Path.Combine(Folder, "published.yaml"));
        Assert.False(read.HasErrors, string.Join('\n', read.Diagnostics));
        return read.Report!;
    }

    /// <summary>Every variant: file name and bytes.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Variants()
    {
        var data = Data();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return
        [
            ("word-merged.docx", Docx(WordMerged(data))),
            ("wps-unmerged.docx", Docx(WpsUnmerged(data))),
            ("cms-gbk.html", Encoding.GetEncoding(936).GetBytes(CmsHtml(data, "gb2312", collapseOther: false))),
            ("cms-collapsed-group.html", Encoding.UTF8.GetBytes(CmsHtml(data, "utf-8", collapseOther: true))),
            ("trial-2019.docx", Docx(Trial2019(data))),
        ];
    }

    /// <summary>Writes the variants into the corpus folder (run by hand after changing this class).</summary>
    public static void Write()
    {
        foreach (var (name, bytes) in Variants())
        {
            File.WriteAllBytes(Path.Combine(Folder, name), bytes);
        }
    }

    private static readonly ProactiveTableSpec A = FormatCatalog.ProactiveTable;
    private static readonly RequestTableSpec B = FormatCatalog.RequestTable;
    private static readonly ReviewTableSpec C = FormatCatalog.ReviewTable;

    // ------------------------------------------------------------------ prose, shared by every variant

    /// <summary>The text of the report outside the tables, as (kind, text); tables are placed at "table:N".</summary>
    private static List<(string Kind, string Text)> Outline(AnnualReport r, string titleSpacing = "")
    {
        var year = r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var c = r.Contact!;
        var lines = new List<(string, string)>
        {
            ("title", r.Agency + titleSpacing + year + titleSpacing + "年政府信息公开工作年度报告"),
            ("p", $"本年度报告根据《中华人民共和国政府信息公开条例》编制。本年度报告电子版可以从{c.WebsiteName}（{c.Website}）下载，如对本年度报告有疑问，请与{r.Agency}联系（地址：{c.Address}，邮编：{c.Postcode}，电话：{c.Phone}）。"),
            ("h", "一、总体情况"),
        };
        var n = 0;
        foreach (var s in r.Overview)
        {
            lines.Add(("h2", FormatCatalog.SubHeadingNumber(++n) + s.Heading));
            lines.AddRange(s.Paragraphs.Select(p => ("p", p)));
        }

        lines.Add(("h", "二、主动公开交通运输局信息情况"));
        lines.Add(("table", "A"));
        lines.Add(("h", "三、收到和处理信息公开申请情况"));
        lines.Add(("table", "B"));
        lines.Add(("h", "四、政府信息公开行政复议、行政诉讼情况"));
        lines.Add(("table", "C"));
        lines.Add(("h", "五、存在的主要问题及改进情况"));
        lines.AddRange(r.Problems.SelectMany(s => s.Paragraphs).Select(p => ("p", p)));
        lines.Add(("h", "六、其他需要报告的事项"));
        n = 0;
        foreach (var s in r.OtherMatters)
        {
            lines.Add(("h2", FormatCatalog.SubHeadingNumber(++n) + s.Heading));
            lines.AddRange(s.Paragraphs.Select(p => ("p", p)));
        }

        lines.Add(("sign", r.Agency));
        lines.Add(("sign", $"{r.PublishDate!.Value.Year}年{r.PublishDate.Value.Month}月{r.PublishDate.Value.Day}日"));
        return lines;
    }

    private static string N(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<long> RowFigures(AnnualReport r, RequestRow row) =>
        B.Applicants.Select(c => r.Requests.Entered(row.Index, c.Index)).Append(r.Requests.Value(row.Index, RequestTableSpec.ApplicantCount));

    // ------------------------------------------------------------------ WordprocessingML by hand

    private sealed record Cell(string Text, int Span = 1, string? VMerge = null);

    private static string Run(string text) =>
        $"<w:r><w:rPr><w:rFonts w:ascii=\"仿宋_GB2312\" w:eastAsia=\"仿宋_GB2312\"/></w:rPr><w:t xml:space=\"preserve\">{SecurityElement.Escape(text)}</w:t></w:r>";

    /// <summary>A paragraph whose text is split into runs of a few characters, as Word leaves it after editing.</summary>
    private static string Paragraph(string text, int runLength = 5)
    {
        var runs = new StringBuilder();
        for (var i = 0; i < text.Length; i += runLength)
        {
            runs.Append(Run(text.Substring(i, Math.Min(runLength, text.Length - i))));
        }

        return $"<w:p><w:pPr><w:pStyle w:val=\"a3\"/></w:pPr>{runs}</w:p>";
    }

    private static string Table(IEnumerable<IEnumerable<Cell>> rows)
    {
        var xml = new StringBuilder("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>");
        foreach (var row in rows)
        {
            xml.Append("<w:tr>");
            foreach (var cell in row)
            {
                xml.Append("<w:tc><w:tcPr>");
                if (cell.Span > 1)
                {
                    xml.Append($"<w:gridSpan w:val=\"{cell.Span}\"/>");
                }

                if (cell.VMerge == "restart")
                {
                    xml.Append("<w:vMerge w:val=\"restart\"/>");
                }
                else if (cell.VMerge == "continue")
                {
                    xml.Append("<w:vMerge/>");
                }

                xml.Append("</w:tcPr>").Append(cell.VMerge == "continue" ? "<w:p/>" : Paragraph(cell.Text, 3)).Append("</w:tc>");
            }

            xml.Append("</w:tr>");
        }

        return xml.Append("</w:tbl>").ToString();
    }

    private static byte[] Docx(string body)
    {
        var document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body + "</w:body></w:document>";
        var parts = new (string Name, string Content)[]
        {
            ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"),
            ("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
            ("word/document.xml", document),
        };
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in parts)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = new DateTimeOffset(2024, 1, 19, 0, 0, 0, TimeSpan.Zero);
                using var stream = entry.Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return output.ToArray();
    }

    private static string Body(AnnualReport r, Func<string, string> table, string titleSpacing = "")
    {
        var body = new StringBuilder();
        foreach (var (kind, text) in Outline(r, titleSpacing))
        {
            body.Append(kind == "table" ? table(text) : Paragraph(text));
        }

        return body.ToString();
    }

    /// <summary>Word: every merge as the format draws it (gridSpan, vMerge), text split over runs.</summary>
    private static string WordMerged(AnnualReport r) => Body(r, name => name switch
    {
        "A" => Table(ProactiveMerged(r)),
        "B" => Table(RequestsMerged(r)),
        _ => Table(ReviewsMerged(r)),
    });

    private static IEnumerable<IEnumerable<Cell>> ProactiveMerged(AnnualReport r)
    {
        foreach (var clause in A.Clauses)
        {
            yield return [new Cell(clause.Label, 4)];
            yield return clause.ValueHeader is null
                ? [new Cell(ProactiveTableSpec.ContentHeader), .. A.DocumentColumns.Select(c => new Cell(c.Label))]
                : [new Cell(ProactiveTableSpec.ContentHeader), new Cell(clause.ValueHeader, 3)];
            foreach (var item in clause.Items)
            {
                var cells = r.Proactive.Cells(item);
                // Full-width digits in one cell, as typed on a Chinese keyboard.
                yield return cells.Count == 3
                    ? [new Cell(item.Label), .. cells.Select(v => new Cell(item.Key == "normative_documents" && v == "12" ? "１２" : v))]
                    : [new Cell(item.Label), new Cell(cells[0], 3)];
            }
        }
    }

    private static IEnumerable<IEnumerable<Cell>> RequestsMerged(AnnualReport r)
    {
        yield return [new Cell(RequestTableSpec.CornerNote, 3, "restart"), new Cell(RequestTableSpec.ApplicantsHeader, 7)];
        yield return [new Cell("", 3, "continue"), new Cell("自然人", 1, "restart"), new Cell(RequestTableSpec.LegalPersonsHeader, 5), new Cell("总计", 1, "restart")];
        yield return [new Cell("", 3, "continue"), new Cell("", 1, "continue"), .. B.Columns.Skip(1).Take(5).Select(c => new Cell(c.Label)), new Cell("", 1, "continue")];
        OutcomeGroup? group = null;
        var firstOutcome = true;
        foreach (var row in B.Rows)
        {
            // A zero printed as a dash in one cell: read as 0 with a warning.
            var figures = RowFigures(r, row).Select((v, i) => new Cell(row.Key == "security_stability" && i == 2 ? "—" : N(v))).ToList();
            if (row.Role is RequestRowRole.Received or RequestRowRole.CarriedOver or RequestRowRole.CarriedForward)
            {
                yield return [new Cell(row.Label, 3), .. figures];
                continue;
            }

            var outcomes = new Cell(RequestTableSpec.OutcomesLabel, 1, firstOutcome ? "restart" : "continue");
            firstOutcome = false;
            if (row.Group is null)
            {
                yield return [outcomes, new Cell(row.Label, 2), .. figures];
                continue;
            }

            var groupCell = new Cell(row.Group.Label, 1, row.Group == group ? "continue" : "restart");
            group = row.Group;
            yield return [outcomes, groupCell, new Cell(row.Label), .. figures];
        }
    }

    private static IEnumerable<IEnumerable<Cell>> ReviewsMerged(AnnualReport r)
    {
        yield return [new Cell(C.Review.Label, 5), new Cell(ReviewTableSpec.LitigationHeader, 10)];
        yield return [.. C.Columns.Select(c => new Cell(c.Label, 1, "restart")), new Cell(C.LitigationDirect.Label, 5), new Cell(C.LitigationAfterReview.Label, 5)];
        yield return [.. C.Columns.Select(_ => new Cell("", 1, "continue")), .. C.Columns.Select(c => new Cell(c.Label)), .. C.Columns.Select(c => new Cell(c.Label))];
        yield return [.. C.Rows.SelectMany(row => r.Reviews.RowValues(row)).Select(v => new Cell(N(v)))];
    }

    /// <summary>
    /// WPS: no merges at all. Labels repeated in every row, merged cells left empty, value cells split in three
    /// with U+3000 in the empty ones, spaced and mistyped labels, "/" for zero, and table 三 split in two
    /// (a page break) with no header on the second part.
    /// </summary>
    private static string WpsUnmerged(AnnualReport r) => Body(r, name => name switch
    {
        "A" => Table(ProactiveUnmerged(r)),
        "B" => Table(RequestsUnmerged(r).Take(14)) + Paragraph("-3-") + Table(RequestsUnmerged(r).Skip(14)),
        _ => Table(ReviewsUnmerged(r)),
    }, titleSpacing: " ");

    private static IEnumerable<IEnumerable<Cell>> ProactiveUnmerged(AnnualReport r)
    {
        const string Empty = "\u3000";
        foreach (var clause in A.Clauses)
        {
            yield return [new Cell(clause.Label), new Cell(Empty), new Cell(Empty), new Cell(Empty)];
            yield return clause.ValueHeader is null
                ? [new Cell(ProactiveTableSpec.ContentHeader), .. A.DocumentColumns.Select(c => new Cell(c.Label))]
                : [new Cell(ProactiveTableSpec.ContentHeader), new Cell(clause.ValueHeader), new Cell(Empty), new Cell(Empty)];
            foreach (var item in clause.Items)
            {
                var cells = r.Proactive.Cells(item);
                yield return cells.Count == 3
                    ? [new Cell(item.Label), .. cells.Select(v => new Cell(v == "0" ? "/" : v))]
                    : [new Cell(item.Label), new Cell(cells[0]), new Cell(Empty), new Cell(Empty)];
            }
        }
    }

    private static IEnumerable<IEnumerable<Cell>> RequestsUnmerged(AnnualReport r)
    {
        yield return [new Cell(RequestTableSpec.CornerNote), new Cell(""), new Cell(""), new Cell(RequestTableSpec.ApplicantsHeader), .. Enumerable.Repeat(new Cell(""), 6)];
        yield return [new Cell(""), new Cell(""), new Cell(""), new Cell("自 然 人"), new Cell(RequestTableSpec.LegalPersonsHeader), .. Enumerable.Repeat(new Cell(""), 4), new Cell("总 计")];
        yield return [new Cell(""), new Cell(""), new Cell(""), new Cell(""), .. B.Columns.Skip(1).Take(5).Select(c => new Cell(string.Join(' ', c.Label.ToCharArray()))), new Cell("")];
        foreach (var row in B.Rows)
        {
            var figures = RowFigures(r, row).Select(v => new Cell(N(v) + " ")).ToList();
            var label = row.Label switch
            {
                "2.其他法律行政法规禁止公开" => "2.其他法律行政止公开",
                "3.危及“三安全一稳定”" => "3.危及\"三安全一稳定\"",
                var l => l.Replace("（", "(", StringComparison.Ordinal).Replace("）", ")", StringComparison.Ordinal),
            };
            if (row.Role is RequestRowRole.Received or RequestRowRole.CarriedOver or RequestRowRole.CarriedForward)
            {
                yield return [new Cell(label), new Cell(label), new Cell(label), .. figures];
            }
            else if (row.Group is null)
            {
                yield return [new Cell("三 、本 年 度办 理 结果"), new Cell(label), new Cell(""), .. figures];
            }
            else
            {
                yield return [new Cell("三 、本 年 度办 理 结果"), new Cell(row.Group.Label), new Cell(label), .. figures];
            }
        }
    }

    private static IEnumerable<IEnumerable<Cell>> ReviewsUnmerged(AnnualReport r)
    {
        yield return [new Cell(C.Review.Label), .. Enumerable.Repeat(new Cell(""), 4), new Cell(ReviewTableSpec.LitigationHeader), .. Enumerable.Repeat(new Cell(""), 9)];
        yield return [.. C.Columns.Select(c => new Cell(c.Label)), new Cell(C.LitigationDirect.Label), .. Enumerable.Repeat(new Cell(""), 4), new Cell(C.LitigationAfterReview.Label), .. Enumerable.Repeat(new Cell(""), 4)];
        yield return [.. Enumerable.Repeat(new Cell(""), 5), .. C.Columns.Select(c => new Cell(c.Label)), .. C.Columns.Select(c => new Cell(c.Label))];
        yield return [.. C.Rows.SelectMany(row => r.Reviews.RowValues(row)).Select(v => new Cell(v == 0 ? "-" : N(v)))];
    }

    /// <summary>The 2019 trial format's table A (本年新制作数量…): refused, as validate refuses it.</summary>
    private static string Trial2019(AnnualReport r) => Body(r, name => name switch
    {
        "A" => Table([[new Cell("第二十条第（一）项", 4)], [new Cell("信息内容"), new Cell("本年新制作数量"), new Cell("本年新公开数量"), new Cell("对外公开总数量")], [new Cell("规章"), new Cell("0"), new Cell("0"), new Cell("0")]]),
        "B" => Table(RequestsMerged(r)),
        _ => Table(ReviewsMerged(r)),
    });

    // ------------------------------------------------------------------ CMS web page

    /// <summary>
    /// A page as government CMS editors (TRS_Editor) publish it: inline styles, every cell's text in
    /// <c>&lt;p&gt;&lt;span&gt;</c>, labels split over spans, &amp;nbsp; and U+3000 indents, half-width brackets,
    /// rowspan/colspan. With <paramref name="collapseOther"/>, （六）其他处理 is printed as one row, as in 2019.
    /// </summary>
    private static string CmsHtml(AnnualReport r, string charset, bool collapseOther)
    {
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\">\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">\n<title>{r.Agency}</title><style>.x{{color:red}}</style><script>var a = '<table>';</script></head>\n<body><div class=\"nav\">首页 &gt; 政府信息公开 &gt; 年度报告</div>\n<div class=\"TRS_Editor\">\n");
        foreach (var (kind, text) in Outline(r))
        {
            switch (kind)
            {
                case "table":
                    html.Append(text switch
                    {
                        "A" => HtmlTable(ProactiveMerged(r)),
                        "B" => HtmlTable(CollapseOther(RequestsMerged(r), collapseOther, r)),
                        _ => HtmlTable(ReviewsMerged(r)),
                    });
                    break;
                case "title":
                    html.Append($"<p style=\"text-align:center\"><strong><span style=\"font-size:22px\">{Escape(text[..5])}</span><span style=\"font-size:22px\">{Escape(text[5..])}</span></strong></p>\n");
                    break;
                case "p":
                    // A source line break in the middle of Chinese text, as some editors wrap their HTML.
                    var half = text.Length / 2;
                    while (half < text.Length - 1 && !(text[half - 1] >= '\u2E80' && text[half] >= '\u2E80'))
                    {
                        half++;
                    }

                    html.Append($"<p style=\"text-indent:2em;line-height:1.5\">&nbsp;&nbsp;<span style=\"font-family:仿宋\">{Escape(text[..half])}\n{Escape(text[half..])}</span></p>\n");
                    break;
                default:
                    html.Append($"<p style=\"text-indent:2em\">\u3000\u3000<strong>{Escape(text)}</strong></p>\n");
                    break;
            }
        }

        return html.Append("</div>\n<div class=\"footer\">版权所有：示例县人民政府</div></body></html>\n").ToString();
    }

    private static IEnumerable<IEnumerable<Cell>> CollapseOther(IEnumerable<IEnumerable<Cell>> rows, bool collapse, AnnualReport r)
    {
        var other = B.Groups[3];
        foreach (var row in rows)
        {
            var cells = row.ToList();
            if (collapse && cells.Any(c => c.Text == other.Label && c.VMerge == "restart"))
            {
                var sums = B.Columns.Select(col => B.Rows.Where(x => x.Group == other).Sum(x => r.Requests.Value(x.Index, col.Index)));
                yield return [new Cell("", 1, "continue"), new Cell(other.Label, 2), .. sums.Select(s => new Cell(N(s)))];
                continue;
            }

            if (collapse && cells.Any(c => c.VMerge == "continue" && c.Text == other.Label))
            {
                continue;
            }

            yield return cells;
        }
    }

    private static string HtmlTable(IEnumerable<IEnumerable<Cell>> rows)
    {
        var list = rows.Select(r => r.ToList()).ToList();
        var html = new StringBuilder("<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\" style=\"border-collapse:collapse\"><tbody>\n");
        for (var i = 0; i < list.Count; i++)
        {
            html.Append("<tr>");
            var column = 0;
            foreach (var cell in list[i])
            {
                if (cell.VMerge == "continue")
                {
                    column += cell.Span;
                    continue;
                }

                var rowSpan = 1;
                if (cell.VMerge == "restart")
                {
                    while (i + rowSpan < list.Count && ContinuesAt(list[i + rowSpan], column))
                    {
                        rowSpan++;
                    }
                }

                html.Append("<td valign=\"center\"");
                if (rowSpan > 1)
                {
                    html.Append($" rowspan=\"{rowSpan}\"");
                }

                if (cell.Span > 1)
                {
                    html.Append($" colspan=\"{cell.Span}\"");
                }

                var text = cell.Text.Replace("（", "(", StringComparison.Ordinal).Replace("）", ")", StringComparison.Ordinal);
                var split = text.Length > 3 ? $"<span style=\"font-family:宋体\">{Escape(text[..2])}</span><span style=\"font-family:宋体\">{Escape(text[2..])}</span>" : $"<span>{Escape(text)}</span>";
                html.Append($" style=\"border:solid windowtext 1pt\"><p align=\"center\" style=\"text-align:center\">{split}</p></td>");
                column += cell.Span;
            }

            html.Append("</tr>\n");
        }

        return html.Append("</tbody></table>\n").ToString();
    }

    private static bool ContinuesAt(List<Cell> row, int column)
    {
        var c = 0;
        foreach (var cell in row)
        {
            if (c == column)
            {
                return cell.VMerge == "continue";
            }

            c += cell.Span;
        }

        return false;
    }

    private static string Escape(string text) => SecurityElement.Escape(text)!;
}
