using IncentiveCompliance.Core.Common.Files;
using Microsoft.Extensions.DependencyInjection;

namespace IncentiveCompliance.Infrastructure.Files;

public static class FileServices
{
    public static IServiceCollection AddEvidenceStorage(this IServiceCollection services) =>
        services.AddSingleton<IEvidenceStore, FileSystemEvidenceStore>().AddSingleton<ISheetReader, SheetReader>();
}
