using IncentiveCompliance.Infrastructure;
using IncentiveCompliance.Web.Hosting;

var command = CommandLine.Parse(args);
var builder = WebApplication.CreateBuilder(command.HostArgs);
builder.AddIncentiveCompliance();
var app = builder.Build();

// A database the application cannot take over is explained in one sentence, before the host would log a stack trace.
if (await app.Services.FindDatabaseProblemAsync() is { } problem)
{
    await Console.Error.WriteLineAsync(problem);
    return 1;
}

if (command.Name is not null)
{
    return await CommandLine.RunAsync(app, command);
}

app.UseIncentiveCompliance();
await app.RunAsync();
return 0;

/// <summary>Visible to the HTTP tests (WebApplicationFactory).</summary>
public partial class Program;
