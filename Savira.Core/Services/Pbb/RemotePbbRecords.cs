using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Savira.Core.Understanding.Entities;

namespace Savira.Core.Services.Pbb;

/// <summary>
/// PBB records read from the tax office's HTTP JSON endpoint: GET {BaseUrl}objects/{nop} answers 200 with
/// a <see cref="RemoteTaxObject"/>, or 404 for an unknown NOP. Timeouts, retries and the circuit breaker
/// live in the named client's resilience handler (<see cref="PbbServices"/>); every failure, including an
/// answer that is not the documented shape, becomes <see cref="CitySystemUnavailableException"/>.
/// </summary>
public sealed partial class RemotePbbRecords(IHttpClientFactory clients, ILogger<RemotePbbRecords> logger) : IPbbRecords
{
    public const string ClientName = "pbb-remote";

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async ValueTask<PbbTaxObject?> FindAsync(Nop nop, CancellationToken cancellationToken)
    {
        var client = clients.CreateClient(ClientName);
        try
        {
            using var response = await client.GetAsync(new Uri("objects/" + nop.Digits, UriKind.Relative), cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotFound)
                return null;
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<RemoteTaxObject>(Json, cancellationToken).ConfigureAwait(false);
            return body?.ToTaxObject(nop) ?? throw new InvalidDataException("The PBB endpoint answered 200 without a tax object of the documented shape.");
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested) // timeouts, refusals, open circuit, garbage
        {
            LogLookupFailed(logger, exception, exception.GetType().Name, client.BaseAddress);
            throw new CitySystemUnavailableException("The remote PBB records are unavailable.", exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A PBB lookup at the remote endpoint {BaseAddress} failed ({Failure}); the citizen was asked to try later")]
    static partial void LogLookupFailed(ILogger logger, Exception exception, string failure, Uri? baseAddress);
}
