using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Savira.Core.Data;

namespace Savira.Core.Journal;

/// <summary>
/// Runs a message's side effect exactly once: in one write with the effect, its result is recorded under the
/// message's <see cref="EffectKey"/> (table message_effects); when the key is already there — the host died after
/// the effect and before the reply, and Twilio retried — the recorded result is returned and the effect is not run
/// again. Results are plain records, stored as JSON.
/// </summary>
public sealed partial class EffectLedger(DatabaseWriter writer, TimeProvider clock, IOptions<EffectOptions> options, ILogger<EffectLedger> logger)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<T> ApplyAsync<T>(EffectKey key, string kind, Func<SqliteConnection, T> effect, CancellationToken cancellationToken)
    {
        var (result, replayed) = await writer.WriteAsync(connection => Apply(connection, key, kind, effect), cancellationToken).ConfigureAwait(false);
        if (replayed)
            LogReplayed(logger, kind, key.Channel, key.MessageId);
        else if (options.Value.PauseAfterEffect)
        {
            // For crash tests only: the effect is committed, the reply is not; the test kills the process here.
            await Console.Error.WriteLineAsync(EffectOptions.PausedLine).ConfigureAwait(false);
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        return result;
    }

    (T Result, bool Replayed) Apply<T>(SqliteConnection connection, EffectKey key, string kind, Func<SqliteConnection, T> effect)
    {
        var stored = HotStatement.On(connection, "SELECT result FROM message_effects WHERE channel = @channel AND message_id = @messageId AND sequence = @sequence")
            .Bind("@channel", key.Channel)
            .Bind("@messageId", key.MessageId)
            .Bind("@sequence", key.Sequence)
            .Rows(static row => row.Text(0)!, stopAfterFirst: true);
        if (stored.Count > 0)
            return (JsonSerializer.Deserialize<T>(stored[0], Json)!, true);

        var result = effect(connection);
        HotStatement.On(connection,
                """
                INSERT INTO message_effects (channel, message_id, sequence, kind, result, created_at)
                VALUES (@channel, @messageId, @sequence, @kind, @result, @createdAt)
                """)
            .Bind("@channel", key.Channel)
            .Bind("@messageId", key.MessageId)
            .Bind("@sequence", key.Sequence)
            .Bind("@kind", kind)
            .Bind("@result", JsonSerializer.Serialize(result, Json))
            .Bind("@createdAt", StoredTime.Format(clock.GetUtcNow()))
            .Execute();
        return (result, false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A retry of {Channel} message {MessageId} found its {Kind} already done; it was not done again")]
    static partial void LogReplayed(ILogger logger, string kind, string channel, string messageId);
}
