namespace Savira.Tests.Support;

public static class ChatExtensions
{
    /// <summary>Sends a WhatsApp location pin (with optional text) and returns the reply texts.</summary>
    public static async Task<IReadOnlyList<string>> ShareLocationAsync(
        this SaviraApp app, double latitude, double longitude, CancellationToken cancellationToken, string body = "", string? address = null, string? from = null)
    {
        var form = SaviraApp.WhatsAppForm(body, from);
        form["Latitude"] = latitude.ToString(System.Globalization.CultureInfo.InvariantCulture);
        form["Longitude"] = longitude.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (address is not null)
            form["Address"] = address;
        using var response = await app.PostSignedAsync(form, cancellationToken);
        response.EnsureSuccessStatusCode();
        return Twiml.Messages(await response.Content.ReadAsStringAsync(cancellationToken));
    }

    /// <summary>All reply texts of one message joined, for assertions that don't care where WhatsApp splits.</summary>
    public static async Task<string> SayAsync(this SaviraApp app, string body, CancellationToken cancellationToken) =>
        string.Join("\n", await app.ChatAsync(body, cancellationToken));
}
