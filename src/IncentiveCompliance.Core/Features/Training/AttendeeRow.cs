using System.Text.RegularExpressions;
using IncentiveCompliance.Core.Domain.Training;

namespace IncentiveCompliance.Core.Features.Training;

/// <summary>One person at one event as the secretariat records it, by hand or in a sheet.</summary>
public sealed record AttendeeRow(string Dni, string FullName, string Ubigeo, Position Position, string? Email, string? Phone, AttendanceStatus Status, decimal? HoursAttended)
{
    /// <summary>What is wrong with the row, in Spanish, or null; the ubigeo is checked against the registry and the event's region.</summary>
    public string? Problem(IReadOnlySet<string> regionUbigeos, string regionCode)
    {
        if (!Domain.Training.Dni.IsValid(Dni))
        {
            return $"el DNI «{Dni}» no tiene 8 dígitos";
        }

        if (FullName.Length is 0 or > 200)
        {
            return "falta el nombre (hasta 200 caracteres)";
        }

        if (!Domain.Territory.Ubigeo.IsDistrict(Ubigeo))
        {
            return $"el ubigeo «{Ubigeo}» no tiene 6 dígitos";
        }

        if (!regionUbigeos.Contains(Ubigeo))
        {
            return Ubigeo.StartsWith(regionCode, StringComparison.Ordinal)
                ? $"el ubigeo {Ubigeo} no es una municipalidad registrada"
                : $"la municipalidad {Ubigeo} no es de la región {regionCode}";
        }

        if (Email is { Length: > 256 } || Phone is { Length: > 30 })
        {
            return "el correo admite hasta 256 caracteres y el teléfono hasta 30";
        }

        if (Email is { Length: > 0 } && !Regex.IsMatch(Email, "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            return $"el correo «{Email}» no es válido";
        }

        return HoursAttended is < 0 or > 200 ? "las horas asistidas van de 0 a 200" : null;
    }
}
