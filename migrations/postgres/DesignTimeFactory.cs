using IncentiveCompliance.Infrastructure.Persistence;

namespace IncentiveCompliance.Migrations.PostgreSql;

/// <summary>Lets <c>dotnet ef</c> build the PostgreSql model with this project as its own startup project.</summary>
internal sealed class DesignTimeFactory() : DesignTimeContextFactory(DatabaseProvider.PostgreSql);
