using System.Text.Json;
using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Common.Security;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace IncentiveCompliance.Infrastructure.Jobs;

/// <summary>The only Quartz job: opens a scope, acts as the application, and sends the stored request through the mediator.</summary>
public sealed class SendRequestJob(IServiceScopeFactory scopes) : IJob
{
    internal const string TypeKey = "request-type";
    internal const string BodyKey = "request";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var request = Read(context.MergedJobDataMap);
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, cancellationToken);
    }

    internal static JobDataMap Write(IBackgroundRequest request) => new()
    {
        [TypeKey] = request.GetType().FullName!,
        [BodyKey] = JsonSerializer.Serialize(request, request.GetType()),
    };

    /// <summary>Only background requests of the application itself are ever instantiated from what the database holds.</summary>
    private static IBackgroundRequest Read(JobDataMap data)
    {
        var typeName = data.GetString(TypeKey);
        var type = typeof(IBackgroundRequest).Assembly.GetType(typeName ?? "");
        if (type is null || !type.IsAssignableTo(typeof(IBackgroundRequest)))
        {
            throw new JobExecutionException($"Tipo de tarea desconocido: {typeName}");
        }

        return (IBackgroundRequest)JsonSerializer.Deserialize(data.GetString(BodyKey) ?? "null", type)!;
    }
}
