using System.Globalization;
using System.Text;

namespace ReportGen.Tests.Importing;

/// <summary>Minimal PDFs written byte by byte (Helvetica, one content stream per page), for hostile and odd inputs.</summary>
public static class TinyPdf
{
    public static byte[] Pages(params byte[][] contents)
    {
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii("<< /Type /Pages /Kids [" + string.Join(' ', contents.Select((_, i) => (4 + (2 * i)).ToString(CultureInfo.InvariantCulture) + " 0 R")) + "] /Count " + contents.Length.ToString(CultureInfo.InvariantCulture) + " >>"),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
        };
        for (var i = 0; i < contents.Length; i++)
        {
            var contentId = (5 + (2 * i)).ToString(CultureInfo.InvariantCulture);
            objects.Add(Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents " + contentId + " 0 R /Resources << /Font << /F1 3 0 R >> >> >>"));
            objects.Add([.. Ascii("<< /Length " + contents[i].Length.ToString(CultureInfo.InvariantCulture) + " >>\nstream\n"), .. contents[i], .. Ascii("\nendstream")]);
        }

        using var output = new MemoryStream();
        output.Write(Ascii("%PDF-1.4\n"));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            output.Write(Ascii((i + 1).ToString(CultureInfo.InvariantCulture) + " 0 obj\n"));
            output.Write(objects[i]);
            output.Write(Ascii("\nendobj\n"));
        }

        var xref = output.Position;
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Ascii(table.ToString()));
        return output.ToArray();
    }

    public static byte[] Text(string text, double x = 72, double y = 720) =>
        Ascii(FormattableString.Invariant($"BT /F1 12 Tf {x} {y} Td ({text}) Tj ET"));

    public static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
