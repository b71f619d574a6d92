using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Territory;
using IncentiveCompliance.Core.Persistence;
using IncentiveCompliance.Infrastructure;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Web.Hosting;

/// <summary>
/// Server-side commands: <c>import-municipalities FILE</c> and <c>model-schema</c> (prints the schema EF Core's
/// model expects, the starting point of a new migration script). Anything else runs the web application.
/// </summary>
public static class CommandLine
{
    public sealed record Command(string? Name, string[] Arguments, string[] HostArgs);

    private static readonly string[] Names = ["import-municipalities", "model-schema"];

    public static Command Parse(string[] args) =>
        args.Length > 0 && Names.Contains(args[0])
            ? new Command(args[0], args[1..], [])
            : new Command(null, [], args);

    public static async Task<int> RunAsync(WebApplication app, Command command)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        switch (command.Name)
        {
            case "model-schema":
                Console.WriteLine(sp.GetRequiredService<AppDbContext>().Database.GenerateCreateScript());
                return 0;
            case "import-municipalities" when command.Arguments.Length == 1:
                await app.Services.PrepareDatabaseAsync(demo: false);
                sp.GetRequiredService<CurrentUser>().ActAsSystem();
                try
                {
                    await using var file = File.OpenRead(command.Arguments[0]);
                    var result = await sp.GetRequiredService<IMediator>().Send(new ImportMunicipalities(file));
                    Console.WriteLine($"Municipalidades: {result.Created} nuevas, {result.Updated} actualizadas, {result.Unchanged} sin cambios.");
                    return 0;
                }
                catch (Core.Common.Errors.RowErrorsException ex)
                {
                    Console.Error.WriteLine(ex.Message);
                    foreach (var row in ex.Rows)
                    {
                        Console.Error.WriteLine($"  fila {row.Row}: {row.Reason}");
                    }

                    return 1;
                }
                catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or Core.Common.Errors.PayloadTooLargeException)
                {
                    Console.Error.WriteLine(ex.Message);
                    return 1;
                }

            default:
                Console.Error.WriteLine("Uso: import-municipalities ARCHIVO.csv | model-schema");
                return 2;
        }
    }
}
