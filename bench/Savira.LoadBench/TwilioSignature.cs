using System.Security.Cryptography;
using System.Text;

namespace Savira.LoadBench;

/// <summary>Signs a webhook as Twilio does: base64 HMAC-SHA1 of the URL followed by each field's name and value, sorted by name.</summary>
internal static class TwilioSignature
{
    public static string Sign(byte[] authToken, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var data = new StringBuilder(url);
        foreach (var (name, value) in fields.OrderBy(field => field.Key, StringComparer.Ordinal))
            data.Append(name).Append(value);
#pragma warning disable CA5350 // Twilio's signature scheme is HMAC-SHA1; we must match it
        return Convert.ToBase64String(HMACSHA1.HashData(authToken, Encoding.UTF8.GetBytes(data.ToString())));
#pragma warning restore CA5350
    }
}
