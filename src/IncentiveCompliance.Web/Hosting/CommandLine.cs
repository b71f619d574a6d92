using System.Globalization;
using FluentValidation;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Files;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Account;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Core.Features.Territory;
using IncentiveCompliance.Core.Features.Users;
using IncentiveCompliance.Infrastructure;
using IncentiveCompliance.Infrastructure.Files;
using MediatR;

namespace IncentiveCompliance.Web.Hosting;

/// <summary>
/// Server-side commands, sent through the same requests as the UI and the API, as the system itself:
/// <c>import-municipalities FILE</c>, <c>import-budget YEAR FILE</c> (the MEF execution file, read where it lies), <c>create-admin EMAIL NAME</c> (password read from standard input),
/// <c>files backup FOLDER</c> and <c>files restore FOLDER</c> (every stored file to a folder with a SHA-256 manifest, and back: <see cref="FileCopies"/>),
/// <c>rotate-keys [--revocar]</c> (a new key for sessions and tokens).
/// Anything else runs the web application.
/// </summary>
public static class CommandLine
{
    public sealed record Command(string? Name, string[] Arguments, string[] HostArgs);

    private const string Usage = "Uso: import-municipalities ARCHIVO.csv | import-budget AÑO ARCHIVO.csv|.zip | create-admin CORREO \"NOMBRE\" (contraseña por la entrada estándar) | files backup|restore CARPETA | rotate-keys [--revocar]";
    private static readonly string[] Names = ["import-municipalities", "import-budget", "create-admin", "files", "rotate-keys"];

    public static Command Parse(string[] args) =>
        args.Length > 0 && Names.Contains(args[0])
            ? new Command(args[0], args[1..], [])
            : new Command(null, [], args);

    public static async Task<int> RunAsync(WebApplication app, Command command)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        await app.Services.PrepareDatabaseAsync(demo: false);
        sp.GetRequiredService<CurrentUser>().ActAsSystem();
        var mediator = sp.GetRequiredService<IMediator>();
        try
        {
            switch (command.Name, command.Arguments)
            {
                case ("import-municipalities", [var path]):
                    await using (var file = File.OpenRead(path))
                    {
                        var result = await mediator.Send(new ImportMunicipalities(file));
                        Console.WriteLine($"Municipalidades: {result.Created} nuevas, {result.Updated} actualizadas, {result.Unchanged} sin cambios.");
                    }

                    return 0;
                case ("import-budget", [var year, var path]) when int.TryParse(year, CultureInfo.InvariantCulture, out var budgetYear):
                    return await ImportBudgetAsync(mediator, budgetYear, path);
                case ("create-admin", [var email, var name]):
                    Console.Error.Write("Contraseña: ");
                    await mediator.Send(new CreateUser(email, name, Console.ReadLine() ?? "", Roles.Administrator, null, null));
                    Console.WriteLine($"Administrador {email} creado.");
                    return 0;
                case ("files", [var action and ("backup" or "restore"), var folder]):
                    return await CopyFilesAsync(sp.GetRequiredService<IFileStore>(), action == "backup", folder);
                case ("rotate-keys", [] or ["--revocar"]):
                    await RotateKeysAsync(mediator, revokeOthers: command.Arguments is ["--revocar"]);
                    return 0;
                default:
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }
        catch (RowErrorsException ex)
        {
            Console.Error.WriteLine(ex.Message);
            foreach (var row in ex.Rows)
            {
                Console.Error.WriteLine($"  fila {row.Row}: {row.Reason}");
            }

            return 1;
        }
        catch (ValidationException ex)
        {
            foreach (var error in ex.Errors)
            {
                Console.Error.WriteLine($"  {error.PropertyName}: {error.ErrorMessage}");
            }

            return 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ConflictException or PayloadTooLargeException or StorageUnavailableException)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }
    }

    private static async Task<int> ImportBudgetAsync(IMediator mediator, int year, string path)
    {
        var importId = await mediator.Send(new ImportBudgetFile(year, path));
        await mediator.Send(new RunBudgetImport(importId));
        var import = await mediator.Send(new GetBudgetImport(importId));
        Console.WriteLine(import.Error ?? $"Filas leídas {import.RowsRead:N0}, conservadas {import.RowsKept:N0}, omitidas {import.RowsSkipped:N0} " +
            $"(otro programa {import.Skipped.OtherProgram:N0}, otro nivel de gobierno {import.Skipped.OtherGovernmentLevel:N0}, " +
            $"ubigeo no registrado {import.Skipped.UnregisteredUbigeo:N0}).");
        return import.Error is null ? 0 : 1;
    }

    private static async Task RotateKeysAsync(IMediator mediator, bool revokeOthers)
    {
        var rotated = await mediator.Send(new RotateSessionKeys(revokeOthers));
        Console.WriteLine($"Clave {rotated.NewKeyId} en uso hasta {rotated.ExpiresAt:yyyy-MM-dd}" +
            (rotated.OthersRevoked ? "; las demás quedaron revocadas: todos vuelven a iniciar sesión." : "."));
    }

    private static async Task<int> CopyFilesAsync(IFileStore store, bool backup, string folder)
    {
        var copied = backup ? await FileCopies.BackupAsync(store, folder, CancellationToken.None) : await FileCopies.RestoreAsync(store, folder, CancellationToken.None);
        Console.WriteLine($"Archivos {(backup ? "copiados a" : "restaurados desde")} {folder}: {copied.Files:N0} ({copied.Bytes:N0} bytes)" +
            (copied.Gone > 0 ? $"; {copied.Gone:N0} se borraron mientras se copiaba (ya ningún registro los nombra)." : "."));
        return 0;
    }
}
