using System.Collections.Immutable;
using Laboratori.Contracts.Labs;
using Laboratori.Silo.Hosting;

namespace Laboratori.Grains.Labs;

/// <summary>
/// The region's list of labs: each lab keeps its own summary here current (definition, join code, facilitators, how
/// many enrolled), so staff lists activate no lab grain.
/// <para>
/// Reentrant, with its writes coalesced: every enrolment of every lab updates a summary here, and with one state write
/// per call all the region's joins waited in line for each other's write (about 45 joins a second in a join storm).
/// Now a call waits for the first write that starts after its change, and that write carries every change made
/// meanwhile: one write in flight at a time, as many callers per write as arrived during the last one.
/// </para>
/// </summary>
[Reentrant]
public sealed class LabDirectoryGrain([PersistentState("directory", StorageNames.Default)] IPersistentState<LabDirectoryState> directory) : Grain, ILabDirectoryGrain
{
    public const string Key = "regione";

    /// <summary>The write in flight (or the last one).</summary>
    private Task _writing = Task.CompletedTask;

    /// <summary>The write that will carry the changes made now; null until a change needs one.</summary>
    private Task? _next;

    public Task RegisterAsync(LabInfo lab)
    {
        directory.State.Labs = directory.State.Labs.RemoveAll(l => l.Id == lab.Id).Add(lab);
        return _next ??= WriteAfterAsync(_writing);
    }

    public Task<ImmutableArray<LabInfo>> ListAsync() => Task.FromResult(directory.State.Labs);

    private async Task WriteAfterAsync(Task previous)
    {
        // Yield first: the caller has stored this task as _next before it goes on.
        await Task.Yield();
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
        _writing = _next!;
        _next = null;
        try
        {
            await directory.WriteStateAsync();
        }
        catch
        {
            // The callers of this write get the error; the next activation reads what is stored.
            DeactivateOnIdle();
            throw;
        }
    }
}
