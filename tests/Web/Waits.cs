namespace Laboratori.Tests.Web;

/// <summary>How long a test waits for the thing itself (a completion, a pushed event) before it fails.</summary>
public static class Waits
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public static CancellationToken Token() => new CancellationTokenSource(Timeout).Token;

    public static Task<T> Within<T>(this Task<T> task) => task.WaitAsync(Timeout);
}
