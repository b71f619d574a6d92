using IncentiveCompliance.Infrastructure;
using IncentiveCompliance.Infrastructure.Security;
using IncentiveCompliance.Web.Hosting;

var command = CommandLine.Parse(args);
var builder = WebApplication.CreateBuilder(command.HostArgs);
builder.AddIncentiveCompliance();
var app = builder.Build();

// A setting out of range, a missing key certificate, or a database the application cannot take over, is explained in one
// sentence, before the host would log a stack trace.
if (SettingsCheck.Problem(app.Services) is { } settingsProblem)
{
    await Console.Error.WriteLineAsync(settingsProblem);
    return 1;
}

var demo = app.Services.Setting<DemoOptions>().Enabled;
if (KeyCertificate.Warning(app.Configuration, demo) is { } warning)
{
    await Console.Error.WriteLineAsync(warning);
}

var problem = KeyCertificate.Problem(app.Configuration, demo)
    ?? await app.Services.FindDatabaseProblemAsync();
if (problem is not null)
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
