namespace Savira.Core.Services.Pbb;

/// <summary>
/// Reads a response's body to its end before handing the response on, inside the resilience pipeline, so the
/// body counts against the request's time and the lookup's deadline, and a body that trickles, breaks off or is
/// larger than <paramref name="maxBytes"/> fails the request (and is counted by the breaker) instead of
/// keeping the citizen waiting after the pipeline is done.
/// </summary>
sealed class BufferedBodyHandler(long maxBytes) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            await response.Content.LoadIntoBufferAsync(maxBytes, cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
