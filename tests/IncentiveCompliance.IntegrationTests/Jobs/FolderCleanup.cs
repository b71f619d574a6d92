namespace IncentiveCompliance.IntegrationTests.Jobs;

/// <summary>Deletes a node's data folder once every process and host using it has stopped: declare it before them.</summary>
internal sealed class FolderCleanup(string folder) : IAsyncDisposable
{
    public ValueTask DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
