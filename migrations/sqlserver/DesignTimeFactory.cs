using IncentiveCompliance.Infrastructure.Persistence;

namespace IncentiveCompliance.Migrations.SqlServer;

/// <summary>Lets <c>dotnet ef</c> build the SqlServer model with this project as its own startup project.</summary>
internal sealed class DesignTimeFactory() : DesignTimeContextFactory(DatabaseProvider.SqlServer);
