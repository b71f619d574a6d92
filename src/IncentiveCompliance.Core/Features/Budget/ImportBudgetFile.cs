using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Budget;
using IncentiveCompliance.Core.Persistence;
using MediatR;

namespace IncentiveCompliance.Core.Features.Budget;

/// <summary>Registers a file already on the server (command line) for import, read where it lies; run it with <see cref="RunBudgetImport"/>.</summary>
[AllowedRoles(Roles.Administrator)]
public sealed record ImportBudgetFile(int Year, string Path) : IRequest<Guid>;

public sealed class ImportBudgetFileValidator : AbstractValidator<ImportBudgetFile>
{
    public ImportBudgetFileValidator()
    {
        RuleFor(x => x.Year).ValidYear();
        RuleFor(x => x.Path).Must(File.Exists).WithMessage(x => $"No existe el archivo «{x.Path}».");
    }
}

internal sealed class ImportBudgetFileHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ImportBudgetFile, Guid>
{
    public async Task<Guid> Handle(ImportBudgetFile request, CancellationToken cancellationToken)
    {
        var path = System.IO.Path.GetFullPath(request.Path);
        var import = new BudgetImport
        {
            Year = request.Year,
            FileName = System.IO.Path.GetFileName(path),
            Source = path,
            TotalBytes = new FileInfo(path).Length,
            RequestedBy = user.Email!,
            RequestedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.BudgetImports.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        return import.Id;
    }
}
