using System.Text;
using ReportGen.Core.Diagnostics;

namespace ReportGen.Core.Reading;

/// <summary>
/// Turns an input file's bytes into text. UTF-8 (with or without BOM) is the format; UTF-16 with a BOM and
/// GB18030/GBK (what Chinese Windows editors save) are read correctly and warned about; anything else is
/// refused with a message that says what the file looks like. Never guesses into garbage.
/// </summary>
internal static class InputDecoder
{
    public const int MaxBytes = 2 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static InputDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string? Decode(ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        var file = SourcePosition.None;
        if (bytes.Length > MaxBytes)
        {
            ReportTooLarge(bytes.Length, diagnostics);
            return null;
        }

        // A UTF-8 BOM says what the encoding is; the checks below still apply to what follows it.
        var utf8Bom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        if (utf8Bom)
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var utf16 = bytes[0] == 0xFF
                ? new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true)
                : new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
            var text = DecodeStrict(utf16, bytes[2..], "UTF-16", diagnostics);
            if (text is not null)
            {
                diagnostics.At(RuleCatalog.NotUtf8, file, null, "文件是 UTF-16 编码，已按 UTF-16 读取；请另存为 UTF-8，以便其他工具也能读取。");
            }

            return text;
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostics.At(RuleCatalog.Syntax, PositionOf(bytes, nul), null, Utf16WithoutBom(bytes) is { } order
                ? $"文件看起来是不带 BOM 的 UTF-16（{order}）编码：无法可靠地判断编码，不予读取。请另存为 UTF-8。"
                : $"文件第 {nul + 1} 个字节是 NUL（0 字节）：这不是文本文件（可能是二进制文件，或损坏的文件）。请另存为 UTF-8 文本。");
            return null;
        }

        var (validSequences, invalidBytes, firstInvalid) = ScanUtf8(bytes);
        if (firstInvalid < 0)
        {
            return StrictUtf8.GetString(bytes);
        }

        // Mostly UTF-8 with a few bad bytes is a damaged UTF-8 file (a cut copy, a script's bug), not GB18030:
        // decoding it as GB18030 would turn its Chinese into other Chinese characters. (GBK text has more
        // invalid bytes than sequences that happen to be valid UTF-8.)
        if (utf8Bom || validSequences > 4 * invalidBytes)
        {
            diagnostics.At(RuleCatalog.Syntax, PositionOf(bytes, firstInvalid), null,
                $"文件是 UTF-8 编码，但这里有不是 UTF-8 的字节 0x{bytes[firstInvalid]:X2}（文件可能被截断、拼接或损坏）：请删除并重新输入这里的文字，再另存为 UTF-8。");
            return null;
        }

        try
        {
            var gb18030 = Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            var text = gb18030.GetString(bytes);
            if (LooksLikeText(text))
            {
                diagnostics.At(RuleCatalog.NotUtf8, file, null, "文件是 GB18030/GBK 编码（中文 Windows 记事本的默认编码），已按 GB18030 读取；请另存为 UTF-8。");
                return text;
            }
        }
        catch (DecoderFallbackException)
        {
        }

        diagnostics.At(RuleCatalog.Syntax, file, null, "文件既不是 UTF-8 也不是 GB18030/GBK 编码的文本（可能是二进制文件或已损坏）。请另存为 UTF-8 文本。");
        return null;
    }

    public static void ReportTooLarge(long length, DiagnosticBag diagnostics) =>
        diagnostics.At(RuleCatalog.Syntax, SourcePosition.None, null,
            $"文件过大（{length / 1024} KiB），上限为 {MaxBytes / 1024} KiB：一个机关一年的报告数据不会这么大，请检查是否选错了文件。",
            $"≤ {MaxBytes / 1024} KiB", $"{length / 1024} KiB");

    private static string? DecodeStrict(Encoding encoding, ReadOnlySpan<byte> bytes, string name, DiagnosticBag diagnostics)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            diagnostics.At(RuleCatalog.Syntax, SourcePosition.None, null,
                $"文件以 {name} 的 BOM 开头，但第 {e.Index + 1} 个字节附近的内容不是有效的 {name}。请用编辑器重新另存为 UTF-8。");
            return null;
        }
    }

    /// <summary>
    /// How many valid multi-byte UTF-8 sequences and invalid bytes the bytes hold, and where the first invalid
    /// byte is (−1 if the bytes are valid UTF-8).
    /// </summary>
    private static (int ValidSequences, int InvalidBytes, int FirstInvalid) ScanUtf8(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0, first = -1;
        for (var i = 0; i < bytes.Length;)
        {
            if (bytes[i] < 0x80)
            {
                i++;
            }
            else if (Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                valid++;
                i += consumed;
            }
            else
            {
                invalid++;
                first = first < 0 ? i : first;
                i += Math.Max(1, consumed);
            }
        }

        return (valid, invalid, first);
    }

    /// <summary>"LE" or "BE" when the NULs fall on every other byte, as in UTF-16 text of mostly ASCII.</summary>
    private static string? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        int even = 0, odd = 0;
        var n = Math.Min(bytes.Length & ~1, 4096);
        for (var i = 0; i < n; i += 2)
        {
            even += bytes[i] == 0 ? 1 : 0;
            odd += bytes[i + 1] == 0 ? 1 : 0;
        }

        // ASCII (keys, numbers, spaces) has its zero byte on one side; a CJK character rarely has one at all.
        var pairs = n / 2;
        return pairs < 2 ? null
            : odd > pairs / 8 && odd > 4 * even ? "LE"
            : even > pairs / 8 && even > 4 * odd ? "BE"
            : null;
    }

    /// <summary>
    /// The line and column of a byte, counting the text before it as UTF-8 (what the file mostly is) and line
    /// breaks as the reader does (CR LF, LF or a lone CR).
    /// </summary>
    private static SourcePosition PositionOf(ReadOnlySpan<byte> bytes, int offset)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 >= bytes.Length || bytes[i + 1] != (byte)'\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourcePosition(line, Encoding.UTF8.GetCharCount(bytes[lineStart..offset]) + 1);
    }

    /// <summary>Text, not bytes that happen to decode: no control characters but line breaks and tabs.</summary>
    private static bool LooksLikeText(string text)
    {
        foreach (var c in text)
        {
            if (c < ' ' && c is not '\n' and not '\r' and not '\t')
            {
                return false;
            }
        }

        return true;
    }
}
