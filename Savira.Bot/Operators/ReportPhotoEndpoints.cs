using Savira.Core.Services.Infrastruktur;

namespace Savira.Bot.Operators;

/// <summary>
/// /lapor/{ticket}/foto/{id}: a report's kept photo, for the tracking page, the console and WhatsApp's MediaUrl. Open
/// without signing in, like the tracking page; it answers only the image bytes, never anything else of the report.
/// </summary>
public static class ReportPhotoEndpoints
{
    public static IEndpointRouteBuilder MapReportPhotos(this IEndpointRouteBuilder app)
    {
        app.MapGet("/lapor/{ticket}/foto/{id:long}", (string ticket, long id, HttpContext http, IReportDesk desk) =>
        {
            if (ticket.Length > 32 || desk.Photo(ticket.ToUpperInvariant(), id) is not { Bytes: { } bytes } photo)
                return Results.NotFound();
            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.File(bytes, photo.ContentType);
        });
        return app;
    }
}
