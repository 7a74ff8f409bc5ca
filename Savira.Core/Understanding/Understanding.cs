using System.Collections.ObjectModel;
using Savira.Core.Understanding.Classification;
using Savira.Core.Understanding.Entities;

namespace Savira.Core.Understanding;

/// <summary>
/// What the matcher made of one message, read once and handed to every step after it: the intent and how
/// sure it is (0..1), the ranking, the normalised words, the services the words point to, and each entity
/// typed. Handlers read this instead of parsing the raw text again.
/// </summary>
public sealed record MessageUnderstanding(Intent Intent, double Confidence)
{
    /// <summary>Entities by name (<see cref="EntityNames"/>), as canonical text; the typed properties read them.</summary>
    public IReadOnlyDictionary<string, string> Entities { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>Whether the intent can be acted on, was too unsure (the fallback), or is a close call between two.</summary>
    public MatchOutcome Outcome { get; init; } = MatchOutcome.Confident;

    /// <summary>The intents the classifier considered, best first (empty when the matcher does not rank).</summary>
    public IReadOnlyList<IntentScore> Ranking { get; init; } = [];

    /// <summary>The message's words after normalisation (slang, typos, Javanese), entities taken out.</summary>
    public IReadOnlyList<string> Words { get; init; } = [];

    /// <summary>
    /// Services the message's own words or entities belong to ("stnk" → pkb, a NOP → pbb); empty for a
    /// message of words every service uses ("biayanya berapa?"). Tells a follow-up from a new subject.
    /// </summary>
    public IReadOnlySet<Intent> Domains { get; init; } = ReadOnlySet<Intent>.Empty;

    /// <summary>How many of <see cref="Words"/> the training examples tie to one service ("pdam", "stnk").</summary>
    public int ServiceWordCount { get; init; }

    public Nop? Nop => Entity(EntityNames.Nop, static (string text, out Nop value) => Understanding.Entities.Nop.TryParse(text, out value));
    public PlateNumber? Plate => Entity(EntityNames.Plate, static (string text, out PlateNumber value) => PlateNumber.TryParse(text, out value));
    public string? PdamCustomer => Entities.GetValueOrDefault(EntityNames.PdamCustomer);
    public string? Nik => Entities.GetValueOrDefault(EntityNames.Nik);
    public TicketNumber? Ticket => Entity(EntityNames.Ticket, static (string text, out TicketNumber value) => TicketNumber.TryParse(text, out value));
    public string? Application => Entities.GetValueOrDefault(EntityNames.Application);
    public string? Registration => Entities.GetValueOrDefault(EntityNames.Registration);
    public DateOnly? Day => Entities.TryGetValue(EntityNames.Date, out var day) ? Data.StoredTime.ParseDay(day) : null;
    public string? Puskesmas => Entities.GetValueOrDefault(EntityNames.Puskesmas);
    public string? Clinic => Entities.GetValueOrDefault(EntityNames.Clinic);

    /// <summary>The calibrated confidence the classifier gave <paramref name="intent"/> (0 when it was not ranked).</summary>
    public double ConfidenceOf(Intent intent)
    {
        foreach (var score in Ranking)
        {
            if (score.Intent == intent)
                return score.Confidence;
        }
        return intent == Intent ? Confidence : 0;
    }

    /// <summary>Whether one of the message's words or entities belongs to <paramref name="intent"/>.</summary>
    public bool Mentions(Intent intent) => Domains.Contains(intent);

    delegate bool Parser<T>(string text, out T value);

    T? Entity<T>(string name, Parser<T> parse) where T : struct =>
        Entities.TryGetValue(name, out var text) && parse(text, out var value) ? value : null;
}
