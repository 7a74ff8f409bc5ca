namespace Savira.Bot.Operators;

public sealed class AdminOptions
{
    public const string Section = "Savira:Admin";

    /// <summary>The operators' key for /admin/api, sent as the X-Api-Key header. Empty: the admin API refuses everyone.</summary>
    public string ApiKey { get; init; } = "";
}
