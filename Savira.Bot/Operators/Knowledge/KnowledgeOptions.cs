namespace Savira.Bot.Operators.Knowledge;

/// <summary>Savira:Knowledge — who besides admins may publish knowledge entries.</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Savira:Knowledge";

    /// <summary>Names of editor accounts that may publish and roll back, not only draft.</summary>
    public List<string> EditorsWhoPublish { get; init; } = [];
}
