using IncentiveCompliance.Web.Hosting;

var command = CommandLine.Parse(args);
var builder = WebApplication.CreateBuilder(command.HostArgs);
builder.AddIncentiveCompliance();
var app = builder.Build();

if (command.Name is not null)
{
    return await CommandLine.RunAsync(app, command);
}

app.UseIncentiveCompliance();
await app.RunAsync();
return 0;

/// <summary>Visible to the HTTP tests (WebApplicationFactory).</summary>
public partial class Program;
