using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Savira.Tests.Support;

/// <summary>
/// A stand-in for Twilio's REST API on 127.0.0.1: a tiny Kestrel app that accepts "create message"
/// requests, records them, answers like Twilio, and fails on demand.
/// </summary>
public sealed class FakeTwilio : IAsyncDisposable
{
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    public const string From = "whatsapp:+14155238886";

    readonly WebApplication app;
    readonly ConcurrentQueue<int> failures = new();
    int counter;

    FakeTwilio(WebApplication app) => this.app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Every create-message request that was answered with success, in order.</summary>
    public ConcurrentQueue<SentMessage> Messages { get; } = new();

    /// <summary>Every request, including those answered with an error.</summary>
    public int Requests => Volatile.Read(ref requests);
    int requests;

    public static async Task<FakeTwilio> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeTwilio(app);
        app.MapPost("/2010-04-01/Accounts/{account}/Messages.json", (HttpContext http, string account) => fake.CreateMessage(http, account));
        app.MapGet("/2010-04-01/Accounts/{account}/Messages/{message}/Media/{media}", (HttpContext http, string media) => fake.GetMedia(http, media));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUrl = new Uri(address);
        return fake;
    }

    /// <summary>The next <paramref name="count"/> requests get this HTTP status with a Twilio error body.</summary>
    public void FailNext(int count, int status = 500)
    {
        for (var i = 0; i < count; i++)
            failures.Enqueue(status);
    }

    public IReadOnlyList<SentMessage> To(string recipient) => Messages.Where(m => m.To == recipient).ToList();

    readonly ConcurrentDictionary<string, (byte[] Bytes, string ContentType)> media = new();

    /// <summary>The Authorization header of every media download, in order.</summary>
    public ConcurrentQueue<string> MediaRequests { get; } = new();

    /// <summary>Serves <paramref name="bytes"/> as a message's media; the URL is Twilio's, which Savira's redirect sends here.</summary>
    public string ServeMedia(byte[] bytes, string contentType = "image/jpeg")
    {
        var sid = "ME" + Guid.NewGuid().ToString("N");
        media[sid] = (bytes, contentType);
        return $"https://api.twilio.com/2010-04-01/Accounts/{AccountSid}/Messages/MM{Guid.NewGuid():N}/Media/{sid}";
    }

    IResult GetMedia(HttpContext http, string sid)
    {
        MediaRequests.Enqueue(http.Request.Headers.Authorization.ToString());
        return media.TryGetValue(sid, out var found) ? Results.File(found.Bytes, found.ContentType) : Results.NotFound();
    }

    /// <summary>The settings that point Savira's outbox sender at this fake.</summary>
    public Dictionary<string, string?> Settings(bool enabled = true, string? templateSid = null) => new()
    {
        ["Twilio:AccountSid"] = AccountSid,
        ["Savira:Outbox:Enabled"] = enabled ? "true" : "false",
        ["Savira:Outbox:From"] = From,
        ["Savira:Outbox:ApiBaseUrl"] = BaseUrl.ToString(),
        ["Savira:Outbox:TemplateContentSid"] = templateSid ?? "",
        ["Savira:Outbox:FirstRetrySeconds"] = "30",
    };

    async Task<IResult> CreateMessage(HttpContext http, string account)
    {
        Interlocked.Increment(ref requests);
        var form = await http.Request.ReadFormAsync();
        if (failures.TryDequeue(out var status))
            return Results.Json(new { code = 20500, message = "Fake Twilio failure", more_info = "https://www.twilio.com/docs/errors/20500", status }, statusCode: status);

        var sid = "SM" + Interlocked.Increment(ref counter).ToString("x32", CultureInfo.InvariantCulture);
        var message = new SentMessage(sid, account, form["To"].ToString(), form["From"].ToString(), NullIfEmpty(form["Body"]),
            NullIfEmpty(form["ContentSid"]), NullIfEmpty(form["ContentVariables"]), NullIfEmpty(form["StatusCallback"]),
            http.Request.Headers.Authorization.ToString(), NullIfEmpty(form["MediaUrl"]));
        Messages.Enqueue(message);
        return Results.Json(new
        {
            sid,
            account_sid = account,
            to = message.To,
            from = message.From,
            body = message.Body ?? "",
            status = "queued",
            num_segments = "1",
            direction = "outbound-api",
            api_version = "2010-04-01",
            date_created = "Mon, 30 Nov 2026 01:00:00 +0000",
            uri = $"/2010-04-01/Accounts/{account}/Messages/{sid}.json",
        }, statusCode: StatusCodes.Status201Created);
    }

    static string? NullIfEmpty(Microsoft.Extensions.Primitives.StringValues value) => value.Count == 0 || value.ToString().Length == 0 ? null : value.ToString();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    public sealed record SentMessage(string Sid, string Account, string To, string From, string? Body, string? ContentSid,
        string? ContentVariables, string? StatusCallback, string Authorization, string? MediaUrl = null);
}
