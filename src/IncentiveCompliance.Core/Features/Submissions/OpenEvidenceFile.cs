using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Files;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Submissions;

/// <summary>
/// An evidence file's content, for users whose scope covers the municipality that sent it, named for download after the
/// type its bytes showed at upload.
/// </summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager)] // not the budget officer: security evidence is not theirs to read
public sealed record OpenEvidenceFile(Guid SubmissionId, Guid FileId) : IRequest<EvidenceContent>, ISubmissionScoped;

public sealed record EvidenceContent(string FileName, string ContentType, bool ShownInline, Stream Content);

internal sealed class OpenEvidenceFileHandler(AppDbContext db, IFileStore store) : IRequestHandler<OpenEvidenceFile, EvidenceContent>
{
    public async Task<EvidenceContent> Handle(OpenEvidenceFile request, CancellationToken cancellationToken)
    {
        var file = await db.EvidenceFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == request.FileId && f.SubmissionId == request.SubmissionId, cancellationToken)
            ?? throw new NotFoundException("el archivo", request.FileId);
        var type = EvidenceType.All.Single(t => t.ContentType == file.ContentType);
        return new EvidenceContent(type.DownloadName(file.FileName), type.ContentType, type.ShownInline, await store.OpenAsync(file.StorageKey, cancellationToken));
    }
}
