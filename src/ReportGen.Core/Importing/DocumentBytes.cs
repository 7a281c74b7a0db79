namespace ReportGen.Core.Importing;

/// <summary>Reading a published document's bytes, never more than a reader's cap (a stream may not know or may lie about its length).</summary>
public static class DocumentBytes
{
    /// <summary>The stream's bytes; <paramref name="tooLarge"/> is thrown as soon as they exceed <paramref name="maxBytes"/>.</summary>
    public static byte[] Read(Stream stream, long maxBytes, Func<DocumentUnreadableException> tooLarge)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(tooLarge);
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
        {
            throw tooLarge();
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > maxBytes)
            {
                throw tooLarge();
            }
        }

        return buffer.ToArray();
    }
}
