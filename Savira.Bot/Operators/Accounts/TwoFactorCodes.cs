using OtpNet;

namespace Savira.Bot.Operators.Accounts;

/// <summary>
/// Six-digit time-based codes (TOTP, RFC 6238: 30-second steps, SHA-1), which every authenticator app makes.
/// A code is accepted one step either side of now, for a phone's clock that is a little off.
/// </summary>
public sealed class TwoFactorCodes(TimeProvider clock)
{
    public const string Issuer = "Savira";

    public static string NewSecret() => Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));

    /// <summary>The otpauth:// address an authenticator app reads from the QR code.</summary>
    public static string SetupUri(string secret, string accountName) =>
        new OtpUri(OtpType.Totp, secret, accountName, Issuer).ToString();

    /// <summary>The time step the code belongs to, or null when it is not the secret's code now.</summary>
    public long? Verify(string secret, string code)
    {
        var digits = new string(code.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length != 6)
            return null;
        var totp = new Totp(Base32Encoding.ToBytes(secret), timeCorrection: new TimeCorrection(clock.GetUtcNow().UtcDateTime));
        return totp.VerifyTotp(digits, out var step, new VerificationWindow(previous: 1, future: 1)) ? step : null;
    }
}
