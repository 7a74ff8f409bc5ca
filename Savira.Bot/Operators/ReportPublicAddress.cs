using Microsoft.Extensions.Options;
using Savira.Core.Services.Infrastruktur;

namespace Savira.Bot.Operators;

/// <summary>
/// The address the tracking link and the completion photo are written with when Savira:Reports:PublicBaseUrl is empty:
/// Twilio:PublicBaseUrl (the address the city already made public for Twilio), and in Development the host's own first
/// address (Urls, http://127.0.0.1:5080 in the quick start) so a demo shows the link. Only absolute http(s) addresses
/// are taken; with none, the link is left out rather than written broken.
/// </summary>
public sealed class ReportPublicAddress(IConfiguration configuration, IHostEnvironment environment) : IPostConfigureOptions<ReportDeskOptions>
{
    public void PostConfigure(string? name, ReportDeskOptions options)
    {
        if (options.PublicBaseUrl.Length > 0)
            return;
        options.PublicBaseUrl = Usable(configuration["Twilio:PublicBaseUrl"])
            ?? (environment.IsDevelopment() ? OwnAddress(configuration["Urls"]) : null)
            ?? "";
    }

    /// <summary>The first address Kestrel listens on, a wildcard host ("*", "+", "0.0.0.0", "[::]") read as this machine.</summary>
    static string? OwnAddress(string? urls)
    {
        var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (first is null)
            return null;
        foreach (var wildcard in new[] { "://*", "://+", "://0.0.0.0", "://[::]" })
            if (first.Contains(wildcard, StringComparison.Ordinal))
                first = first.Replace(wildcard, "://localhost", StringComparison.Ordinal);
        return Usable(first);
    }

    static string? Usable(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.GetLeftPart(UriPartial.Path).TrimEnd('/')
            : null;

    /// <summary>An address set for the reports themselves must be usable: a broken one stops the host at startup.</summary>
    public sealed class Validation : IValidateOptions<ReportDeskOptions>
    {
        public ValidateOptionsResult Validate(string? name, ReportDeskOptions options) =>
            options.PublicBaseUrl.Length == 0 || Usable(options.PublicBaseUrl) is not null
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    $"Savira:Reports:PublicBaseUrl “{options.PublicBaseUrl}” is not an absolute http(s) URL, e.g. https://lapor.semarangkota.go.id: set Savira__Reports__PublicBaseUrl or leave it empty.");
    }
}
