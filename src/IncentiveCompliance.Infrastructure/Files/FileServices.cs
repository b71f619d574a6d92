using IncentiveCompliance.Core.Common.Files;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Infrastructure.Budget;
using Microsoft.Extensions.DependencyInjection;

namespace IncentiveCompliance.Infrastructure.Files;

public static class FileServices
{
    public static IServiceCollection AddFileStorage(this IServiceCollection services) =>
        services.AddSingleton<IFileStore, FolderFileStore>().AddSingleton<ISheetReader, SheetReader>()
            .AddSingleton<IBudgetFileReader, MefExpenseReader>();
}
