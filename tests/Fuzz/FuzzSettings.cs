using System.Globalization;

namespace Laboratori.Tests.Fuzz;

/// <summary>
/// The fuzz run's seed and sizes. The suite runs the defaults (reproducible: the same seed gives the same inputs); a soak
/// sets <c>LABORATORI_FUZZ_SEED</c>, <c>LABORATORI_FUZZ_HUB</c> and <c>LABORATORI_FUZZ_REST</c> for other seeds and more.
/// </summary>
public sealed record FuzzSettings(int Seed, int HubInvocations, int RestRequests)
{
    public static FuzzSettings FromEnvironment() => new(
        Read("LABORATORI_FUZZ_SEED", 20_261_201),
        Read("LABORATORI_FUZZ_HUB", 10_000),
        Read("LABORATORI_FUZZ_REST", 2_000));

    private static int Read(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
