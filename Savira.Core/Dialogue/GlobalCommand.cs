namespace Savira.Core.Dialogue;

/// <summary>Words that work anywhere in a conversation, before any dialogue or matcher sees the message.</summary>
public enum GlobalCommand
{
    None,
    Menu,
    Cancel,
    Back,
}

public static class GlobalCommands
{
    public static GlobalCommand Parse(string text) =>
        text.Trim().TrimEnd('.', '!').ToLowerInvariant() switch
        {
            "menu" or "0" or "menu utama" => GlobalCommand.Menu,
            "batal" or "cancel" or "batalkan" or "stop" => GlobalCommand.Cancel,
            "kembali" or "back" => GlobalCommand.Back,
            _ => GlobalCommand.None,
        };
}
