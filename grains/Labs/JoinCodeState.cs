namespace Laboratori.Grains.Labs;

[GenerateSerializer]
public sealed class JoinCodeState
{
    [Id(0)] public string? LabId { get; set; }
}
