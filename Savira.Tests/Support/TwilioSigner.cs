using System.Security.Cryptography;
using System.Text;

namespace Savira.Tests.Support;

/// <summary>
/// Signs a webhook the way Twilio does: HMAC-SHA1 over the URL followed by each POST field, sorted by name (and a
/// repeated name's values sorted too). Written apart from the host's own code, so a test checks one against the other.
/// </summary>
public static class TwilioSigner
{
    public static string Sign(string authToken, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var data = new StringBuilder(url);
        foreach (var (name, value) in fields.OrderBy(field => field.Key, StringComparer.Ordinal).ThenBy(field => field.Value, StringComparer.Ordinal))
            data.Append(name).Append(value);
#pragma warning disable CA5350 // Twilio's signature scheme is HMAC-SHA1; we must match it
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString())));
#pragma warning restore CA5350
    }
}
