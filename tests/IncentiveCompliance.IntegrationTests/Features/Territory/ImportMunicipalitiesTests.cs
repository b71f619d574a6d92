using System.Text;
using FluentAssertions;
using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Features.Territory;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Features.Territory;

public sealed class ImportMunicipalitiesTests(PostgresServer postgres)
{
    private const string Header = "departamento;provincia;distrito;ubigeo;capital_legal;categoría;altitud;población;latitud;longitud\n";

    private const string Directory = Header + """
        Cusco;Cusco;Cusco;080101;Cusco;Ciudad;3399;114630;-13.5;-71.9
        Cusco;Cusco;Wanchaq;080108;Wanchaq;Ciudad;3366;58541;-13.5;-71.9
        Cusco;La Convención;Santa Ana;080901;Quillabamba;Ciudad;1050;33000;-12.8;-72.7
        Lima;Lima;Lima;150101;Lima;Ciudad;161;268352;-12.0;-77.0
        Lima;Lima;Ancón;150102;Ancón;Ciudad;40;62928;-11.7;-77.1

        """;

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Importing_the_same_file_twice_changes_nothing(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres);

        var first = await Import(app, Directory);
        var second = await Import(app, Directory);

        first.Should().Be(new ImportMunicipalitiesResult(5, 0, 0));
        second.Should().Be(new ImportMunicipalitiesResult(0, 0, 5));
        var regions = (await app.SendAsAdmin(new ListRegions(Limit: PageSize.Max))).Items;
        regions.Should().Equal(new RegionSummary("08", "Cusco", 2, 3), new RegionSummary("15", "Lima", 1, 2));
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_changed_file_creates_and_renames(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres);
        await Import(app, Directory);

        var result = await Import(app, Directory.Replace("Ancón;150102", "Ancon;150102") + "Lima;Lima;Ate;150103;Vitarte;Ciudad;355;599196;-12.0;-76.9\n");

        result.Should().Be(new ImportMunicipalitiesResult(1, 1, 4));
        (await app.SendAsAdmin(new GetMunicipality("150102"))).Name.Should().Be("Ancon");
        (await app.SendAsAdmin(new GetMunicipality("150103"))).Should().BeEquivalentTo(new { Kind = MunicipalityKind.District, Province = "Lima", Region = "Lima" });
        (await app.SendAsAdmin(new GetMunicipality("080901"))).Kind.Should().Be(MunicipalityKind.Provincial);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_file_with_one_bad_row_changes_nothing(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres);
        await Import(app, Directory);

        var act = () => Import(app, Directory.Replace("Wanchaq;080108", "Huánchac;080108") + "Lima;Lima;Ate;15010;x;x;1;1;1;1\n");

        (await act.Should().ThrowAsync<RowErrorsException>()).Which.Rows.Should().ContainSingle().Which.Row.Should().Be(7);
        (await app.SendAsAdmin(new GetMunicipality("080108"))).Name.Should().Be("Wanchaq");
        (await app.Query(db => db.Municipalities.CountAsync())).Should().Be(5);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_file_over_20_MB_is_refused_before_anything_is_read_into_the_database(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres);
        var tooLarge = new MemoryStream(new byte[ImportMunicipalities.MaxBytes + 1]);

        var act = () => app.SendAsAdmin(new ImportMunicipalities(tooLarge));

        await act.Should().ThrowAsync<PayloadTooLargeException>();
        (await app.Query(db => db.Regions.AnyAsync())).Should().BeFalse();
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Only_an_administrator_imports(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres);
        var act = () => app.SendAs(TestUsers.CuscoSecretariat, new ImportMunicipalities(new MemoryStream(Encoding.UTF8.GetBytes(Directory))));
        await act.Should().ThrowAsync<ForbiddenException>();
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task The_real_INEI_directory_imports_whole(DatabaseProvider provider)
    {
        // INEI's file is not in the repository (see ../shared/data/NOTICE.md): this runs where it sits beside the clone, as in CI.
        var path = SharedData.Find("ubigeo_inei_2025.csv");
        Assert.SkipWhen(path is null, "../shared/data/ubigeo_inei_2025.csv is not beside this clone");
        await using var app = await AppServices.CreateAsync(provider, postgres);

        await using var file = File.OpenRead(path!);
        var result = await app.SendAsAdmin(new ImportMunicipalities(file));

        result.Should().Be(new ImportMunicipalitiesResult(1891, 0, 0));
        var regions = (await app.SendAsAdmin(new ListRegions(Limit: PageSize.Max))).Items;
        regions.Should().HaveCount(25);
        regions.Sum(r => r.ProvinceCount).Should().Be(196);
        regions.Single(r => r.Code == "08").Should().Be(new RegionSummary("08", "Cusco", 13, 116));
        var cusco = (await app.SendAsAdmin(new ListMunicipalities("08", Limit: PageSize.Max))).Items;
        cusco.Where(m => m.Kind == MunicipalityKind.Provincial).Select(m => m.Ubigeo).Should().Equal(
            "080101", "080201", "080301", "080401", "080501", "080601", "080701", "080801", "080901", "081001", "081101", "081201", "081301");
    }

    private static Task<ImportMunicipalitiesResult> Import(AppServices app, string csv) =>
        app.SendAsAdmin(new ImportMunicipalities(new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)])));
}
