using System.Globalization;
using FluentAssertions;
using FluentValidation;
using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Jobs;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Features.Budget;

/// <summary>The MEF file from upload to stored figures, on both databases: what is kept, the sums, replacing a year, failing whole.</summary>
public sealed class BudgetImportTests(PostgresServer postgres)
{
    /// <summary>Last year: every month is over, so all of them can be reviewed.</summary>
    public static readonly int Year = TestCatalogue.Today.Year - 1;

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Pp0030_rows_of_registered_municipalities_are_kept_and_summed_to_the_cent(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);
        var rows = SampleRows();

        var status = await ImportAsync(app, TestUsers.CuscoSecretariat, File(rows));

        status.Should().BeEquivalentTo(new { Status = JobStatus.Succeeded, RowsRead = rows.Count, Error = (string?)null });
        var kept = rows.Where(r => r.Program == "0030" && r.Level == "M" && r.Ubigeo is TestUsers.Wanchaq or TestUsers.Santiago).ToList();
        status.RowsKept.Should().Be(kept.Count);
        status.Skipped.Should().BeEquivalentTo(new BudgetSkips(OtherProgram: 2, OtherGovernmentLevel: 1, UnregisteredUbigeo: 2));
        status.BytesRead.Should().Be(status.TotalBytes);

        var wanchaq = await app.SendAs(TestUsers.WanchaqBudget, new GetMunicipalityBudget(TestUsers.Wanchaq, Year));
        var mine = kept.Where(r => r.Ubigeo == TestUsers.Wanchaq).ToList();
        wanchaq.Pim.Should().Be(Sum(mine, "MONTO_PIM"));
        wanchaq.Pia.Should().Be(Sum(mine, "MONTO_PIA"));
        wanchaq.Devengado.Should().Be(Sum(mine, "MONTO_DEVENGADO"));
        wanchaq.Girado.Should().Be(Sum(mine, "MONTO_GIRADO"));
        wanchaq.Execution.Should().Be(Math.Round(Sum(mine, "MONTO_DEVENGADO") / Sum(mine, "MONTO_PIM") * 100, 1, MidpointRounding.AwayFromZero));
        wanchaq.ByProduct.Select(p => p.Code).Should().Equal("3000355", "3000356");
        wanchaq.ByProduct[0].Name.Should().Be("PATRULLAJE POR SECTOR");
        wanchaq.ByActivity.Should().Contain(a => a.Code == "5004156" && a.Name == "PATRULLAJE MUNICIPAL POR SECTOR, SERENAZGO \"24 HORAS\"");
        wanchaq.ByMonth.Single(m => m.Month == 2).Devengado.Should().Be(Sum(mine.Where(r => r.Month == "2"), "MONTO_DEVENGADO"));
        wanchaq.ByMonth[^1].DevengadoToDate.Should().Be(wanchaq.Devengado);

        var region = await app.SendAs(TestUsers.CuscoSecretariat, new GetRegionBudget("08", Year));
        region.Totals.Devengado.Should().Be(Sum(kept, "MONTO_DEVENGADO"));
        region.Municipalities.Should().HaveCount(116);
        var export = await app.SendAs(TestUsers.CuscoSecretariat, new ExportRegionBudget("08", Year));
        export.Headers[9].Should().Be("ejecucion_pct", "the percentage devengado / PIM is «ejecución»; «avance» is a municipality's submission");
        (await export.Rows.ToListAsync(TestContext.Current.CancellationToken))[^1][9].Should().Be(region.Totals.Execution);
        (await app.Query(db => db.Municipalities.Where(m => m.Ubigeo == TestUsers.Wanchaq).Select(m => m.ExecutingUnitCode).SingleAsync()))
            .Should().Be("300712", "the SIAF code is filled in from the file where the registry lacked it");
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Importing_a_year_again_replaces_its_figures_and_never_double_counts(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);
        await ImportAsync(app, TestUsers.CuscoSecretariat, File(SampleRows()));
        var first = await app.SendAs(TestUsers.CuscoSecretariat, new GetRegionBudget("08", Year));

        await ImportAsync(app, TestUsers.CuscoSecretariat, File(SampleRows()));
        var again = await app.SendAs(TestUsers.CuscoSecretariat, new GetRegionBudget("08", Year));
        await ImportAsync(app, TestUsers.CuscoSecretariat, File([Row(TestUsers.Santiago, 0, pim: "1000.00"), Row(TestUsers.Santiago, 1, devengado: "250.50")]));
        var replaced = await app.SendAs(TestUsers.CuscoSecretariat, new GetRegionBudget("08", Year));

        again.Totals.Should().Be(first.Totals);
        replaced.Totals.Should().BeEquivalentTo(new { Pim = 1000.00m, Devengado = 250.50m, Execution = 25.1m });
        replaced.Municipalities.Single(m => m.Ubigeo == TestUsers.Wanchaq).Pim.Should().Be(0, "Wanchaq is not in the new file");
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_bad_row_fails_the_whole_import_with_its_row_and_column_and_the_old_figures_stay(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);
        await ImportAsync(app, TestUsers.CuscoSecretariat, File(SampleRows()));
        var before = await app.SendAs(TestUsers.CuscoSecretariat, new GetRegionBudget("08", Year));
        var rows = SampleRows();
        rows.Insert(5, Row(TestUsers.Wanchaq, 3, devengado: "1.234,50"));

        var failed = await ImportAsync(app, TestUsers.CuscoSecretariat, File(rows));

        failed.Status.Should().Be(JobStatus.Failed);
        failed.Error.Should().Contain("Fila 7").And.Contain("MONTO_DEVENGADO").And.Contain("1.234,50");
        (await app.SendAs(TestUsers.CuscoSecretariat, new GetRegionBudget("08", Year))).Totals.Should().Be(before.Totals);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_failed_uploads_file_is_kept_for_a_retry_for_the_kept_days_then_discarded(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true, settings: new Dictionary<string, string?> { ["Budget:KeepFailedUploadsDays"] = "7" });
        var rows = SampleRows();
        rows.Insert(2, Row(TestUsers.Wanchaq, 3, devengado: "1.234,50"));
        var failed = await ImportAsync(app, TestUsers.CuscoSecretariat, File(rows));
        var upload = await app.Query(db => db.BudgetImports.Where(i => i.Id == failed.Id).Select(i => i.Source).SingleAsync());
        var path = Path.Combine(app.Database.DataDirectory, "files", upload);

        app.Clock.Advance(TimeSpan.FromDays(6));
        await app.SendAsAdmin(new DiscardFailedUploads());
        Kept(path).Should().BeTrue("six days after the failure the file is still there to retry");
        (await app.SendAs(TestUsers.CuscoSecretariat, new GetBudgetImport(failed.Id))).CanRetry.Should().BeTrue();

        app.Clock.Advance(TimeSpan.FromDays(2));
        await app.SendAsAdmin(new DiscardFailedUploads());
        Kept(path).Should().BeFalse("eight days after the failure the upload is gone");
        (await app.SendAs(TestUsers.CuscoSecretariat, new GetBudgetImport(failed.Id))).CanRetry.Should().BeFalse();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.CuscoSecretariat, new RetryBudgetImport(failed.Id)))
            .Should().ThrowAsync<ConflictException>().WithMessage("*vuelva a subirlo*");

        static bool Kept(string path) => System.IO.File.Exists(path);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task The_budget_officer_reviews_a_month_and_must_justify_a_slow_pace(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);
        await ImportAsync(app, TestUsers.CuscoSecretariat, File([Row(TestUsers.Wanchaq, 0, pim: "120000.00"), Row(TestUsers.Wanchaq, 1, devengado: "4000.00")]));

        var unexplained = () => app.SendAs(TestUsers.WanchaqBudget, new ReviewBudgetMonth(TestUsers.Wanchaq, Year, 1, "  "));
        (await unexplained.Should().ThrowAsync<ValidationException>()).Which.Errors.Should().ContainSingle(e => e.PropertyName == "justification");
        var review = await app.SendAs(TestUsers.WanchaqBudget, new ReviewBudgetMonth(TestUsers.Wanchaq, Year, 1, "El camión de serenazgo se compró en febrero."));

        review.Justification.Should().Be("El camión de serenazgo se compró en febrero.");
        var budget = await app.SendAs(TestUsers.CuscoSecretariat, new GetMunicipalityBudget(TestUsers.Wanchaq, Year));
        budget.ByMonth[0].Should().BeEquivalentTo(new { BehindPace = true, ExpectedToDate = 10000.00m, DevengadoToDate = 4000.00m, Over = true });
        budget.ByMonth[0].Review!.ReviewedBy.Should().Be("test@example.pe");
        var row = (await app.SendAs(TestUsers.CuscoSecretariat, new GetRegionBudget("08", Year))).Municipalities.Single(m => m.Ubigeo == TestUsers.Wanchaq);
        row.Should().BeEquivalentTo(new { MonthsReviewed = 1, LatestJustification = "El camión de serenazgo se compró en febrero." });
        (await app.Query(db => db.AuditTrail.CountAsync(a => a.Action == AuditAction.BudgetMonthReviewed && a.Ubigeo == TestUsers.Wanchaq))).Should().Be(1);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Budgets_are_read_and_reviewed_only_within_scope(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);
        var import = await ImportAsync(app, TestUsers.CuscoSecretariat, File(SampleRows()));

        await FluentActions.Invoking(() => app.SendAs(TestUsers.SantiagoManager, new GetMunicipalityBudget(TestUsers.Wanchaq, Year))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.WanchaqManager, new ReviewBudgetMonth(TestUsers.Wanchaq, Year, 1, "x"))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.WanchaqBudget, new ReviewBudgetMonth(TestUsers.Santiago, Year, 1, "x"))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.LimaSecretariat, new GetBudgetImport(import.Id))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.LimaSecretariat, new GetRegionBudget("08", Year))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.WanchaqBudget, new RequestBudgetImport(Year, "x.csv", new MemoryStream([1])))).Should().ThrowAsync<ForbiddenException>();
        (await app.SendAs(TestUsers.LimaSecretariat, new ListBudgetImports(Limit: PageSize.Max))).Items.Should().BeEmpty();
    }

    internal static async Task<BudgetImportStatus> ImportAsync(AppServices app, Core.Common.Security.AccessScope who, byte[] file)
    {
        var id = await app.SendAs(who, new RequestBudgetImport(Year, "2025-Gasto-Mensual.csv", new MemoryStream(file)));
        await app.RunQueuedJobsAsync();
        return await app.SendAs(who, new GetBudgetImport(id));
    }

    internal static byte[] File(IEnumerable<MefRow> rows) => new MefFileBuilder().Rows(rows).Build();

    /// <summary>Wanchaq and Santiago over two products and three months, with rows the import must leave out.</summary>
    internal static List<MefRow> SampleRows() =>
    [
        Row(TestUsers.Wanchaq, 0, pim: "150000.10", pia: "120000.00"),
        Row(TestUsers.Wanchaq, 0, pim: "30000.05", product: "3000356"),
        Row(TestUsers.Wanchaq, 1, devengado: "10000.33", girado: "9000.00"),
        Row(TestUsers.Wanchaq, 2, devengado: "0.01"),
        Row(TestUsers.Wanchaq, 2, devengado: "12345.67", product: "3000356"),
        Row(TestUsers.Santiago, 0, pim: "80000.00"),
        Row(TestUsers.Santiago, 3, devengado: "20000.99"),
        Row(TestUsers.Wanchaq, 1, devengado: "999.99", program: "9001"),
        Row(TestUsers.Wanchaq, 1, devengado: "5.00", program: "30"),
        Row(TestUsers.Wanchaq, 1, devengado: "7.00", level: "R"),
        Row("080199", 1, devengado: "11.00"),
        Row("150101", 1, devengado: "13.00"),
    ];

    internal static MefRow Row(string ubigeo, int month, string pim = "0", string pia = "0", string devengado = "0", string girado = "0",
        string product = "3000355", string program = "0030", string level = "M") => new()
    {
        Ubigeo = ubigeo,
        Year = Year.ToString(CultureInfo.InvariantCulture),
        Month = month.ToString(CultureInfo.InvariantCulture),
        Program = program,
        Level = level,
        Pim = pim,
        Pia = pia,
        Devengado = devengado,
        ["MONTO_GIRADO"] = girado,
        ["SEC_EJEC"] = ubigeo == TestUsers.Wanchaq ? "300712" : "300710",
        ["PRODUCTO_PROYECTO"] = product,
        ProductName = product == "3000355" ? "PATRULLAJE POR SECTOR" : "COMUNIDAD ORGANIZADA A FAVOR DE LA SEGURIDAD CIUDADANA",
        ["ACTIVIDAD_ACCION_OBRA"] = product == "3000355" ? "5004156" : "5004157",
        ActivityName = product == "3000355" ? "PATRULLAJE MUNICIPAL POR SECTOR, SERENAZGO \"24 HORAS\"" : "FORMACIÓN Y CAPACITACIÓN DE JUNTAS VECINALES",
    };

    private static decimal Sum(IEnumerable<MefRow> rows, string column) => rows.Sum(r => decimal.Parse(r[column], CultureInfo.InvariantCulture));
}
