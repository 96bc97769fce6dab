namespace Laboratori.Silo.Hosting;

/// <summary>Names under which storage providers are registered, for <c>[PersistentState(name, StorageNames.Default)]</c>.</summary>
public static class StorageNames
{
    /// <summary>The grain storage of this deployment (also registered as Orleans' default provider).</summary>
    public const string Default = "store";
}
