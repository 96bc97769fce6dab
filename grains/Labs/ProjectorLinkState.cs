namespace Laboratori.Grains.Labs;

[GenerateSerializer]
public sealed class ProjectorLinkState
{
    [Id(0)] public string? LinkId { get; set; }

    [Id(1)] public DateTimeOffset? IssuedAt { get; set; }
}
