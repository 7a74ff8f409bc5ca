namespace Savira.Core.Dialogue;

/// <summary>Words that work anywhere in a conversation, before any dialogue or matcher sees the message.</summary>
public enum GlobalCommand
{
    None,
    Menu,
    Cancel,
    Back,

    /// <summary>"eh maaf salah kirim": the last message was not meant for Savira.</summary>
    SentByMistake,
}

public static partial class GlobalCommands
{
    public static GlobalCommand Parse(string text) =>
        text.Trim().TrimEnd('.', '!').ToLowerInvariant() switch
        {
            "menu" or "0" or "menu utama" => GlobalCommand.Menu,
            "batal" or "cancel" or "batalkan" or "stop" => GlobalCommand.Cancel,
            "kembali" or "back" => GlobalCommand.Back,
            var other when SentByMistake().IsMatch(other) => GlobalCommand.SentByMistake,
            _ => GlobalCommand.None,
        };

    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*((eh|ehh|duh|waduh|maaf|mohon\s+maaf|sorry|sori|kak|min|pak|bu|mas|mbak)\W+)*(salah\s+(kirim|ketik|chat|kirim\s+pesan|kirim\s+chat|orang|nomor|no|kontak|room|grup|group)|keliru\s+kirim|kepencet|kepencet\s+kirim|ga\s+sengaja|gak\s+sengaja|nggak\s+sengaja|tidak\s+sengaja)(\s+(ya|yaa|kak|min|pak|bu|mas|mbak|maaf))*\W*$")]
    private static partial System.Text.RegularExpressions.Regex SentByMistake();
}
