using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Files;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Training;
using IncentiveCompliance.Core.Persistence;
using MediatR;

namespace IncentiveCompliance.Core.Features.Training;

/// <summary>
/// Imports an attendance sheet (CSV or XLSX: DNI, nombres y apellidos, ubigeo, cargo, asistió; optional horas, correo,
/// teléfono). Valid rows are saved; each invalid one is reported with its line and why, and fixing and uploading the
/// sheet again updates the people already there instead of adding them twice.
/// </summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record ImportAttendance(Guid TrainingEventId, Stream? Content) : IRequest<AttendanceResult>, ITrainingEventScoped
{
    public const long MaxBytes = 20L * 1024 * 1024;
}

public sealed class ImportAttendanceValidator : AbstractValidator<ImportAttendance>
{
    public ImportAttendanceValidator() => RuleFor(x => x.Content).NotNull().OverridePropertyName("file").WithMessage("Adjunte la hoja de asistencia (CSV o XLSX).");
}

internal sealed class ImportAttendanceHandler(AppDbContext db, AttendanceBook book, ISheetReader sheets) : IRequestHandler<ImportAttendance, AttendanceResult>
{
    private static readonly Dictionary<string, string[]> Columns = new(StringComparer.Ordinal)
    {
        ["dni"] = ["dni"],
        ["name"] = ["nombres y apellidos", "apellidos y nombres", "nombre", "nombres"],
        ["ubigeo"] = ["ubigeo"],
        ["position"] = ["cargo"],
        ["attended"] = ["asistio", "asistió", "asistencia"],
        ["hours"] = ["horas"],
        ["email"] = ["correo", "email", "correo electronico", "correo electrónico"],
        ["phone"] = ["telefono", "teléfono", "celular"],
    };

    private static readonly string[] Required = ["dni", "name", "ubigeo", "position", "attended"];

    public async Task<AttendanceResult> Handle(ImportAttendance request, CancellationToken cancellationToken)
    {
        var (training, ubigeos) = await book.LoadAsync(request.TrainingEventId, cancellationToken);
        using var limited = new MemoryStream();
        await request.Content!.CopyToAsync(limited, cancellationToken);
        if (limited.Length > ImportAttendance.MaxBytes)
        {
            throw new PayloadTooLargeException(ImportAttendance.MaxBytes);
        }

        limited.Position = 0;
        var rows = sheets.Read(limited);
        if (rows.Count == 0)
        {
            throw new ValidationException([new ValidationFailure("file", "La hoja está vacía.")]);
        }

        var header = rows[0].Cells.Select(Normal).ToList();
        var index = Columns.ToDictionary(c => c.Key, c => header.FindIndex(h => c.Value.Contains(h, StringComparer.Ordinal)), StringComparer.Ordinal);
        var missing = Required.Where(r => index[r] < 0).Select(r => Columns[r][0]).ToList();
        if (missing.Count > 0)
        {
            throw new ValidationException([new ValidationFailure("file", $"Faltan columnas en la cabecera: {string.Join(", ", missing)}.")]);
        }

        var rejected = new List<RowError>();
        var valid = new List<AttendeeRow>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows.Skip(1))
        {
            string Cell(string column) => index[column] >= 0 && index[column] < row.Cells.Count ? row.Cells[index[column]] : "";
            var attendee = Parse(Cell, out var problem);
            problem ??= attendee.Problem(ubigeos, training.RegionCode);
            if (problem is null && seen.TryGetValue(attendee.Dni, out var first))
            {
                problem = $"el DNI {Dni.Masked(attendee.Dni)} ya está en la línea {first}";
            }

            if (problem is null)
            {
                seen[attendee.Dni] = row.Line;
                valid.Add(attendee);
            }
            else
            {
                rejected.Add(new RowError(row.Line, problem));
            }
        }

        var (created, updated) = await book.RecordAsync(training, valid, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new AttendanceResult(created, updated, rejected);
    }

    private static AttendeeRow Parse(Func<string, string> cell, out string? problem)
    {
        problem = null;
        decimal? hours = null;
        if (cell("hours") is { Length: > 0 } text)
        {
            if (decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var h))
            {
                hours = h;
            }
            else
            {
                problem = $"las horas «{text}» no son un número";
            }
        }

        var attended = Normal(cell("attended"));
        var status = attended switch
        {
            "si" or "sí" or "x" or "1" or "asistio" or "asistió" or "true" => AttendanceStatus.Attended,
            "no" or "0" or "false" or "falto" or "faltó" => AttendanceStatus.Absent,
            _ => AttendanceStatus.Registered,
        };
        if (attended.Length > 0 && status == AttendanceStatus.Registered)
        {
            problem ??= $"«{cell("attended")}» en «asistió»: use sí o no";
        }

        return new AttendeeRow(cell("dni"), cell("name"), cell("ubigeo"), Positions.Parse(cell("position")),
            NullIfEmpty(cell("email")), NullIfEmpty(cell("phone")), status, hours);
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static string Normal(string text) => text.Trim().ToLowerInvariant();
}
