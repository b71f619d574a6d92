using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Compliance;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Core.Features.Compliance;
using MediatR;

namespace IncentiveCompliance.Core.Features.Reports;

/// <summary>
/// Everything the regional compliance report shows, as of today: the dashboard's figures and rows, each municipality's
/// PP 0030 execution and people trained, execution by province, and per province each municipality's items and observations.
/// The HTML preview and the PDF are both drawn from it.
/// </summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record GetRegionalReport(string RegionCode, int Year) : IRequest<RegionalReport>, IRegionScoped;

public sealed class GetRegionalReportValidator : AbstractValidator<GetRegionalReport>
{
    public GetRegionalReportValidator() => RuleFor(x => x.Year).ValidYear();
}

public sealed record RegionalReport(
    string RegionCode,
    string RegionName,
    int Year,
    DateOnly CutOff,
    RegionTotals Summary,
    BudgetTotals Budget,
    int PeopleTrained,
    IReadOnlyList<ReportMunicipality> Municipalities,
    IReadOnlyList<ReportProvince> Provinces);

public sealed record ReportMunicipality(MunicipalityComplianceRow Compliance, decimal? Execution, int PeopleTrained, IReadOnlyList<ReportItem> Items);

/// <summary>An item as the annex lists it: its state and, when observed or rejected, the auditor's reason and the correction deadline.</summary>
public sealed record ReportItem(string Code, string Title, ItemState State, DateOnly DueDate, string? Reason, DateOnly? CorrectionDueDate);

public sealed record ReportProvince(string Name, decimal? Execution, int Met, IReadOnlyList<ReportMunicipality> Municipalities);

internal sealed class GetRegionalReportHandler(RegionalReportBuilder report) : IRequestHandler<GetRegionalReport, RegionalReport>
{
    public Task<RegionalReport> Handle(GetRegionalReport request, CancellationToken cancellationToken) =>
        report.BuildAsync(request.RegionCode, request.Year, cancellationToken);
}
