namespace IncentiveCompliance.Core.Domain.Calendar;

/// <summary>
/// Peru's national holidays of a year: the fixed ones and Holy Thursday and Good Friday, which move with
/// Easter. They seed the holiday table; an administrator adds the public sector's decreed non-working days.
/// </summary>
public static class PeruvianHolidays
{
    private static readonly (int Month, int Day, string Name)[] Fixed =
    [
        (1, 1, "Año Nuevo"),
        (5, 1, "Día del Trabajo"),
        (6, 7, "Batalla de Arica y Día de la Bandera"),
        (6, 29, "San Pedro y San Pablo"),
        (7, 23, "Día de la Fuerza Aérea del Perú"),
        (7, 28, "Fiestas Patrias"),
        (7, 29, "Fiestas Patrias"),
        (8, 6, "Batalla de Junín"),
        (8, 30, "Santa Rosa de Lima"),
        (10, 8, "Combate de Angamos"),
        (11, 1, "Día de Todos los Santos"),
        (12, 8, "Inmaculada Concepción"),
        (12, 9, "Batalla de Ayacucho"),
        (12, 25, "Navidad"),
    ];

    public static IEnumerable<Holiday> For(int year)
    {
        var easter = EasterSunday(year);
        return Fixed.Select(f => new Holiday(new DateOnly(year, f.Month, f.Day), f.Name))
            .Append(new Holiday(easter.AddDays(-3), "Jueves Santo"))
            .Append(new Holiday(easter.AddDays(-2), "Viernes Santo"))
            .OrderBy(h => h.Date);
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous algorithm, valid for any Gregorian year).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
