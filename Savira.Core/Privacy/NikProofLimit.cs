using Savira.Core.Data;
using Savira.Core.Journal;

namespace Savira.Core.Privacy;

/// <summary>
/// How many wrong four-digit answers a sender may give in a day before no lookup offers the full address any more:
/// the offer allows two tries per lookup, and without a limit across lookups the digits could be guessed.
/// </summary>
public sealed class NikProofLimit(Database database, EffectLedger ledger)
{
    public const int FailuresPerDay = 4;

    public bool IsReached(string sender, DateTimeOffset now) => database.Read(connection =>
        HotStatement.On(connection, "SELECT COUNT(*) FROM nik_proof_failures WHERE sender = @sender AND failed_at > @since")
            .Bind("@sender", sender)
            .Bind("@since", StoredTime.Format(now.AddDays(-1)))
            .ExecuteNumber() >= FailuresPerDay);

    /// <summary>Counts a wrong answer; once per message, like every effect.</summary>
    public Task RecordFailureAsync(string sender, DateTimeOffset now, EffectKey effect, CancellationToken cancellationToken) =>
        ledger.ApplyAsync(effect, "nik_proof_failure", connection =>
            HotStatement.On(connection, "INSERT INTO nik_proof_failures (sender, failed_at) VALUES (@sender, @at)")
                .Bind("@sender", sender)
                .Bind("@at", StoredTime.Format(now))
                .ExecuteNumber(), cancellationToken);
}
