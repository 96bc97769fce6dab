namespace Laboratori.Grains.Canvas.Operations;

/// <summary>How far an action has got: da avviare (not started), in corso (under way), fatto (done), bloccato (blocked).</summary>
public static class ActionStatuses
{
    public const string DaAvviare = "da_avviare";

    public const string InCorso = "in_corso";

    public const string Fatto = "fatto";

    public const string Bloccato = "bloccato";

    public static readonly string[] All = [DaAvviare, InCorso, Fatto, Bloccato];

    /// <summary>Still to be done: neither done nor dropped.</summary>
    public static bool IsOpen(string status) => status != Fatto;
}
