using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Savira.Tests.Support;

/// <summary>
/// The real Savira.Bot host (Program) on a fresh SQLite file in a temp folder, with a test auth token,
/// signature checking on, and a clock the test controls. Every webhook it sends is signed as Twilio signs.
/// </summary>
public class SaviraApp : WebApplicationFactory<Program>
{
    public const string AuthToken = "test-auth-token-0123456789abcdef";
    public const string PublicBaseUrl = "https://savira.example.go.id";
    public const string WebhookPath = "/webhooks/twilio/whatsapp";
    public const string Citizen = "whatsapp:+6281234567890";

    readonly Dictionary<string, string?> settings;
    readonly bool ownsFolder;
    readonly Action<IServiceCollection>? configureServices;
    readonly string environment;
    static int messageCounter;

    public SaviraApp(IDictionary<string, string?>? settings = null, string? folder = null,
        Action<IServiceCollection>? services = null, string environment = "Testing")
    {
        ownsFolder = folder is null;
        configureServices = services;
        this.environment = environment;
        Folder = folder ?? Path.Combine(Path.GetTempPath(), "savira-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        this.settings = new Dictionary<string, string?>
        {
            ["Savira:Database:Path"] = DatabasePath,
            ["Twilio:AuthToken"] = AuthToken,
            ["Twilio:PublicBaseUrl"] = PublicBaseUrl,
            ["Twilio:ValidateSignature"] = "true",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            this.settings[key] = value;
    }

    public string Folder { get; }
    public string DatabasePath => Path.Combine(Folder, "savira.db");

    /// <summary>Starts at a Monday morning in Semarang (08:00 WIB); tests move it forward.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            configureServices?.Invoke(services);
        });
    }

    public static string NewMessageSid() => "SM" + Interlocked.Increment(ref messageCounter).ToString("x32", System.Globalization.CultureInfo.InvariantCulture);

    public static Dictionary<string, string> WhatsAppForm(string body, string? from = null, string? messageSid = null) => new()
    {
        ["MessageSid"] = messageSid ?? NewMessageSid(),
        ["AccountSid"] = "AC" + new string('0', 32),
        ["From"] = from ?? Citizen,
        ["To"] = "whatsapp:+14155238886",
        ["Body"] = body,
        ["NumMedia"] = "0",
        ["WaId"] = (from ?? Citizen).Replace("whatsapp:+", "", StringComparison.Ordinal),
        ["ProfileName"] = "Warga Semarang",
    };

    public Task<HttpResponseMessage> SendWhatsAppAsync(string body, CancellationToken cancellationToken, string? from = null, string? messageSid = null) =>
        PostSignedAsync(WhatsAppForm(body, from, messageSid), cancellationToken);

    public Task<HttpResponseMessage> PostSignedAsync(IDictionary<string, string> form, CancellationToken cancellationToken, string path = WebhookPath)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", TwilioSigner.Sign(AuthToken, PublicBaseUrl + path, form));
        return CreateClient().SendAsync(request, cancellationToken);
    }

    /// <summary>Sends a signed message and returns the texts of the TwiML reply.</summary>
    public async Task<IReadOnlyList<string>> ChatAsync(string body, CancellationToken cancellationToken, string? from = null)
    {
        using var response = await SendWhatsAppAsync(body, cancellationToken, from);
        response.EnsureSuccessStatusCode();
        return Twiml.Messages(await response.Content.ReadAsStringAsync(cancellationToken));
    }

    public SqliteConnection OpenDatabase()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=false");
        connection.Open();
        return connection;
    }

    /// <summary>Rows in every table, for asserting that a refused request stored nothing anywhere.</summary>
    public IReadOnlyDictionary<string, long> RowCounts()
    {
        using var connection = OpenDatabase();
        var tables = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").ToList();
        return tables.ToDictionary(table => table, table => connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM \"{table}\""));
    }

    public long Count(string table)
    {
        using var connection = OpenDatabase();
        return connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table}");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        SqliteConnection.ClearAllPools();
        if (!ownsFolder)
            return; // a folder given by the test outlives this app: a restart test opens it again
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { /* left for the OS to clean */ }
    }
}
