namespace Savira.LoadBench;

/// <summary>
/// The ceiling of the machine: a minimal ASP.NET Core endpoint that reads the same form the webhook
/// reads and answers a fixed TwiML reply, with no signature check, storage or engine.
/// </summary>
internal static class BareEndpoint
{
    public const string Verb = "--serve-bare";

    const string Twiml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><Response><Message>Halo! Ketik *menu* untuk layanan.</Message></Response>";

    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();

        app.MapGet("/healthz", () => "Healthy");
        app.MapPost(LoadBenchmark.WebhookPath, async (HttpRequest request, CancellationToken cancellationToken) =>
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if (form["MessageSid"].ToString().Length == 0 || form["From"].ToString().Length == 0)
                return Results.BadRequest();
            _ = form["Body"].ToString();
            return Results.Text(Twiml, "application/xml");
        });

        await app.RunAsync();
    }
}
