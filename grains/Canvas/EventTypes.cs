namespace Laboratori.Grains.Canvas;

/// <summary>The event types the server itself writes or reads by name (the others are in <see cref="OperationCatalog"/>).</summary>
public static class EventTypes
{
    /// <summary>The first event of every lab.</summary>
    public const string LabCreate = "lab.create";

    /// <summary>The facilitator moved the lab to another phase.</summary>
    public const string LabPhase = "lab.phase";

    /// <summary>Someone came online in the lab (attendance).</summary>
    public const string MemberJoin = "member.join";

    /// <summary>Someone's last connection to the lab closed (attendance).</summary>
    public const string MemberLeave = "member.leave";
}
