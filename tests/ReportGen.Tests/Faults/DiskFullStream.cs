namespace ReportGen.Tests.Faults;

/// <summary>
/// A file stream on a disk with <paramref name="capacity"/> bytes free: writes go through to the real file
/// until the disk is "full", then the part that fits is written and the system's disk-full error is thrown, as
/// a write(2) that hits ENOSPC does. Everything else passes through; disposing leaves the real stream open.
/// </summary>
public sealed class DiskFullStream(Stream inner, long capacity) : Stream
{
    public static IOException DiskFull() =>
        new("No space left on device", OperatingSystem.IsWindows() ? unchecked((int)0x80070070) : 28);

    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => true;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var room = (int)Math.Clamp(capacity - inner.Position, 0, buffer.Length);
        inner.Write(buffer[..room]);
        if (room < buffer.Length)
        {
            throw DiskFull();
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    public override void SetLength(long value)
    {
        if (value > capacity)
        {
            throw DiskFull();
        }

        inner.SetLength(value);
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
}
