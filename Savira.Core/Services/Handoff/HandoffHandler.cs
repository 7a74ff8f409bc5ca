using Microsoft.Extensions.Options;
using Savira.Core.Replies;
using Savira.Core.Understanding;

namespace Savira.Core.Services.Handoff;

/// <summary>
/// The citizen wants a human: the request is recorded (the conversation so far is already journaled),
/// the citizen learns when officers answer, and the bot stays silent until released or timed out.
/// </summary>
public sealed class HandoffHandler(IHandoffDesk desk, IOptionsMonitor<HandoffOptions> options) : IServiceHandler
{
    public Intent Intent => Intent.Handoff;

    public async ValueTask<HandlerResult> StartAsync(Turn turn, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var request = await desk.OpenAsync(turn.Message, cancellationToken).ConfigureAwait(false);
        var when = OfficeHours.IsOpen(settings, turn.Now)
            ? "Petugas kami akan segera membalas di percakapan ini."
            : $"Saat ini di luar jam layanan petugas ({OfficeHours.Describe(settings)}). Pesan Anda akan dibalas mulai *{IndonesianFormat.DateTime(OfficeHours.NextOpening(settings, turn.Now))}*.";
        return HandlerResult.Say(
            $"""
            👩‍💼 Baik, permintaan Anda untuk berbicara dengan petugas sudah kami teruskan.
            {when}

            Selama menunggu, Savira tidak membalas otomatis; silakan tuliskan keperluan Anda di sini. Bila belum ada petugas yang membalas, Savira kembali melayani mulai {IndonesianFormat.DateTime(request.ExpiresAt)}.
            Untuk keadaan darurat, hubungi *112*.
            """);
    }
}
