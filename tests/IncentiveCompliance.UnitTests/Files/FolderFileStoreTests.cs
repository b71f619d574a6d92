using System.Text;
using FluentAssertions;
using IncentiveCompliance.Infrastructure.Files;
using IncentiveCompliance.Infrastructure.Persistence;
using Xunit;

namespace IncentiveCompliance.UnitTests.Files;

public sealed class FolderFileStoreTests : IDisposable
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("ic-files-").FullName;

    [Fact]
    public async Task A_saved_file_is_read_back_from_the_files_folder()
    {
        var store = Store();

        var saved = await store.SaveAsync(new MemoryStream(Encoding.UTF8.GetBytes("dni,nombres\n")), 1_000, CancellationToken.None);

        File.Exists(Path.Combine(dataDirectory, "files", saved.Key)).Should().BeTrue();
        using var reader = new StreamReader(await store.OpenAsync(saved.Key, CancellationToken.None));
        (await reader.ReadToEndAsync()).Should().Be("dni,nombres\n");
    }

    [Fact]
    public async Task Files_kept_under_the_folder_s_former_name_are_moved_and_still_found_by_their_keys()
    {
        var legacy = Path.Combine(dataDirectory, "evidence", "2026", "05");
        Directory.CreateDirectory(legacy);
        await File.WriteAllTextAsync(Path.Combine(legacy, "acta"), "acta firmada");

        using var reader = new StreamReader(await Store().OpenAsync("2026/05/acta", CancellationToken.None));

        (await reader.ReadToEndAsync()).Should().Be("acta firmada");
        Directory.Exists(Path.Combine(dataDirectory, "evidence")).Should().BeFalse();
    }

    [Fact]
    public async Task A_key_that_climbs_out_of_the_folder_is_refused()
    {
        var opening = () => Store().OpenAsync("../secrets", CancellationToken.None);

        await opening.Should().ThrowAsync<InvalidOperationException>();
    }

    private FolderFileStore Store() => new(new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=:memory:", dataDirectory), TimeProvider.System);

    public void Dispose() => Directory.Delete(dataDirectory, recursive: true);
}
