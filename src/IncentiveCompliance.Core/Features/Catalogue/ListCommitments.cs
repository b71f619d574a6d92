using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Catalogue;

/// <summary>A program year's commitments by code, each with its requirements (by due date, then code): public program data.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager, Roles.BudgetOfficer, Roles.NationalViewer)]
public sealed record ListCommitments(int Year, int Limit = PageSize.Default, string? Cursor = null) : IRequest<Page<CommitmentView>>, IPagedRequest
{
    internal static readonly PageCursor<After> Cursors = new("commitments");

    internal sealed record After(string Code);
}

public sealed class ListCommitmentsValidator : AbstractValidator<ListCommitments>
{
    public ListCommitmentsValidator()
    {
        RuleFor(x => x.Year).ValidYear();
        this.ValidPage(ListCommitments.Cursors);
    }
}

internal sealed class ListCommitmentsHandler(AppDbContext db) : IRequestHandler<ListCommitments, Page<CommitmentView>>
{
    public async Task<Page<CommitmentView>> Handle(ListCommitments request, CancellationToken cancellationToken)
    {
        if (!await db.ProgramYears.AnyAsync(p => p.Year == request.Year, cancellationToken))
        {
            throw new NotFoundException("el catálogo del año", request.Year);
        }

        var after = ListCommitments.Cursors.After(request)?.Code;
        var commitments = await db.Commitments.AsNoTracking().Include(c => c.Requirements)
            .Where(c => c.Year == request.Year && (after == null || c.Code.CompareTo(after) > 0))
            .OrderBy(c => c.Code)
            .ToPageAsync(request, ListCommitments.Cursors, c => new ListCommitments.After(c.Code), cancellationToken);
        return commitments.Map(c => new CommitmentView(c.Code, c.Name, c.Sector,
            c.Requirements.OrderBy(r => r.DueDate).ThenBy(r => r.Code, StringComparer.Ordinal).Select(RequirementView.Of).ToList()));
    }
}
