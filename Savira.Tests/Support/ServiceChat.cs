using System.Net.Http.Json;

namespace Savira.Tests.Support;

/// <summary>Messages beyond plain text (a location pin, a photo) and the operators' API, for service tests.</summary>
public static class ServiceChat
{
    public const string AdminKey = "test-admin-key-42";

    public static SaviraApp NewApp() => new(new Dictionary<string, string?> { ["Savira:Admin:ApiKey"] = AdminKey });

    public static async Task<IReadOnlyList<string>> SendFormAsync(this SaviraApp app, Dictionary<string, string> form, CancellationToken cancellationToken)
    {
        using var response = await app.PostSignedAsync(form, cancellationToken);
        response.EnsureSuccessStatusCode();
        return Twiml.Messages(await response.Content.ReadAsStringAsync(cancellationToken));
    }

    public static Task<IReadOnlyList<string>> SendPhotoAsync(this SaviraApp app, string url, CancellationToken cancellationToken, string? from = null)
    {
        var form = SaviraApp.WhatsAppForm("", from);
        form["NumMedia"] = "1";
        form["MediaUrl0"] = url;
        form["MediaContentType0"] = "image/jpeg";
        return app.SendFormAsync(form, cancellationToken);
    }

    public static HttpClient Admin(this SaviraApp app, string? key = AdminKey)
    {
        var client = app.CreateClient();
        if (key is not null)
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    public static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object body, CancellationToken cancellationToken) =>
        client.PostAsJsonAsync(path, body, cancellationToken);
}
