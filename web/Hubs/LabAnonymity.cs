using System.Collections.Concurrent;

namespace Laboratori.Web.Hubs;

/// <summary>
/// Which labs are in anonymous mode, as this node's feeds read it from the canvas and then from its <c>lab.anonymous</c>
/// events in seq order. A lab this node has not read yet counts as anonymous: presence then errs on the side of
/// telling participants less.
/// </summary>
public sealed class LabAnonymity
{
    private readonly ConcurrentDictionary<string, bool> _labs = new();

    public bool IsAnonymous(string labId) => !_labs.TryGetValue(labId, out var anonymous) || anonymous;

    public void Set(string labId, bool anonymous) => _labs[labId] = anonymous;
}
