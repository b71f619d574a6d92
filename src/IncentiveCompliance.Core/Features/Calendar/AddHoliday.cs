using FluentValidation;
using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Calendar;
using IncentiveCompliance.Core.Persistence;
using MediatR;

namespace IncentiveCompliance.Core.Features.Calendar;

/// <summary>Adds (or renames) a non-working day, e.g. one the government decrees for the public sector.</summary>
[AllowedRoles(Roles.Administrator)]
public sealed record AddHoliday(DateOnly Date, string Name) : IRequest<HolidayView>;

public sealed class AddHolidayValidator : AbstractValidator<AddHoliday>
{
    public AddHolidayValidator()
    {
        RuleFor(x => x.Date).NotEqual(default(DateOnly)).WithMessage("Indique la fecha (AAAA-MM-DD).");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100).WithName("Nombre");
    }
}

internal sealed class AddHolidayHandler(AppDbContext db, AuditTrail audit) : IRequestHandler<AddHoliday, HolidayView>
{
    public async Task<HolidayView> Handle(AddHoliday request, CancellationToken cancellationToken)
    {
        var holiday = await db.Holidays.FindAsync([request.Date], cancellationToken);
        var before = holiday is null ? null : new HolidayView(holiday.Date, holiday.Name);
        if (holiday is null)
        {
            holiday = new Holiday(request.Date, request.Name.Trim());
            db.Holidays.Add(holiday);
        }

        holiday.Name = request.Name.Trim();
        var view = new HolidayView(holiday.Date, holiday.Name);
        audit.Record(AuditAction.HolidaySaved, "Holiday", request.Date.ToString("O"), null, before, view);
        await db.SaveChangesAsync(cancellationToken);
        return view;
    }
}
