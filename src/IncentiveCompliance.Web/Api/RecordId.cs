namespace IncentiveCompliance.Web.Api;

/// <summary>The answer of an operation that creates or changes a record: its id, to read it by.</summary>
public sealed record RecordId(Guid Id);
