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
    /// <param name="parameters">The component's parameters by name (use <c>nameof</c>).</param>
    public async Task<string> RenderAsync<TDocument>(Dictionary<string, object?> parameters) where TDocument : IComponent
    {
        // A renderer keeps every component it rendered until it is disposed, so each document gets its own.
        await using var renderer = new HtmlRenderer(services, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TDocument>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }
}
