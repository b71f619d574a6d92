namespace IncentiveCompliance.Core.Domain.Calendar;

/// <summary>A non-working day for the public sector: a national holiday or a decreed one ("día no laborable").</summary>
public sealed class Holiday(DateOnly date, string name)
{
    public DateOnly Date { get; private set; } = date;

    public string Name { get; set; } = name;
}
