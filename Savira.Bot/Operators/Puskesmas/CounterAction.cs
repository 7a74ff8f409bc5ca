namespace Savira.Bot.Operators.Puskesmas;

/// <summary>What staff at a puskesmas counter can do.</summary>
public enum CounterAction
{
    CallNext,
    Recall,
    Skip,
    Finish,
    Pause,
    Resume,
}
