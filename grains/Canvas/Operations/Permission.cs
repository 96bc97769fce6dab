namespace Laboratori.Grains.Canvas.Operations;

/// <summary>Who may send an operation.</summary>
internal enum Permission
{
    /// <summary>Participants within the phase and the lock; facilitators always.</summary>
    Participant,

    /// <summary>Facilitators (and admins) only.</summary>
    Facilitator,

    /// <summary>The server itself (lab creation, attendance); never a client.</summary>
    System,
}
