using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Savira.Tests.Support;

/// <summary>
/// A city's remote system stand-in: a Kestrel app on 127.0.0.1 with a free port, answering every request
/// with <see cref="Respond"/>, which a test swaps to be healthy, slow, failing or talking garbage.
/// </summary>
public sealed class FakeCitySystem : IAsyncDisposable
{
    readonly WebApplication app;
    int requests;

    FakeCitySystem(WebApplication app) => this.app = app;

    public Func<HttpContext, Task> Respond { get; set; } = context =>
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    };

    public int Requests => Volatile.Read(ref requests);

    public List<string> Paths { get; } = [];

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<FakeCitySystem> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var server = new FakeCitySystem(builder.Build());
        server.app.Run(async context =>
        {
            Interlocked.Increment(ref server.requests);
            lock (server.Paths)
                server.Paths.Add(context.Request.Path);
            try
            {
                await server.Respond(context);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                // the client gave up on a slow answer, as it should
            }
        });
        await server.app.StartAsync(cancellationToken);
        server.BaseUrl = new Uri(server.app.Urls.First() + "/pbb/");
        return server;
    }

    public static Func<HttpContext, Task> Json(string json, int status = StatusCodes.Status200OK) => async context =>
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json, context.RequestAborted);
    };

    public static Func<HttpContext, Task> Slow(TimeSpan delay) => async context =>
    {
        await Task.Delay(delay, context.RequestAborted);
        context.Response.StatusCode = StatusCodes.Status200OK;
    };

    /// <summary>A healthy system that takes its time: the answer after <paramref name="delay"/>.</summary>
    public static Func<HttpContext, Task> SlowJson(TimeSpan delay, string json) => async context =>
    {
        await Task.Delay(delay, context.RequestAborted);
        await Json(json)(context);
    };

    /// <summary>Headers at once, then the body one byte at a time, <paramref name="every"/> apart, for as long as the client listens.</summary>
    public static Func<HttpContext, Task> Trickle(TimeSpan every) => async context =>
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        await context.Response.StartAsync(context.RequestAborted);
        for (var i = 0; i < 10_000; i++)
        {
            await context.Response.Body.WriteAsync("{"u8.ToArray(), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(every, context.RequestAborted);
        }
    };

    public static Func<HttpContext, Task> Status(int status) => context =>
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    };

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await app.StopAsync(stopping.Token);
        await app.DisposeAsync();
    }
}
