using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Files;
using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Budget;
using IncentiveCompliance.Core.Persistence;
using MediatR;

namespace IncentiveCompliance.Core.Features.Budget;

/// <summary>
/// Receives an MEF execution file and queues its import. A secretariat's import replaces its region's figures for the
/// year; an administrator's, every municipality's. The import itself runs in the background (<see cref="RunBudgetImport"/>).
/// </summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record RequestBudgetImport(int Year, string FileName, Stream? Content) : IRequest<Guid>
{
    /// <summary>The national file is about 6 GB a year; zipped or not, up to 8 GB is accepted.</summary>
    public const long MaxBytes = 8L * 1024 * 1024 * 1024;
}

public sealed class RequestBudgetImportValidator : AbstractValidator<RequestBudgetImport>
{
    public RequestBudgetImportValidator()
    {
        RuleFor(x => x.Year).ValidYear();
        RuleFor(x => x.Content).NotNull().OverridePropertyName("file").WithMessage("Adjunte el archivo de ejecución del gasto del MEF (CSV o ZIP).");
        RuleFor(x => x.FileName).MaximumLength(260).OverridePropertyName("file");
    }
}

internal sealed class RequestBudgetImportHandler(AppDbContext db, ICurrentUser user, IFileStore files, IBackgroundJobs jobs, RegionWorkQuota quota, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<RequestBudgetImport, Guid>
{
    public async Task<Guid> Handle(RequestBudgetImport request, CancellationToken cancellationToken)
    {
        var regionCode = user.Scope!.Role == Roles.Administrator ? null : user.Scope.RegionCode;
        await quota.EnsureRoomForImportAsync(regionCode, cancellationToken); // before a gigabyte is stored for nothing
        var stored = await files.SaveAsync(request.Content!, RequestBudgetImport.MaxBytes, cancellationToken);
        var import = new BudgetImport
        {
            Year = request.Year,
            RegionCode = regionCode,
            FileName = Path.GetFileName(request.FileName) is { Length: > 0 } name ? name : "archivo.csv",
            Source = stored.Key,
            SourceIsUpload = true,
            TotalBytes = stored.Size,
            RequestedBy = user.Email!,
            RequestedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.BudgetImports.Add(import);
        audit.Record(AuditAction.BudgetImportRequested, "BudgetImport", import.Id.ToString(), null, null,
            new { import.Year, import.FileName, import.TotalBytes, stored.Sha256 }, import.RegionCode);
        await db.SaveChangesAsync(cancellationToken);
        await jobs.EnqueueAsync(new RunBudgetImport(import.Id), cancellationToken);
        return import.Id;
    }
}
