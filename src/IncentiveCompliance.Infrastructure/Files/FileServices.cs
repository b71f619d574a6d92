using IncentiveCompliance.Core.Common.Files;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Infrastructure.Budget;
using Microsoft.Extensions.DependencyInjection;

namespace IncentiveCompliance.Infrastructure.Files;

public static class FileServices
{
    public static IServiceCollection AddEvidenceStorage(this IServiceCollection services) =>
        services.AddSingleton<IEvidenceStore, FileSystemEvidenceStore>().AddSingleton<ISheetReader, SheetReader>()
            .AddSingleton<IBudgetFileReader, MefExpenseReader>();
}
