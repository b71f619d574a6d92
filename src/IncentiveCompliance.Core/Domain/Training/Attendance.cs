namespace IncentiveCompliance.Core.Domain.Training;

/// <summary>One person's registration and attendance at one event; a person is known by DNI, once per event.</summary>
public sealed class Attendance
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TrainingEventId { get; private set; }

    public required string Dni { get; init; }

    public required string FullName { get; set; }

    public required string Ubigeo { get; set; }

    public Position Position { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public AttendanceStatus Status { get; set; }

    public decimal? HoursAttended { get; set; }
}
