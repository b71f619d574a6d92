using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Core.Features.Training;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Reports;

/// <summary>The one-page compliance sheet of a municipality (PDF): status, score, items, PP 0030 execution, people trained.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager)] // not the budget officer: security evidence is not theirs to read
public sealed record GetMunicipalitySheet(string Ubigeo, int Year) : IRequest<SheetFile>, IMunicipalityScoped;

public sealed class GetMunicipalitySheetValidator : AbstractValidator<GetMunicipalitySheet>
{
    public GetMunicipalitySheetValidator() => RuleFor(x => x.Year).ValidYear();
}

public sealed record SheetFile(string FileName, byte[] Content);

public sealed record MunicipalitySheetExtras(string Region, string Province, MunicipalityBudget Budget, int PeopleTrained);

internal sealed class GetMunicipalitySheetHandler(AppDbContext db, ComplianceFigures compliance, BudgetFigures budgets, TrainingFigures training, IReportPrinter printer, TimeProvider clock)
    : IRequestHandler<GetMunicipalitySheet, SheetFile>
{
    public async Task<SheetFile> Handle(GetMunicipalitySheet request, CancellationToken cancellationToken)
    {
        var sheet = await compliance.MunicipalityAsync(request.Ubigeo, request.Year, cancellationToken);
        var budget = await budgets.MunicipalityAsync(request.Ubigeo, request.Year, cancellationToken);
        var trained = await training.PeopleTrainedAsync(request.Ubigeo, request.Year, cancellationToken);
        var place = await db.Municipalities.Where(m => m.Ubigeo == request.Ubigeo)
            .Select(m => new { Province = m.Province.Name, Region = db.Regions.Where(r => r.Code == m.ProvinceCode.Substring(0, 2)).Select(r => r.Name).Single() })
            .SingleAsync(cancellationToken);
        var printed = await printer.PrintSheetAsync(sheet, new MunicipalitySheetExtras(place.Region, place.Province, budget, trained),
            clock.GetUtcNow().UtcDateTime, cancellationToken);
        return new SheetFile($"ficha-cumplimiento-{request.Ubigeo}-{request.Year}.pdf", printed.Content);
    }
}
