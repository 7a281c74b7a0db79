using System.Buffers;
using System.Text.Unicode;

namespace ReportGen.Core.Rendering.Docx;

/// <summary>
/// UTF-8 XML being written, in an array from the shared pool: a report's body is larger than the 85,000 bytes
/// from which a fresh array goes on the large-object heap (in a batch, one full collection per report).
/// </summary>
internal sealed class XmlBuffer : IDisposable
{
    /// <summary>What the fast path leaves to the SDK: C0 controls (tab and line breaks included, which the SDK's
    /// writer may change), surrogates (a lone one it refuses; pairs, rare characters outside the BMP, are just
    /// not worth a second path) and the non-characters U+FFFE/U+FFFF (which it refuses).</summary>
    private static readonly SearchValues<char> Unusual = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0xD800, 0x800)).Select(c => (char)c)) + "\uFFFE\uFFFF");

    private static readonly SearchValues<char> Escaped = SearchValues.Create("&<>");

    private byte[] _array;
    private int _length;

    public XmlBuffer(int capacity = 128 * 1024) => _array = ArrayPool<byte>.Shared.Rent(capacity);

    public ReadOnlySpan<byte> Written => _array.AsSpan(0, _length);

    public void Append(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_array.AsSpan(_length));
        _length += bytes.Length;
    }

    /// <summary>
    /// A text as element content, byte for byte as the SDK's XML writer escapes it (<c>&amp;</c>, <c>&lt;</c>,
    /// <c>&gt;</c>); anything else it might treat differently goes through the SDK itself (<see cref="BodyXml.EscapedText"/>).
    /// </summary>
    public void AppendText(string text)
    {
        var rest = text.AsSpan();
        if (rest.ContainsAny(Unusual))
        {
            Append(BodyXml.EscapedText(text));
            return;
        }

        while (true)
        {
            var at = rest.IndexOfAny(Escaped);
            AppendUtf8(at < 0 ? rest : rest[..at]);
            if (at < 0)
            {
                return;
            }

            Append(rest[at] switch
            {
                '&' => "&amp;"u8,
                '<' => "&lt;"u8,
                _ => "&gt;"u8,
            });
            rest = rest[(at + 1)..];
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_array);
        _array = [];
    }

    private void AppendUtf8(ReadOnlySpan<char> text)
    {
        Reserve(text.Length * 3);
        Utf8.FromUtf16(text, _array.AsSpan(_length), out _, out var written, replaceInvalidSequences: false);
        _length += written;
    }

    private void Reserve(int bytes)
    {
        if (_length + bytes <= _array.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_array.Length * 2, _length + bytes));
        _array.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_array);
        _array = larger;
    }
}
