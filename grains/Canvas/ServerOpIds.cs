namespace Laboratori.Grains.Canvas;

/// <summary>The operation ids the server writes under for what it does itself (clients' ids are theirs).</summary>
internal static class ServerOpIds
{
    /// <summary>The lab's first event.</summary>
    public const string LabCreate = "lab-create";

    /// <summary>Attendance: followed by a fresh GUID, so that every arrival and departure is its own event.</summary>
    public const string PresencePrefix = "presence-";
}
