using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using FluentAssertions;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Files;
using IncentiveCompliance.Infrastructure.Files;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Files;

/// <summary>
/// What every file store promises, checked on each one the product can be configured with: the folder under IC_DATA_DIR
/// and an S3-compatible object store (a real s3rver), both made by the product's own registration from their settings.
/// </summary>
public sealed class FileStoreContractTests : IAsyncLifetime
{
    private const long Limit = 20L * 1024 * 1024;

    private readonly string dataDirectory = Directory.CreateTempSubdirectory("ic-store-").FullName;
    private S3Server? s3;
    private readonly List<ServiceProvider> services = [];

    public static TheoryData<string> Providers => ["Local", "S3"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_saved_file_is_measured_read_back_listed_and_deleted(string provider)
    {
        var store = await StoreAsync(provider);

        var saved = await store.SaveAsync(new MemoryStream(TestFiles.Csv), Limit, CancellationToken.None);

        saved.Size.Should().Be(TestFiles.Csv.Length);
        saved.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(TestFiles.Csv)));
        saved.Type.Should().Be(EvidenceType.Csv);
        (await ReadAsync(store, saved.Key)).Should().Equal(TestFiles.Csv);
        (await store.ListAsync(CancellationToken.None).ToListAsync()).Should().Equal(saved.Key);

        await store.DeleteAsync(saved.Key);

        (await store.ListAsync(CancellationToken.None).ToListAsync()).Should().BeEmpty();
        await store.Invoking(s => s.OpenAsync(saved.Key, CancellationToken.None)).Should().ThrowAsync<FileNotFoundException>();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Content_past_the_limit_is_refused_with_nothing_left_behind(string provider)
    {
        var store = await StoreAsync(provider);

        // Past the limit in its third part: two parts of a multipart upload were already sent when it is refused.
        var saving = () => store.SaveAsync(new GeneratedContent(3L * S3FileStore.PartBytes), (2L * S3FileStore.PartBytes) + 1, CancellationToken.None);

        await saving.Should().ThrowAsync<PayloadTooLargeException>();
        (await store.ListAsync(CancellationToken.None).ToListAsync()).Should().BeEmpty();
        Directory.EnumerateFiles(dataDirectory, "*", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_file_of_several_parts_is_streamed_whole_with_its_size_and_SHA_256(string provider)
    {
        var store = await StoreAsync(provider);
        const long size = (3L * S3FileStore.PartBytes) + 12_345;

        var saved = await store.SaveAsync(new GeneratedContent(size), Limit, CancellationToken.None);

        saved.Size.Should().Be(size);
        saved.Sha256.Should().Be(Convert.ToHexStringLower(await SHA256.HashDataAsync(new GeneratedContent(size))));
        await using var read = await store.OpenAsync(saved.Key, CancellationToken.None);
        Convert.ToHexStringLower(await SHA256.HashDataAsync(read)).Should().Be(saved.Sha256);
    }

    public static TheoryData<string, string> Contents => new MatrixTheoryData<string, string>(["Local", "S3"], ["pdf", "png", "csv", "xlsx", "docx-large", "exe"]);

    [Theory]
    [MemberData(nameof(Contents))]
    public async Task The_type_comes_from_the_content(string provider, string content)
    {
        var store = await StoreAsync(provider);
        var (bytes, expected) = content switch
        {
            "pdf" => (TestFiles.Pdf, EvidenceType.Pdf),
            "png" => (TestFiles.Png, EvidenceType.Png),
            "csv" => (TestFiles.Csv, EvidenceType.Csv),
            "xlsx" => (Office("xl/workbook.xml", 100), EvidenceType.Xlsx),
            // A document whose parts' directory lies past the first part of an upload, at the end of 12 MB.
            "docx-large" => (Office("word/document.xml", 12 * 1024 * 1024), EvidenceType.Docx),
            _ => (TestFiles.Executable, null),
        };

        var saved = await store.SaveAsync(new MemoryStream(bytes), Limit, CancellationToken.None);

        saved.Type.Should().Be(expected);
    }

    [Theory]
    [InlineData("Local", "S3")]
    [InlineData("S3", "Local")]
    public async Task A_backup_of_one_store_restores_into_the_other_under_the_same_keys(string from, string to)
    {
        var source = await StoreAsync(from);
        var files = new[] { TestFiles.Pdf, TestFiles.Csv, Office("xl/workbook.xml", 100) };
        var saved = new List<StoredFile>();
        foreach (var content in files)
        {
            saved.Add(await source.SaveAsync(new MemoryStream(content), Limit, CancellationToken.None));
        }

        var folder = Path.Combine(dataDirectory, "copia");
        var backedUp = await FileCopies.BackupAsync(source, folder, CancellationToken.None);
        var target = await StoreAsync(to, Path.Combine(dataDirectory, "destino"));
        var restored = await FileCopies.RestoreAsync(target, folder, CancellationToken.None);

        backedUp.Should().Be(new FileCopies.Summary(3, files.Sum(f => (long)f.Length)));
        await SumsCheckAsync(folder);
        restored.Should().Be(backedUp);
        (await target.ListAsync(CancellationToken.None).ToListAsync()).Should().BeEquivalentTo(saved.Select(f => f.Key));
        foreach (var file in saved)
        {
            Convert.ToHexStringLower(SHA256.HashData(await ReadAsync(target, file.Key))).Should().Be(file.Sha256);
        }
    }

    [Fact]
    public async Task A_restore_stops_at_a_file_that_does_not_match_the_manifest()
    {
        var source = await StoreAsync("Local");
        var saved = await source.SaveAsync(new MemoryStream(TestFiles.Pdf), Limit, CancellationToken.None);
        var folder = Path.Combine(dataDirectory, "copia");
        await FileCopies.BackupAsync(source, folder, CancellationToken.None);
        await File.AppendAllTextAsync(Path.Combine(folder, "files", saved.Key), "alterado");
        var target = await StoreAsync("S3");

        var restoring = () => FileCopies.RestoreAsync(target, folder, CancellationToken.None);

        (await restoring.Should().ThrowAsync<IOException>()).Which.Message.Should().Contain("no coincide con su SHA-256");
        (await target.ListAsync(CancellationToken.None).ToListAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task A_store_nobody_answers_at_is_unavailable_not_an_error_of_the_file()
    {
        var store = Store(S3Server.Unreachable());

        var saving = () => store.SaveAsync(new MemoryStream(TestFiles.Pdf), Limit, CancellationToken.None);

        (await saving.Should().ThrowAsync<StorageUnavailableException>()).Which.Message.Should().Contain("no está disponible");
    }

    /// <summary>A store of the provider named: a folder store in the data folder given (the test's by default), or a new s3rver.</summary>
    private async Task<IFileStore> StoreAsync(string provider, string? folder = null)
    {
        if (provider == "Local")
        {
            return Store(new Dictionary<string, string?> { ["Storage:Provider"] = "Local" }, folder);
        }

        s3 = await S3Server.StartAsync();
        return Store(s3.Settings);
    }

    /// <summary>The store the product registers for these settings.</summary>
    private IFileStore Store(IReadOnlyDictionary<string, string?> settings, string? folder = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var provider = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddSingleton(TimeProvider.System)
            .AddSingleton(new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=:memory:", folder ?? dataDirectory))
            .AddFileStorage().BuildServiceProvider();
        services.Add(provider);
        return provider.GetRequiredService<IFileStore>();
    }

    /// <summary>The copy checks with the operator's own tool, as docs/operations.md says: sha256sum -c SHA256SUMS.</summary>
    private static async Task SumsCheckAsync(string folder)
    {
        using var check = Process.Start(new ProcessStartInfo("sha256sum", ["-c", "--quiet", FileCopies.ManifestName])
        {
            WorkingDirectory = folder, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        var output = await check.StandardOutput.ReadToEndAsync() + await check.StandardError.ReadToEndAsync();
        await check.WaitForExitAsync();
        check.ExitCode.Should().Be(0, output);
    }

    private static async Task<byte[]> ReadAsync(IFileStore store, string key)
    {
        await using var content = await store.OpenAsync(key, CancellationToken.None);
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        return copy.ToArray();
    }

    /// <summary>An Office package: its content types, one part named for its kind, and an incompressible part of the size given.</summary>
    private static byte[] Office(string part, int filler)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "[Content_Types].xml", part })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<?xml version=\"1.0\"?><x/>");
            }

            using var media = zip.CreateEntry("docProps/filler.bin", CompressionLevel.NoCompression).Open();
            media.Write(RandomNumberGenerator.GetBytes(filler));
        }

        return buffer.ToArray();
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in services)
        {
            await provider.DisposeAsync();
        }

        if (s3 is not null)
        {
            await s3.DisposeAsync();
        }

        Directory.Delete(dataDirectory, recursive: true);
    }
}
