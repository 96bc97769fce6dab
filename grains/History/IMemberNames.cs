namespace Laboratori.Grains.History;

/// <summary>
/// Participants' names by member id for one lab. They live in the lab's roster, not in the log (a participant's
/// <c>member.join</c> carries no name, so erasure can reach them): documents built from the log are named through this.
/// </summary>
public interface IMemberNames
{
    Task<IReadOnlyDictionary<string, string>> ForLabAsync(string labId);
}
