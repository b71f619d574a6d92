namespace IncentiveCompliance.Core.Common.Files;

/// <summary>
/// <see cref="EvidenceType.Detect"/> for content that streams past once and is never whole in memory (an upload sent on
/// to object storage): it keeps the first 64 KB, which show a PDF, an image or a CSV table, and the last
/// <see cref="TailBytes"/>, which hold a zip's central directory, where an Office document names its parts. Detection
/// then reads a view of the content as long as the original, with those two ends in place and zeros between.
/// </summary>
public sealed class StreamedTypeDetection
{
    /// <summary>What the CSV check reads from the start.</summary>
    public const int HeadBytes = 64 * 1024;

    /// <summary>Room for a zip's central directory and end record: a workbook or document of thousands of parts.</summary>
    public const int TailBytes = 1024 * 1024;

    private readonly byte[] head = new byte[HeadBytes];
    private readonly byte[] tail = new byte[TailBytes];
    private long length;

    public void Append(ReadOnlySpan<byte> bytes)
    {
        if (length < HeadBytes)
        {
            var count = (int)Math.Min(bytes.Length, HeadBytes - length);
            bytes[..count].CopyTo(head.AsSpan((int)length));
        }

        // The tail is a ring: byte n of the content sits at n % TailBytes.
        var recent = bytes.Length > TailBytes ? bytes[^TailBytes..] : bytes;
        var start = (int)((length + bytes.Length - recent.Length) % TailBytes);
        var first = Math.Min(recent.Length, TailBytes - start);
        recent[..first].CopyTo(tail.AsSpan(start));
        recent[first..].CopyTo(tail);
        length += bytes.Length;
    }

    public EvidenceType? Detect() => EvidenceType.Detect(new EndsView(this));

    /// <summary>A read-only, seekable view: the kept start and end, zeros in the middle.</summary>
    private sealed class EndsView(StreamedTypeDetection seen) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => seen.length;

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Clamp(Length - Position, 0, count);
            for (var i = 0; i < n; i++)
            {
                buffer[offset + i] = ByteAt(Position + i);
            }

            Position += n;
            return n;
        }

        private byte ByteAt(long position) =>
            position < HeadBytes ? seen.head[position]
            : position >= Length - TailBytes ? seen.tail[position % TailBytes]
            : (byte)0;

        public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => Position + offset,
            _ => Length + offset,
        };

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
