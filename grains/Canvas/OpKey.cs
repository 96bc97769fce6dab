namespace Laboratori.Grains.Canvas;

/// <summary>What makes an operation unique: its author and the author's client-generated id.</summary>
internal readonly record struct OpKey(string Author, string ClientOpId)
{
    /// <summary>
    /// The key as the log indexes it (<c>LogEntry.Key</c>): ids never hold a space, so author and id stay apart.
    /// Storage migrations derive the same form from older events; change both together or neither.
    /// </summary>
    public string StoreKey => $"{Author} {ClientOpId}";
}
