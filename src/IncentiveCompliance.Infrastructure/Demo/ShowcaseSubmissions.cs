using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Calendar;
using IncentiveCompliance.Core.Domain.Catalogue;
using IncentiveCompliance.Core.Features.Submissions;

namespace IncentiveCompliance.Infrastructure.Demo;

/// <summary>A municipality as the showcase needs it.</summary>
internal sealed record ShowcaseTown(string Ubigeo, string Name);

/// <summary>
/// Every municipality's items as its profile says (<see cref="ShowcasePlan"/>), sent by its security manager (the system
/// for municipalities without an account) with a generated PDF as evidence and reviewed by the secretariat: first what
/// was sent and reviewed three weeks ago, on the clock of that day, so that observations made then have a correction
/// deadline that has passed by now; then what was sent and reviewed today.
/// </summary>
internal sealed class ShowcaseSubmissions(ShowcaseActors actors, ShowcaseClock clock, int year, IReadOnlyDictionary<string, Requirement> requirements)
{
    private static readonly TimeSpan WeeksAgo = TimeSpan.FromDays(21);

    private static readonly string[] Observations =
    [
        "Falta la firma del alcalde en la resolución que aprueba el documento.",
        "El acta del CODISEC no indica el quórum ni la lista de asistentes.",
        "El reporte del SIPCOP-M no cubre todos los meses del periodo.",
        "El archivo está incompleto: faltan las páginas de anexos.",
    ];

    private static readonly string[] Rejections =
    [
        "El reporte corresponde a otro distrito.",
        "La evidencia es de un año anterior; envíe la del periodo del programa.",
    ];

    public async Task LoadAsync(IReadOnlyList<ShowcaseTown> towns, CancellationToken cancellationToken)
    {
        using (clock.SetBack(WeeksAgo))
        {
            foreach (var town in towns)
            {
                await WeeksAgoAsync(town, ShowcasePlan.ProfileOf(town.Ubigeo), cancellationToken);
            }
        }

        foreach (var town in towns)
        {
            await TodayAsync(town, ShowcasePlan.ProfileOf(town.Ubigeo), cancellationToken);
        }
    }

    private async Task WeeksAgoAsync(ShowcaseTown town, ShowcaseProfile profile, CancellationToken cancellationToken)
    {
        string[] approved = profile switch
        {
            ShowcaseProfile.Met => ["H1", "H2", "5.3", "5.2"],
            ShowcaseProfile.OnTrack or ShowcaseProfile.Observed or ShowcaseProfile.Rejected => ["H1"],
            _ => [],
        };
        foreach (var code in approved)
        {
            await ReviewAsync(await SendAsync(town, code, draft: false, cancellationToken), "approve", null, cancellationToken);
        }

        if (profile == ShowcaseProfile.Lapsed || town.Ubigeo == ShowcasePlan.Wanchaq)
        {
            // Observed then, with the default deadline of five working days: past by now, never corrected.
            var code = profile == ShowcaseProfile.Lapsed ? "H1" : "H3";
            await ReviewAsync(await SendAsync(town, code, draft: false, cancellationToken), "observe", Pick(Observations, town), cancellationToken);
        }
    }

    private async Task TodayAsync(ShowcaseTown town, ShowcaseProfile profile, CancellationToken cancellationToken)
    {
        switch (profile)
        {
            case ShowcaseProfile.OnTrack:
                await SendAsync(town, "H2", draft: false, cancellationToken);
                // An item left open this close to its due date would put the municipality at risk: on track, it is sent.
                await SendAsync(town, "5.3", draft: !DueSoon("5.3"), cancellationToken);
                break;
            case ShowcaseProfile.Observed:
                await ReviewAsync(await SendAsync(town, "H2", draft: false, cancellationToken), "observe", Pick(Observations, town), cancellationToken);
                await SendAsync(town, "5.3", draft: true, cancellationToken);
                break;
            case ShowcaseProfile.Rejected:
                await ReviewAsync(await SendAsync(town, "5.2", draft: false, cancellationToken), "reject", Pick(Rejections, town), cancellationToken);
                await SendAsync(town, "H2", draft: false, cancellationToken);
                break;
            case ShowcaseProfile.Lapsed:
                await SendAsync(town, "H2", draft: true, cancellationToken);
                break;
            default:
                break;
        }
    }

    private bool DueSoon(string code) => requirements[code].DueDate <= LimaTime.Today(clock).AddDays(10);

    private async Task<Guid> SendAsync(ShowcaseTown town, string code, bool draft, CancellationToken cancellationToken)
    {
        var requirement = requirements[code];
        var today = LimaTime.Today(clock);
        var random = ShowcasePlan.RandomFor(town.Ubigeo, code.Sum(c => c));
        decimal? value = requirement.Kind == RequirementKind.Indicator
            ? requirement.Unit == "%" ? random.Next(50, 96) : random.Next(20, 81)
            : null;
        var evidence = EvidencePdf.Write(
        [
            $"Municipalidad de {town.Name} (ubigeo {town.Ubigeo})",
            $"Programa de Incentivos {year} - requisito {code}",
            requirement.Title,
            value is null ? "Evidencia del avance del periodo." : $"Valor informado: {value} {requirement.Unit}",
            $"Fecha de la evidencia: {today.AddDays(-2):dd/MM/yyyy}",
            "Documento de demostración generado por la aplicación.",
        ]);
        var request = new SubmitProgress(town.Ubigeo, year, code, $"Avance de {requirement.Title.ToLowerInvariant()}.", value, null, null, today.AddDays(-2),
            [new EvidenceUpload($"{code}-{town.Ubigeo}.pdf", new MemoryStream(evidence))], draft);
        var manager = actors.AccountOf(Roles.MunicipalManager, town.Ubigeo);
        return (await actors.SendAs(manager, request, cancellationToken)).Id;
    }

    private Task<ReviewResult> ReviewAsync(Guid submission, string decision, string? reason, CancellationToken cancellationToken) =>
        actors.SendAs(ShowcaseActors.Secretariat, new ReviewSubmission(submission, decision, reason, null), cancellationToken);

    private static string Pick(string[] choices, ShowcaseTown town) => choices[ShowcasePlan.RandomFor(town.Ubigeo, 7).Next(choices.Length)];
}
