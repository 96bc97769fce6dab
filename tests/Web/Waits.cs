namespace Laboratori.Tests.Web;

/// <summary>How long a test waits for the thing itself (a completion, a pushed event) before it fails.</summary>
public static class Waits
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public static CancellationToken Token() => new CancellationTokenSource(Timeout).Token;

    public static Task<T> Within<T>(this Task<T> task) => task.WaitAsync(Timeout);

    /// <summary>Waits until <paramref name="condition"/> holds (a state with no event to await), failing after <see cref="Timeout"/>.</summary>
    public static Task UntilAsync(Func<bool> condition) => UntilAsync(() => Task.FromResult(condition()));

    /// <summary>Waits until <paramref name="condition"/> holds, asking again every few milliseconds, failing after <see cref="Timeout"/>.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "What the test waits for did not happen in time.");
            await Task.Delay(10);
        }
    }
}
