using Savira.Core.Understanding.Entities;
using System.Globalization;
using System.Text;
using Savira.Core.Dialogue;
using Savira.Core.Services.Applications;
using Savira.Core.Understanding;

namespace Savira.Core.Services.Faq;

/// <summary>
/// Kependudukan, izin nakes and NPWP: answers questions from the knowledge base, offers its topics when
/// the question is unclear, and checks an application's status by registration number.
/// </summary>
public sealed class KnowledgeHandler(KnowledgeTopic topic, KnowledgeBase knowledge, IApplicationStatuses applications) : IServiceHandler
{
    const string ChooseTopic = "choose_topic";
    const string AskRegistration = "ask_registration";

    /// <summary>A list longer than this is hard to read on a phone; the rest is found by asking.</summary>
    const int MaxTopicsListed = 8;

    static readonly string[] StatusWords = [" status ", " cek permohonan ", " lacak ", " sudah jadi ", " sampai mana ", " nomor registrasi ", " no registrasi "];

    public Intent Intent => topic.Intent;

    public ValueTask<HandlerResult> StartAsync(Turn turn, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Start(turn));

    public ValueTask<HandlerResult> ContinueAsync(Turn turn, DialogueState dialogue, CancellationToken cancellationToken) =>
        ValueTask.FromResult(dialogue.Step switch
        {
            AskRegistration => ContinueRegistration(turn, dialogue),
            _ => ContinueTopic(turn, dialogue),
        });

    /// <summary>A listed topic's number, or the application number that was asked for.</summary>
    public bool IsAnswer(Turn turn, DialogueState dialogue) => dialogue.Step switch
    {
        AskRegistration => turn.Understanding.Application is not null,
        _ => ListedChoice(turn.Message.Text, dialogue) is not null,
    };

    HandlerResult Start(Turn turn)
    {
        var text = turn.Message.Text;
        if (topic.RegistrationExample is not null)
        {
            if (turn.Understanding.Application is { } number)
                return StatusOf(number);
            if (turn.Context?.Application is { } earlier && turn.AsksAboutTheCase())
                return StatusOf(earlier); // "kenapa ditolak?" after a status: that application's note
            var padded = SimpleTextNormalizer.Padded(text);
            if (StatusWords.Any(word => padded.Contains(word, StringComparison.Ordinal)))
                return HandlerResult.Ask(new DialogueState { Intent = Intent, Step = AskRegistration },
                    $"Silakan kirim *nomor registrasi* permohonan Anda, yang tertera di tanda terima.\nContoh: {topic.RegistrationExample}");
        }

        if (knowledge.Find(turn, Intent) is { } match)
            return Answer(match.Entry);
        return TopicList(knowledge.Topics(Intent).Take(MaxTopicsListed).ToList(), null);
    }

    static long? ListedChoice(string text, DialogueState dialogue) =>
        int.TryParse(text.Trim().TrimEnd('.'), NumberStyles.None, CultureInfo.InvariantCulture, out var choice) && dialogue.Choice(choice) is { } id
            ? long.Parse(id, CultureInfo.InvariantCulture) : null;

    HandlerResult ContinueTopic(Turn turn, DialogueState dialogue)
    {
        if (ListedChoice(turn.Message.Text, dialogue) is { } id && knowledge.Topics(Intent).FirstOrDefault(entry => entry.Id == id) is { } picked)
            return Answer(picked);

        if (topic.RegistrationExample is not null && turn.Understanding.Application is { } number)
            return StatusOf(number);
        if (knowledge.Find(turn, Intent) is { } match)
            return Answer(match.Entry);

        return HandlerResult.AskAgainOnce(dialogue, $"Maaf, saya belum menemukan jawabannya 🙏 Balas dengan *angka* topik di atas (contoh: *1*), atau tulis pertanyaan lain, misalnya \"{ExampleQuestion()}\". Ketik *batal* untuk berhenti.", "Maaf, pertanyaan tersebut belum ada di daftar kami 🙏 Ketik *petugas* untuk dibantu petugas pada jam kerja, atau *menu* untuk layanan lainnya.");
    }

    HandlerResult ContinueRegistration(Turn turn, DialogueState dialogue)
    {
        if (turn.Understanding.Application is { } number)
            return StatusOf(number);
        if (knowledge.FindInstead(turn, Intent) is { } match)
            return Answer(match.Entry); // a question instead of the number: answered, and the number is no longer awaited
        return HandlerResult.AskAgainOnce(dialogue, $"Maaf, format nomor registrasi belum sesuai. Nomor terdiri dari kode, tanggal dan urutan, contoh: *{topic.RegistrationExample}*. Silakan kirim lagi, atau ketik *batal*.", "Maaf, nomor registrasi tersebut belum bisa saya kenali 🙏 Silakan periksa tanda terima permohonan Anda, lalu coba lagi.");
    }

    HandlerResult StatusOf(string number) =>
        HandlerResult.Say(applications.Find(number) is { } application
            ? ApplicationReplies.Status(application)
            : ApplicationReplies.Unknown(number));

    HandlerResult Answer(FaqEntry entry)
    {
        var footer = topic.RegistrationExample is null
            ? "Ada pertanyaan lain? Tulis saja, atau ketik *menu*."
            : $"Cek status permohonan: kirim nomor registrasi Anda (contoh {topic.RegistrationExample}). Ketik *menu* untuk layanan lainnya.";
        return KnowledgeBase.Answer(entry, footer);
    }

    HandlerResult TopicList(List<FaqEntry> entries, string? opening)
    {
        if (entries.Count == 0)
            return HandlerResult.Say(topic.Title + "\nMaaf, informasi layanan ini sedang diperbarui 🙏 Ketik *petugas* untuk dibantu petugas.");

        var text = new StringBuilder();
        text.AppendLine(opening ?? topic.Title);
        text.AppendLine("Pilih topik yang ingin Anda ketahui:");
        text.AppendLine();
        for (var i = 0; i < entries.Count; i++)
            text.Append('*').Append(i + 1).Append(".* ").AppendLine(entries[i].Question);
        text.AppendLine();
        text.Append("Balas dengan *angka* topik atau tulis pertanyaan Anda.");
        if (topic.RegistrationExample is not null)
            text.Append(CultureInfo.InvariantCulture, $" Untuk cek status permohonan, kirim nomor registrasi (contoh {topic.RegistrationExample}).");

        var choices = entries.Select(entry => entry.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        return HandlerResult.Ask(new DialogueState { Intent = Intent, Step = ChooseTopic, Choices = choices }, text.ToString());
    }

    string ExampleQuestion() => topic.Intent switch
    {
        Intent.Kependudukan => "syarat akta kelahiran",
        Intent.IzinNakes => "syarat SIP bidan",
        _ => "cara daftar NPWP",
    };
}
