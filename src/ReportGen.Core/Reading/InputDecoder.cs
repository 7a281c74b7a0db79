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

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeStrict(StrictUtf8, bytes[3..], "UTF-8", diagnostics);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
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
            diagnostics.At(RuleCatalog.Syntax, file, null,
                $"文件第 {nul + 1} 个字节是 NUL（0 字节）：这不是文本文件（可能是二进制文件，或不带 BOM 的 UTF-16 文件）。请另存为 UTF-8 文本。");
            return null;
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: the only other encoding a Chinese clerk's editor produces is GB18030 (a superset of GBK).
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
