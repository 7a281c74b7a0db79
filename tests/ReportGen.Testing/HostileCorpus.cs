using System.Text;
using ReportGen.Core.Diagnostics;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Hostile;

/// <summary>
/// One hostile input and the finding it must give: the rule, and where it must point (line and column
/// computed from the input itself, −1 when not meaningful, 0 for the file as a whole).
/// </summary>
public sealed record HostileCase(string Name, string Input, byte[] Bytes, string? RuleId, int Line = -1, int Column = -1)
{
    /// <summary>How many findings of <see cref="RuleId"/> there must be; null for at least one.</summary>
    public int? Count { get; init; }

    /// <summary>Text the finding's message must contain (e.g. the encoding it names).</summary>
    public string? MessageContains { get; init; }

    /// <summary>What <c>reportgen validate</c> must exit with: 1 for an error, 0 for a warning or nothing.</summary>
    public int ExitCode => RuleId is not null && RuleCatalog.Get(RuleId).Severity == Severity.Error ? 1 : 0;

    public override string ToString() => Name;
}

/// <summary>
/// The inputs bureaus' files really arrive as (Excel exports, WeChat copy-paste, Windows editors in GBK,
/// buggy scripts) and those an attacker would write. Big and binary ones are generated here, not committed.
/// Shared with the fuzzer (fuzz/ReportGen.Fuzz), which starts its mutations from these.
/// </summary>
public static class HostileCorpus
{
    private static readonly Lazy<List<HostileCase>> Cases = new(Build);

    public static IReadOnlyList<HostileCase> All => Cases.Value;

    public static HostileCase Get(string name) => All.Single(c => c.Name == name);

    public static string SampleText => File.ReadAllText(Repository.Sample);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>The 1-based line and column where <paramref name="marker"/> starts (plus an offset into it).</summary>
    public static (int Line, int Column) Locate(string text, string marker, int offset = 0)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException("marker not in text: " + marker);
        }

        at += offset;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var line = text.AsSpan(0, at).Count('\n') + 1;
        return (line, at - lineStart + 1);
    }

    /// <summary>The sample with one piece replaced; fails loudly if the piece is not in the sample.</summary>
    public static string SampleWith(string oldText, string newText)
    {
        var sample = SampleText;
        return sample.Contains(oldText, StringComparison.Ordinal)
            ? sample.Replace(oldText, newText, StringComparison.Ordinal)
            : throw new InvalidOperationException("not in the sample: " + oldText);
    }

    private static List<HostileCase> Build()
    {
        var cases = new List<HostileCase>();
        var sample = SampleText;

        // Nothing there.
        cases.Add(new("empty", "空文件（0 字节）", [], "RG006", 1, 1));
        cases.Add(new("whitespace-and-comments", "只有空白、Tab 和注释", Utf8("  \n# 只有注释\n\t\n   # 还有一行注释\n\n"), "RG006", 1, 1));
        cases.Add(new("document-markers-only", "只有文档分隔符 --- 和 ...", Utf8("---\n...\n"), "RG006", 1, 1));

        // Not text.
        var random = new byte[4096];
        new Random(20231).NextBytes(random);
        cases.Add(new("binary-random", "4 KiB 随机字节（种子 20231）", random, "RG001"));
        cases.Add(new("binary-random-without-nul", "4 KiB 随机字节，不含 0 字节", [.. random.Select(b => b == 0 ? (byte)1 : b)], "RG001", 0, 0));
        var withNul = SampleWith("agency: 石拐区", "agency: 石拐\0区");
        cases.Add(Located("nul-byte", "机关名称中有一个 NUL 字节", withNul, "RG001", "\0"));

        // Not the shape of a report.
        cases.Add(new("top-level-list", "最外层是列表", Utf8("- format: 2021\n- year: 2023\n"), "RG004", 1, 1));
        cases.Add(new("top-level-scalar", "最外层是单个值", Utf8("石拐区商务和科技局\n"), "RG004", 1, 1));
        cases.Add(Located("multiple-documents", "两个 YAML 文档（--- 分隔）", sample + "---\nyear: 2024\n", "RG001", "---"));
        // Found by the fuzzer: YamlDotNet throws InvalidOperationException, placed one column past the file's end.
        cases.Add(new("document-end-then-start", "文档结束符 ... 之后又是 ---（YamlDotNet 在此抛出 InvalidOperationException）", Utf8("...\n---\n\n\n"), "RG001", 5, 1)
        {
            MessageContains = "文档分隔符",
        });
        cases.Add(Located("complex-key", "键是一个列表（? [a, b]）", SampleWith("year: 2023\n", "year: 2023\n? [a, b]\n: 1\n"), "RG001", "[a, b]"));

        // Made to exhaust time or memory.
        var laughs = new StringBuilder("lol0: &a0 \"lol\"\n");
        for (var i = 1; i < 10; i++)
        {
            laughs.Append(System.Globalization.CultureInfo.InvariantCulture, $"lol{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }

        cases.Add(Located("billion-laughs", "“十亿笑声”：9 层锚点与别名，每层 10 倍", laughs.ToString(), "RG008", "&a0"));
        // The reader allows 16 levels: the 17th opening is the finding.
        cases.Add(new("nesting-flow-10000", "10,000 层 [[[[…]]]]", Utf8(new string('[', 10_000) + new string(']', 10_000)), "RG001", 1, 17));
        cases.Add(new("nesting-block-10000", "10,000 层块列表（- - - … x）", Utf8(string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n"), "RG001", 1, 33));
        var indented = new StringBuilder();
        for (var i = 0; i < 1_500; i++)
        {
            indented.Append(' ', i).Append("a:\n");
        }

        cases.Add(new("nesting-indented-1500", "1,500 层逐行缩进的映射（10,000 层须 50 MB，超过大小上限）", Utf8(indented.ToString()), "RG001", 17, 17));
        cases.Add(new("single-line-5mb", "5 MB 的单行", Utf8("problems: " + new string('x', 5 * 1024 * 1024)), "RG001", 0, 0));
        cases.Add(new("single-line-1mb", "1 MB 的单行文字（在大小上限内）", Utf8("problems: " + new string('字', 340_000) + "\n"), "RG016", 1, 11));
        var manyKeys = string.Concat(Enumerable.Range(0, 150_000).Select(i => $"k{i}: 0\n"));
        cases.Add(new("many-keys-150000", "150,000 个未知的键（检查重复键曾是平方复杂度）", Utf8(manyKeys), "RG002", 1, 1));
        var tabText = "problems: |\n" + string.Concat(Enumerable.Repeat("  \t正文中的 Tab\n", 20_000))
            + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"k{i}: |\n  \t正文\n"));
        cases.Add(Located("tabs-in-block-text-20000", "20,000 段多行文字中的 Tab（不是缩进；检查曾是平方复杂度）", tabText, "RG002", "k0:"));

        // Written by hand, wrongly.
        cases.Add(Located("duplicate-key", "重复的键 year", SampleWith("year: 2023\n", "year: 2023\nyear: 2024\n"), "RG003", "year: 2024"));
        cases.Add(Located("tab-indentation", "用 Tab 缩进", SampleWith("  office:", "\toffice:"), "RG001", "\toffice"));
        cases.Add(Located("unclosed-bracket", "少了 ] 的一行（YamlDotNet 在此抛出 InvalidOperationException）",
            SampleWith("  new:               [0, 0, 0, 0, 0, 0, 0]", "  new:               [0, 0, 0, 0, 0, 0, 0"), "RG001", "  new:") with { Column = -1 });
        cases.Add(Located("key-with-line-break", "键中有换行（\"ye\\nar\"）", SampleWith("year: 2023\n", "year: 2023\n\"ye\\nar\": 1\n"), "RG002", "\"ye"));

        // Encodings.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        cases.Add(new("gbk", "整个样例另存为 GBK", Encoding.GetEncoding("GBK").GetBytes(sample), "RG112", 0, 0) { Count = 1, MessageContains = "GB18030" });
        cases.Add(new("utf16le-bom", "UTF-16 LE，带 BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(sample)], "RG112", 0, 0) { Count = 1, MessageContains = "UTF-16" });
        cases.Add(new("utf16be-bom", "UTF-16 BE，带 BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(sample)], "RG112", 0, 0) { Count = 1, MessageContains = "UTF-16" });
        cases.Add(new("utf16le-no-bom", "UTF-16 LE，不带 BOM", Encoding.Unicode.GetBytes(sample), "RG001", 1, 2) { MessageContains = "UTF-16" });
        cases.Add(new("utf16be-no-bom", "UTF-16 BE，不带 BOM", Encoding.BigEndianUnicode.GetBytes(sample), "RG001", 1, 1) { MessageContains = "UTF-16" });
        cases.Add(new("utf8-bom-crlf", "UTF-8 BOM + CRLF 换行（合法）", [0xEF, 0xBB, 0xBF, .. Utf8(sample.Replace("\n", "\r\n", StringComparison.Ordinal))], null) { Count = 0 });
        var crlf = SampleWith("  penalty: 0", "  penalty: x").Replace("\n", "\r\n", StringComparison.Ordinal);
        var (crlfLine, crlfColumn) = Locate(crlf, "penalty: x", "penalty: ".Length);
        cases.Add(new("utf8-bom-crlf-bad-cell", "UTF-8 BOM + CRLF，一个格子填了 x：位置须正确", [0xEF, 0xBB, 0xBF, .. Utf8(crlf)], "RG004", crlfLine, crlfColumn) { Count = 1 });
        var (lfLine, lfColumn) = Locate(SampleWith("  penalty: 0", "  penalty: x"), "penalty: x", "penalty: ".Length);
        cases.Add(new("cr-only-line-breaks-bad-cell", "只用 CR 换行（旧 Mac、部分 Excel 导出），一个格子填了 x：位置须正确",
            Utf8(SampleWith("  penalty: 0", "  penalty: x").Replace('\n', '\r')), "RG004", lfLine, lfColumn) { Count = 1 });
        cases.Add(new("utf8-bom-crlf-with-lone-cr", "UTF-8 BOM + CRLF，中间夹一个单独的 CR：其后的位置须正确",
            [0xEF, 0xBB, 0xBF, .. Utf8(SampleWith("format: 2021\n", "format: 2021\r").Replace("\n", "\r\n", StringComparison.Ordinal)
                .Replace("  penalty: 0", "  penalty: x", StringComparison.Ordinal))], "RG004", lfLine, lfColumn) { Count = 1 });
        var damaged = SampleWith("agency: 石拐区", "agency: 石拐区~DAMAGE~");
        var (damagedLine, damagedColumn) = Locate(damaged, "~DAMAGE~");
        var damagedBytes = Utf8(damaged.Replace("~DAMAGE~", "\u0001", StringComparison.Ordinal));
        damagedBytes[Array.IndexOf(damagedBytes, (byte)1)] = 0xFF;
        cases.Add(new("utf8-damaged-byte", "UTF-8 文件中混入一个 0xFF 字节（不得按 GBK 读成乱码）", damagedBytes, "RG001", damagedLine, damagedColumn) { MessageContains = "0xFF" });

        // Numbers that are not counts.
        var rows = sample[sample.IndexOf("requests:", StringComparison.Ordinal)..sample.IndexOf("reviews_and_litigation:", StringComparison.Ordinal)];
        var bigRows = rows.Replace(" 0,", " 2147483647,", StringComparison.Ordinal).Replace("[0,", "[2147483647,", StringComparison.Ordinal).Replace(" 0]", " 2147483647]", StringComparison.Ordinal);
        var bigCells = SampleWith(rows, bigRows);
        var (bigLine, bigColumn) = Locate(bigCells, "[2147483647", 1);
        cases.Add(new("counts-int-max-175-cells", "第三部分的表格全部 175 个格子都是 2,147,483,647", Utf8(bigCells), "RG004", bigLine, bigColumn) { Count = 25 * 7 });
        foreach (var (name, value) in new[]
        {
            ("count-20-digits", "99999999999999999999"), ("count-minus-zero", "-0"), ("count-exponent", "1e3"),
            ("count-hex", "0x1F"), ("count-leading-zero", "010"), ("count-yes", "yes"), ("count-tilde", "~"),
            ("count-nan", ".nan"), ("count-inf", ".inf"), ("count-quoted", "\"5\""), ("count-tagged", "!!int 5"),
            ("count-negative", "-3"), ("count-fraction", "1.5"), ("count-fullwidth", "５"),
            ("count-million-digits", new string('9', 1_000_000)),
        })
        {
            var text = SampleWith("  penalty: 0", "  penalty: " + value);
            cases.Add(Located(name, "行政处罚件数填 " + (value.Length > 30 ? "1,000,000 个 9" : value), text, "RG004", "penalty: ", "penalty: ".Length) with
            {
                Count = 1,
                MessageContains = name == "count-tagged" ? "“!!int”" : null,
            });
        }

        // Characters that cannot go into a document.
        cases.Add(Located("control-character-raw", "机关名称中直接有控制字符 U+0001", SampleWith("agency: 石拐区", "agency: 石拐\u0001区"), "RG009", "\u0001"));
        cases.Add(Located("control-character-escape", "双引号中的 \\x01 转义", SampleWith("agency: 石拐区商务和科技局", "agency: \"石拐\\x01区商务和科技局\""), "RG009", "\"石拐"));
        cases.Add(Located("lone-surrogate-escape", "双引号中的 \\uD800（单独的代理项）", SampleWith("agency: 石拐区商务和科技局", "agency: \"石拐\\uD800区\""), "RG001", "\"石拐"));
        // Found by the fuzzer: YAML counts U+2028/U+2029 as line breaks, editors do not; a report has no use for them.
        cases.Add(Located("line-separator", "机关名称中有 U+2028（行分隔符）", SampleWith("agency: 石拐区", "agency: 石拐\u2028区"), "RG009", "\u2028"));
        cases.Add(Located("right-to-left-override", "机关名称中有 U+202E（从右到左覆盖）", SampleWith("agency: 石拐区商务和科技局", "agency: 石拐区\u202E局技科和务商"), "RG009", "石拐区\u202E"));
        foreach (var (name, agency) in new[] { ("agency-slash", "石拐区/商务局"), ("agency-dot-dot", "石拐区..商务局"), ("agency-colon", "C:商务局") })
        {
            cases.Add(Located(name, "机关名称“" + agency + "”", SampleWith("agency: 石拐区商务和科技局", "agency: " + agency), "RG009", agency));
        }

        var longParagraph = SampleWith("problems: |\n  我局", "problems: |\n  " + new string('长', 100_000) + "\n  我局");
        cases.Add(Located("paragraph-100000", "一段 100,000 字的文字", longParagraph, "RG016", "长长"));
        var longAgency = SampleWith("agency: 石拐区商务和科技局", "agency: " + new string('局', 100_000));
        cases.Add(Located("agency-100000", "100,000 字的机关名称", longAgency, "RG016", "局局"));
        return cases;
    }

    private static HostileCase Located(string name, string input, string text, string rule, string marker, int offset = 0)
    {
        var (line, column) = Locate(text, marker, offset);
        return new HostileCase(name, input, Utf8(text), rule, line, column);
    }
}
