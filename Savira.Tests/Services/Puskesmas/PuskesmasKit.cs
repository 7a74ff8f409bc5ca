using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Savira.Tests.Support;

namespace Savira.Tests.Services.Puskesmas;

/// <summary>What the puskesmas tests share: staff keys, direct database tweaks, and reading ticket numbers from replies.</summary>
static partial class PuskesmasKit
{
    public const string HalmaheraKey = "staff-key-halmahera-0123456789";
    public const string KedungmunduKey = "staff-key-kedungmundu-0123456789";

    public static Dictionary<string, string?> Settings(IDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Savira:Puskesmas:StaffKeys:halmahera"] = HalmaheraKey,
            ["Savira:Puskesmas:StaffKeys:kedungmundu"] = KedungmunduKey,
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
            settings[key] = value;
        return settings;
    }

    public static string Citizen(int i) => $"whatsapp:+62812{i:D7}";

    /// <summary>Starts the host (and so the migrations) and sets a clinic's daily quota.</summary>
    public static void SetQuota(this SaviraApp app, string puskesmas, string clinic, int quota)
    {
        _ = app.Services;
        using var connection = app.OpenDatabase();
        connection.Execute("UPDATE puskesmas_clinics SET daily_quota = @quota WHERE puskesmas_code = @puskesmas AND clinic = @clinic",
            new { quota, puskesmas, clinic });
    }

    public static T Get<T>(this SaviraApp app) where T : notnull => app.Services.GetRequiredService<T>();

    public static async Task<HttpResponseMessage> StaffAsync(this SaviraApp app, HttpMethod method, string path, string? key = HalmaheraKey, object? json = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (key is not null)
            request.Headers.Add("X-Api-Key", key);
        if (json is not null)
            request.Content = JsonContent.Create(json);
        return await app.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>"U-007" from a reply holding "Nomor antrean Anda: U-007".</summary>
    public static string TicketIn(IReadOnlyList<string> reply)
    {
        var match = TakenTicket().Match(string.Join('\n', reply));
        Assert.True(match.Success, "No ticket number in: " + string.Join('\n', reply));
        return match.Groups[1].Value;
    }

    [GeneratedRegex(@"Nomor antrean Anda: ([A-Z]-\d{3})")]
    private static partial Regex TakenTicket();
}
