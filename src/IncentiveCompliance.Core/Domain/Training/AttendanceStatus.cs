namespace IncentiveCompliance.Core.Domain.Training;

public enum AttendanceStatus
{
    Registered, // inscrito
    Attended,   // asistió
    Absent,     // no asistió
}
