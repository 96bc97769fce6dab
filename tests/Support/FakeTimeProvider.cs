namespace Laboratori.Tests.Support;

/// <summary>A clock that moves only when a test moves it.</summary>
public sealed class FakeTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    // Starts off a millisecond boundary: the log keeps milliseconds, and the grains must agree with it.
    public FakeTimeProvider() : this(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero).AddTicks(1_234_567))
    {
    }

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
