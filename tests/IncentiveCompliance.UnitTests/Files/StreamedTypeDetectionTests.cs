using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using FluentAssertions;
using IncentiveCompliance.Core.Common.Files;
using Xunit;

namespace IncentiveCompliance.UnitTests.Files;

public sealed class StreamedTypeDetectionTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7_777)]
    [InlineData(StreamedTypeDetection.TailBytes + 3)]
    public void Content_seen_in_pieces_of_any_size_is_told_as_the_whole_would_be(int piece)
    {
        foreach (var content in new[] { Workbook(3 * 1024 * 1024), Workbook(100), Encoding.UTF8.GetBytes("dni;nombre\n01234567;Ana\n"), "%PDF-1.7\n"u8.ToArray(), new byte[] { 0x4D, 0x5A } })
        {
            var detection = new StreamedTypeDetection();
            for (var at = 0; at < content.Length; at += piece)
            {
                detection.Append(content.AsSpan(at, Math.Min(piece, content.Length - at)));
            }

            detection.Detect().Should().Be(EvidenceType.Detect(new MemoryStream(content)));
        }
    }

    [Fact]
    public void A_workbook_is_told_by_its_ends_alone()
    {
        var detection = new StreamedTypeDetection();

        detection.Append(Workbook(5 * 1024 * 1024));

        detection.Detect().Should().Be(EvidenceType.Xlsx);
    }

    /// <summary>An XLSX package whose incompressible filler pushes its directory of parts to the end.</summary>
    private static byte[] Workbook(int filler)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "[Content_Types].xml", "xl/workbook.xml" })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<x/>");
            }

            using var media = zip.CreateEntry("xl/media/image1.bin", CompressionLevel.NoCompression).Open();
            media.Write(RandomNumberGenerator.GetBytes(filler));
        }

        return buffer.ToArray();
    }
}
