using FluentValidation;
using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Reports;

/// <summary>The region's reports, newest first (by request time, then id).</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record ListComplianceReports(string RegionCode, int Limit = PageSize.Default, string? Cursor = null)
    : IRequest<Page<ReportStatus>>, IRegionScoped, IPagedRequest
{
    internal static readonly PageCursor<Before> Cursors = new("reports");

    internal sealed record Before(DateTime RequestedAt, Guid Id);
}

public sealed class ListComplianceReportsValidator : AbstractValidator<ListComplianceReports>
{
    public ListComplianceReportsValidator()
    {
        RuleFor(x => x.RegionCode).Matches(Ubigeo.RegionPattern).WithMessage("El código de región debe tener 2 dígitos.");
        this.ValidPage(ListComplianceReports.Cursors);
    }
}

internal sealed class ListComplianceReportsHandler(AppDbContext db) : IRequestHandler<ListComplianceReports, Page<ReportStatus>>
{
    public async Task<Page<ReportStatus>> Handle(ListComplianceReports request, CancellationToken cancellationToken)
    {
        var before = ListComplianceReports.Cursors.After(request);
        var (at, id) = (before?.RequestedAt, before?.Id ?? Guid.Empty);
        var reports = await db.ComplianceReports.AsNoTracking()
            .Where(r => r.RegionCode == request.RegionCode)
            .Where(r => at == null || r.RequestedAt < at || (r.RequestedAt == at && r.Id.CompareTo(id) < 0))
            .OrderByDescending(r => r.RequestedAt).ThenByDescending(r => r.Id)
            .ToPageAsync(request, ListComplianceReports.Cursors, r => new ListComplianceReports.Before(r.RequestedAt, r.Id), cancellationToken);
        return reports.Map(ReportStatus.Of);
    }
}
