using System.IO.Compression;
using System.Text;
using ReportGen.Core.Importing;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Importing;

/// <summary>
/// Hostile documents get the promise hostile YAML gets: a clear Chinese message (exit 2 through the CLI), no
/// stack trace, bounded time and memory (a generous hang guard here; speed is measured in bench/).
/// </summary>
public sealed class HostileDocumentTests
{
    private static byte[] Zip(string entryName, Action<Stream> write)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml").Open().Dispose();
            using var stream = zip.CreateEntry(entryName, CompressionLevel.Optimal).Open();
            write(stream);
        }

        return output.ToArray();
    }

    private static Task<DocumentUnreadableException> Refused(IPublishedDocumentReader reader, byte[] bytes) =>
        HangGuard.Run(() => Assert.Throws<DocumentUnreadableException>(() => reader.Read(new MemoryStream(bytes), "hostile")));

    [Fact]
    public async Task A_zip_bomb_is_refused_by_its_expanded_size_without_being_unpacked()
    {
        // 300 MB of spaces in a 300 KB package.
        var bomb = Zip("word/document.xml", stream =>
        {
            var block = new byte[1024 * 1024];
            Array.Fill(block, (byte)' ');
            for (var i = 0; i < 300; i++)
            {
                stream.Write(block);
            }
        });
        Assert.True(bomb.Length < 2 * 1024 * 1024);

        var refused = await Refused(new DocxDocumentReader(), bomb);

        Assert.Contains("压缩炸弹", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_docx_of_100000_tables_is_refused_after_the_first_thousand()
    {
        var docx = Zip("word/document.xml", stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
            for (var i = 0; i < 100_000; i++)
            {
                writer.Write("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>0</w:t></w:r></w:p></w:tc></w:tr></w:tbl>");
            }

            writer.Write("</w:body></w:document>");
        });

        var refused = await Refused(new DocxDocumentReader(), ProperPackage(docx));

        Assert.Contains("1000 个以上的表格", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anything_that_is_not_a_docx_is_refused_with_what_to_do()
    {
        var text = await Refused(new DocxDocumentReader(), "just text"u8.ToArray());
        var broken = await Refused(new DocxDocumentReader(), [(byte)'P', (byte)'K', 3, 4, 0, 0, 1, 2, 3]);

        Assert.Contains("另存为", text.Reason, StringComparison.Ordinal);
        Assert.Contains("已损坏", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_nested_deeper_than_any_page_is_refused_and_a_deep_page_is_read_without_recursion()
    {
        static byte[] Nested(int depth) => Encoding.UTF8.GetBytes(new StringBuilder("<html><body>").Insert(12, "<div>", depth)
            .Append("<p>深处的文字</p><table><tr><td>0</td></tr></table>").Append(new StringBuilder().Insert(0, "</div>", depth)).Append("</body></html>").ToString());

        var refused = await Refused(new HtmlDocumentReader(), Nested(100_000));
        var document = await HangGuard.Run(() => new HtmlDocumentReader().Read(new MemoryStream(Nested(2_500)), "deep.html"));

        Assert.Contains("嵌套超过", refused.Reason, StringComparison.Ordinal);
        Assert.Contains(document.Blocks, b => b is TextBlock t && t.Text.Contains("深处的文字", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_50_mb_page_is_refused_by_its_size_without_being_parsed()
    {
        var page = new byte[50 * 1024 * 1024];
        Array.Fill(page, (byte)'a');

        var refused = await Refused(new HtmlDocumentReader(), page);

        Assert.Contains("超过 16 MB", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_without_tables_is_unreadable_through_the_cli_with_exit_2_and_no_stack_trace()
    {
        using var directory = new TempDirectory();
        directory.Write("news.html", "<html><body><p>石拐区商务和科技局2023年政府信息公开工作年度报告</p><p>详见附件。</p></body></html>");

        var result = await CliRunner.RunAsync(["validate", "news.html"], directory.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("news.html: error: 无法读取文件：网页中没有表格", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    /// <summary>A package the SDK opens: content types and the relationship to the main part added to a zip with word/document.xml.</summary>
    private static byte[] ProperPackage(byte[] zipWithDocument)
    {
        using var output = new MemoryStream();
        output.Write(zipWithDocument);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("[Content_Types].xml")!.Delete();
            using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                types.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            }

            using var rels = new StreamWriter(zip.CreateEntry("_rels/.rels").Open());
            rels.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        }

        return output.ToArray();
    }
}
