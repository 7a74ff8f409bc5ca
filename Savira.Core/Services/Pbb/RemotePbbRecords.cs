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

/// <summary>The remote endpoint's JSON (camelCase); documented in docs/README-services-a.md.</summary>
public sealed record RemoteTaxObject
{
    public string? Nop { get; init; }
    public string? OwnerName { get; init; }
    public string? Address { get; init; }
    public string? Kelurahan { get; init; }
    public string? Kecamatan { get; init; }
    public long? LandArea { get; init; }
    public long? BuildingArea { get; init; }
    public IReadOnlyList<RemoteBill?>? Bills { get; init; }

    /// <summary>The tax object, or null when a required field is missing or the answer is about another NOP.</summary>
    public PbbTaxObject? ToTaxObject(Nop asked)
    {
        var digits = new string((Nop ?? "").Where(char.IsAsciiDigit).ToArray());
        if (digits != asked.Digits || string.IsNullOrWhiteSpace(OwnerName) || string.IsNullOrWhiteSpace(Address)
            || LandArea is not >= 0 || BuildingArea is not >= 0 || Bills is null
            || Bills.Any(bill => bill is not { Year: > 1900, Amount: >= 0, DueDate: not null }))
            return null;
        return new PbbTaxObject
        {
            Nop = digits,
            OwnerName = OwnerName,
            Address = Address,
            Kelurahan = Kelurahan ?? "",
            Kecamatan = Kecamatan ?? "",
            LandArea = LandArea.Value,
            BuildingArea = BuildingArea.Value,
            Bills = Bills.Select(bill => new PbbBill { Year = bill!.Year!.Value, Amount = bill.Amount!.Value, DueDate = bill.DueDate!.Value, PaidOn = bill.PaidOn })
                .OrderByDescending(bill => bill.Year).ToList(),
        };
    }
}

public sealed record RemoteBill
{
    public int? Year { get; init; }
    public long? Amount { get; init; }
    public DateOnly? DueDate { get; init; }
    public DateOnly? PaidOn { get; init; }
}
