namespace IncentiveCompliance.Core.Common.Security;

/// <summary>Every request declares who may send it; a request with no declaration is refused.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowedRolesAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}

/// <summary>A request anybody may send, signed in or not (sign-in itself).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AnonymousAttribute : Attribute;

/// <summary>A request about one municipality: the caller's scope must cover it.</summary>
public interface IMunicipalityScoped
{
    string Ubigeo { get; }
}

/// <summary>A request about one region: the caller's scope must cover it.</summary>
public interface IRegionScoped
{
    string RegionCode { get; }
}

/// <summary>A request about one submission: the caller's scope must cover the municipality that made it.</summary>
public interface ISubmissionScoped
{
    Guid SubmissionId { get; }
}

/// <summary>A request about one training event: the caller's scope must cover the event's region.</summary>
public interface ITrainingEventScoped
{
    Guid TrainingEventId { get; }
}

/// <summary>A request about one budget import: the caller's scope must cover the import's region (a national import: administrators).</summary>
public interface IBudgetImportScoped
{
    Guid BudgetImportId { get; }
}

/// <summary>A request about one compliance report: the caller's scope must cover the report's region.</summary>
public interface IReportScoped
{
    Guid ReportId { get; }
}

/// <summary>A request a session may send before its sign-in is complete, during the steps named (sign-out during all of them).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowedDuringAttribute(params AccountStep[] steps) : Attribute
{
    public IReadOnlyList<AccountStep> Steps { get; } = steps;
}
