namespace Laboratori.Tests.Hardening;

/// <summary>
/// Tests that read process-wide figures run alone, after the others: OpenTelemetry listens to meters by name, so every
/// test server in this process counts into the same instruments, and exact differences hold only with nobody else running.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SoloCollection
{
    public const string Name = "solo";
}
