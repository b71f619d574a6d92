namespace IncentiveCompliance.TestSupport;

/// <summary>The repository around the running tests, and the real data files in ../shared/data beside it when they are there.</summary>
public static class SharedData
{
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "IncentiveCompliance.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("IncentiveCompliance.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string? Find(string fileName)
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data", fileName));
        return File.Exists(path) ? path : null;
    }
}
