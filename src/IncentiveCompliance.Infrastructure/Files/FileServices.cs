using IncentiveCompliance.Core.Common.Files;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Infrastructure.Budget;
using Microsoft.Extensions.DependencyInjection;

namespace IncentiveCompliance.Infrastructure.Files;

public static class FileServices
{
    /// <summary>The file store <c>Storage:Provider</c> names (a folder under IC_DATA_DIR, or S3), and the sheet readers.</summary>
    public static IServiceCollection AddFileStorage(this IServiceCollection services)
    {
        services.AddSettings<StorageOptions>(StorageOptions.Section);
        services.AddSingleton(sp => sp.Setting<StorageOptions>());
        return services.AddSingleton<IFileStore>(sp => sp.Setting<StorageOptions>().UsesS3
                ? ActivatorUtilities.CreateInstance<S3FileStore>(sp)
                : ActivatorUtilities.CreateInstance<FolderFileStore>(sp))
            .AddSingleton<ISheetReader, SheetReader>()
            .AddSingleton<IBudgetFileReader, MefExpenseReader>();
    }
}
