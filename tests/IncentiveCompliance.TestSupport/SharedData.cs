namespace IncentiveCompliance.TestSupport;

/// <summary>The real data files in ../shared/data beside the repository, when they are there.</summary>
public static class SharedData
{
    public static string? Find(string fileName)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IncentiveCompliance.sln")))
            {
                var path = Path.Combine(dir.FullName, "..", "shared", "data", fileName);
                return File.Exists(path) ? Path.GetFullPath(path) : null;
            }
        }

        return null;
    }
}
