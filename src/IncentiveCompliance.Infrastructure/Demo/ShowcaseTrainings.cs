using System.Globalization;
using System.Text;
using IncentiveCompliance.Core.Domain.Calendar;
using IncentiveCompliance.Core.Features.Training;

namespace IncentiveCompliance.Infrastructure.Demo;

/// <summary>
/// Two trainings of the Gobierno Regional Cusco, recorded by the secretariat: about 80 attendees from 44 municipalities
/// (security managers, commitment officers, budget managers); the other municipalities have nobody trained. Names are
/// invented; DNIs start with 99, clearly fictitious, and have the 8 digits the rules ask.
/// </summary>
internal sealed class ShowcaseTrainings(ShowcaseActors actors, TimeProvider clock, int year)
{
    private const int Towns = 44;

    private const string SheetHeader = "DNI;Nombres y apellidos;Ubigeo;Cargo;Asistió\n";
    private const string SecurityManager = "Gerente de Seguridad Ciudadana";
    private const string CommitmentOfficer = "Responsable del compromiso";
    private const string BudgetManager = "Gerente de Presupuesto";

    private static readonly string[] GivenNames =
    [
        "Rosa", "Juan", "Marleni", "Wilber", "Yeny", "Edwin", "Lourdes", "Percy", "Nélida", "Ronald", "Sonia", "Hernán",
        "Maribel", "Fredy", "Elizabeth", "Alcides", "Roxana", "Walter", "Gladys", "Raúl",
    ];

    private static readonly string[] Surnames =
    [
        "Quispe", "Mamani", "Huamán", "Condori", "Ccahuana", "Túpac", "Choque", "Puma", "Sutta", "Huillca", "Layme",
        "Ccori", "Yupanqui", "Champi", "Apaza", "Cusihuamán", "Zúñiga", "Álvarez",
    ];

    public async Task<int> LoadAsync(string regionCode, IReadOnlyList<ShowcaseTown> towns, CancellationToken cancellationToken)
    {
        // Within the program year, whose training requirement (C1) they meet, even when the showcase is loaded after it.
        var today = LimaTime.Today(clock);
        var lastDay = today.Year > year ? new DateOnly(year, 12, 31) : today;
        var commitment = await CreateAsync(regionCode, new TrainingEventFields(
            $"Compromiso de seguridad ciudadana {year} y PP 0030", $"El compromiso {year} y sus evidencias, reglas del PP 0030, SINASEC.",
            lastDay.AddDays(-70), 6, "in_person", "Auditorio del Gobierno Regional Cusco",
            "Gobierno Regional Cusco – Secretaría Técnica del CORESEC, con el MININTER",
            ["security_manager", "commitment_officer", "budget_manager"], ["C1"]), cancellationToken);
        var patrol = await CreateAsync(regionCode, new TrainingEventFields(
            "Registro del patrullaje en el SIPCOP-M", "Registro mensual del patrullaje municipal, sectorización y patrullaje integrado con la PNP.",
            lastDay.AddDays(-35), 4, "virtual", "Sala virtual del Gobierno Regional Cusco",
            "Gobierno Regional Cusco – Secretaría Técnica del CORESEC",
            ["security_manager", "commitment_officer"], ["C1"]), cancellationToken);

        // Municipalities that sent something: the silent ones are also those nobody from which was trained.
        var trained = towns.Where(t => ShowcasePlan.ProfileOf(t.Ubigeo) != ShowcaseProfile.Silent).Take(Towns).ToList();
        var commitmentSheet = new StringBuilder(SheetHeader);
        var patrolSheet = new StringBuilder(SheetHeader);
        var person = 0;
        for (var i = 0; i < trained.Count; i++)
        {
            var town = trained[i];
            AddRow(commitmentSheet, town, SecurityManager, ++person);
            if (i % 2 == 0)
            {
                AddRow(patrolSheet, town, CommitmentOfficer, ++person);
            }

            if (i % 3 == 0)
            {
                AddRow(commitmentSheet, town, BudgetManager, ++person);
            }
        }

        await ImportAsync(commitment, commitmentSheet, cancellationToken);
        await ImportAsync(patrol, patrolSheet, cancellationToken);
        return person;
    }

    private Task<Guid> CreateAsync(string regionCode, TrainingEventFields fields, CancellationToken cancellationToken) =>
        actors.SendAs(ShowcaseActors.Secretariat, new CreateTrainingEvent(regionCode, fields), cancellationToken);

    /// <summary>The attendance sheet the secretariat uploads, as the sign-up sheet is typed: CSV with the cargo in words.</summary>
    private static void AddRow(StringBuilder sheet, ShowcaseTown town, string position, int person)
    {
        var random = ShowcasePlan.RandomFor(town.Ubigeo, person);
        var name = $"{GivenNames[random.Next(GivenNames.Length)]} {Surnames[random.Next(Surnames.Length)]} {Surnames[random.Next(Surnames.Length)]}";
        var dni = (99_000_000 + person).ToString(CultureInfo.InvariantCulture);
        sheet.Append(CultureInfo.InvariantCulture, $"{dni};{name};{town.Ubigeo};{position};sí\n");
    }

    private Task<AttendanceResult> ImportAsync(Guid training, StringBuilder sheet, CancellationToken cancellationToken) =>
        actors.SendAs(ShowcaseActors.Secretariat, new ImportAttendance(training, new MemoryStream(Encoding.UTF8.GetBytes(sheet.ToString()))), cancellationToken);
}
