using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging;

namespace IncentiveCompliance.Documents;

/// <summary>
/// Renders a document component to an HTML string with the framework's <see cref="HtmlRenderer"/>, which encodes every
/// value written into text or attributes; only the constant stylesheets go in as markup.
/// </summary>
public sealed class DocumentRenderer(IServiceProvider services, ILoggerFactory loggers)
{
    /// <param name="parameters">The component's parameters by name (use <c>nameof</c>) and value.</param>
    public async Task<string> RenderAsync<TDocument>(params (string Name, object? Value)[] parameters) where TDocument : IComponent
    {
        var byName = parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        // A renderer keeps every component it rendered until it is disposed, so each document gets its own.
        await using var renderer = new HtmlRenderer(services, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TDocument>(ParameterView.FromDictionary(byName));
            return output.ToHtmlString();
        });
    }
}
