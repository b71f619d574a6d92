using IncentiveCompliance.Infrastructure.Persistence;

namespace IncentiveCompliance.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the Sqlite model with this project as its own startup project.</summary>
internal sealed class DesignTimeFactory() : DesignTimeContextFactory(DatabaseProvider.Sqlite);
