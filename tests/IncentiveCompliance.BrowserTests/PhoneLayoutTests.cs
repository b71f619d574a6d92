using System.Text.Json;
using FluentAssertions;
using IncentiveCompliance.TestSupport;
using Microsoft.Playwright;
using Xunit;

namespace IncentiveCompliance.BrowserTests;

/// <summary>
/// On a phone (390 × 844, an ordinary one): no page scrolls sideways — a wide table scrolls inside its own box — the
/// header links, buttons and fields are tall enough for a thumb, and the pages stay accessible at that width.
/// </summary>
public sealed class PhoneLayoutTests(BrowserFixture browser)
{
    private const int Width = 390;
    private const int Height = 844;
    private const int Thumb = 44;

    /// <summary>Where something sticks out to the right of the screen, and which controls are shorter than a thumb.</summary>
    private const string Measure = """
        ([width, thumb]) => {
            const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '');
            const visible = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; };
            const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) { if (p.scrollWidth > p.clientWidth && getComputedStyle(p).overflowX !== 'visible' && p !== document.documentElement && p !== document.body) return true; } return false; };
            const wide = e => visible(e) && e.getBoundingClientRect().right > width + 0.5;
            const leaves = all => all.filter(e => ![...e.children].some(c => all.includes(c)));
            const every = [...document.body.querySelectorAll('*')].filter(wide);
            const unscrolled = every.filter(e => !scrolls(e));
            // An absolutely placed element escapes a scrolling box that is not its containing block: then name every one.
            const outside = leaves(unscrolled.length > 0 ? unscrolled : every)
                .slice(0, 5).map(e => `${describe(e)} (hasta ${Math.round(e.getBoundingClientRect().right)} px)`);
            const small = [...document.querySelectorAll('.top nav a, button, .button, select, textarea, input:not([type=hidden]):not([type=checkbox]):not([type=radio])')]
                .filter(e => visible(e) && e.getBoundingClientRect().height < thumb - 0.5)
                .slice(0, 5).map(e => `${describe(e)} «${(e.innerText || e.name || e.type || '').trim().slice(0, 30)}» (${Math.round(e.getBoundingClientRect().height)} px)`);
            return { width: document.documentElement.scrollWidth, outside, small };
        }
        """;

    public static TheoryData<string> Roles => new() { "seguridad@wanchaq.demo.pe", "secretaria.tecnica@cusco.demo.pe", "presupuesto@wanchaq.demo.pe", "admin@demo.pe", "nacional@demo.pe" };

    private static string[] PagesOf(string email)
    {
        var year = TestCatalogue.Year;
        return email switch
        {
            "seguridad@wanchaq.demo.pe" =>
            [
                "/", "/Municipalidades/080108", $"/Municipalidades/080108/Cumplimiento?anio={year}", $"/Municipalidades/080108/Requisitos/M1?anio={year}",
                "/Municipalidades/080108/Capacitaciones", "/Municipalidades/080108/Presupuesto", "/Programa", "/Notificaciones", "/Cuenta",
            ],
            "secretaria.tecnica@cusco.demo.pe" =>
            [
                "/", "/Regiones", "/Regiones/08", $"/Regiones/08/Cumplimiento?anio={year}", "/Revision", "/Capacitaciones", "/Regiones/08/Capacitacion",
                "/Regiones/08/Presupuesto", "/Regiones/08/Reportes", "/Auditoria", "/Presupuesto/Importar", "/Notificaciones",
            ],
            "presupuesto@wanchaq.demo.pe" => ["/", "/Municipalidades/080108", "/Municipalidades/080108/Presupuesto", "/Notificaciones"],
            "nacional@demo.pe" =>
            [
                "/", $"/Nacional?anio={year}", "/Regiones", "/Regiones/08", $"/Regiones/08/Cumplimiento?anio={year}", "/Regiones/08/Presupuesto",
                "/Regiones/08/Capacitacion", "/Municipalidades/080108", $"/Municipalidades/080108/Cumplimiento?anio={year}", "/Cuenta",
            ],
            _ => ["/", "/Nacional", "/Regiones", "/Usuarios", "/Usuarios/Nuevo", "/Municipalidades/Importar", "/Feriados", "/Auditoria/Seguridad", "/Notificaciones", "/Cuenta"],
        };
    }

    [Fact]
    public async Task The_sign_in_page_fits_a_phone()
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(Width, Height);
        var problems = new List<string>();

        await CheckAsync(page, "/Cuenta/Ingresar", problems);

        problems.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_main_page_fits_a_phone(string email)
    {
        var page = await browser.SignedInPageAsync(email);
        await page.SetViewportSizeAsync(Width, Height);
        var problems = new List<string>();

        foreach (var path in PagesOf(email))
        {
            await CheckAsync(page, path, problems);
        }

        problems.Should().BeEmpty();
    }

    private static async Task CheckAsync(IPage page, string path, List<string> problems)
    {
        var response = await page.GotoAsync(path);
        if (response is not { Ok: true })
        {
            problems.Add($"{path}: HTTP {response?.Status}");
            return;
        }

        var found = await page.EvaluateAsync<JsonElement>(Measure, new[] { Width, Thumb });
        var width = found.GetProperty("width").GetInt32();
        if (width > Width)
        {
            var outside = string.Join(", ", found.GetProperty("outside").EnumerateArray().Select(e => e.GetString()));
            problems.Add($"{path} is {width} px wide at {Width} px (sticking out: {outside})");
        }

        var small = found.GetProperty("small").EnumerateArray().Select(e => e.GetString()).ToList();
        if (small.Count > 0)
        {
            problems.Add($"{path}: controls shorter than {Thumb} px: {string.Join(", ", small)}");
        }

        problems.AddRange(await Accessibility.ViolationsAsync(page));
    }
}
