using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace Savira.Bot.Channels.Twilio;

/// <summary>
/// Twilio's request signature: Base64 of HMAC-SHA1, keyed with the auth token, over the URL Twilio called followed
/// by each POST field's name and value, sorted by name (ordinal; a repeated name's values sorted too). Only the URL
/// exactly as configured is tried: the SDK's <c>RequestValidator</c> also accepts it with the default port added or
/// removed (README, "Connecting Twilio", says why Savira does not).
/// </summary>
public static class TwilioSignature
{
    const int HashBytes = 20; // SHA-1
    const int StackLimit = 256;

    /// <summary>The signature in the header, when there is one of the right form (28 Base64 characters, 20 bytes).</summary>
    public static bool TryRead(StringValues header, [NotNullWhen(true)] out byte[]? signature)
    {
        signature = null;
        if (header.Count != 1 || header[0] is not { Length: 28 } text)
            return false;
        var bytes = new byte[HashBytes];
        if (!Convert.TryFromBase64String(text, bytes, out var written) || written != HashBytes)
            return false;
        signature = bytes;
        return true;
    }

    public static bool Matches(string authToken, string url, IFormCollection form, ReadOnlySpan<byte> signature)
    {
        var names = form.Keys.Order(StringComparer.Ordinal).ToList();
        var most = Encoding.UTF8.GetMaxByteCount(url.Length);
        foreach (var name in names)
            foreach (var value in form[name])
                most += Encoding.UTF8.GetMaxByteCount(name.Length + (value?.Length ?? 0));

        // The signed text is encoded into one buffer and hashed in one call: each call into OpenSSL costs more
        // than hashing a field (it clears OpenSSL's error queue before and after), and a webhook has ~20 fields.
        var rented = most > StackLimit ? ArrayPool<byte>.Shared.Rent(most) : null;
        Span<byte> buffer = rented ?? stackalloc byte[StackLimit];
        try
        {
            var length = Encoding.UTF8.GetBytes(url, buffer);
            foreach (var name in names)
            {
                var values = form[name];
                foreach (var value in values.Count == 1 ? (IEnumerable<string?>)values : values.Order(StringComparer.Ordinal))
                {
                    length += Encoding.UTF8.GetBytes(name, buffer[length..]);
                    length += Encoding.UTF8.GetBytes(value ?? "", buffer[length..]);
                }
            }
            return Matches(authToken, buffer[..length], signature);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<byte>.Shared.Return(rented);
        }
    }

    static bool Matches(string authToken, ReadOnlySpan<byte> signed, ReadOnlySpan<byte> signature)
    {
        var hmac = Hmac(authToken);
        try
        {
            hmac.AppendData(signed);
            Span<byte> expected = stackalloc byte[HashBytes];
            hmac.GetHashAndReset(expected);
            return CryptographicOperations.FixedTimeEquals(expected, signature);
        }
        catch
        {
            perThread = null; // its state is unknown now; the next call makes a new one
            throw;
        }
    }

    // An HMAC holds a native context, costly to create and not thread-safe: one per thread, for the token it was made with.
    [ThreadStatic] static (string Token, IncrementalHash Hmac)? perThread;

    static IncrementalHash Hmac(string authToken)
    {
        if (perThread is { } cached && string.Equals(cached.Token, authToken, StringComparison.Ordinal))
            return cached.Hmac;
        perThread?.Hmac.Dispose();
#pragma warning disable CA5350 // Twilio's signature scheme is HMAC-SHA1; we must match it
        var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA1, Encoding.UTF8.GetBytes(authToken));
#pragma warning restore CA5350
        perThread = (authToken, hmac);
        return hmac;
    }
}
