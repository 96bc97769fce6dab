namespace Laboratori.Web.Hosting;

/// <summary>The co-hosted silo. Bound from the <c>Silo</c> configuration section.</summary>
public sealed class SiloOptions
{
    public const string SectionName = "Silo";

    /// <summary>TCP port the silo listens on. Default: a free port chosen at start, so several nodes can share a machine.</summary>
    public int? Port { get; set; }

    /// <summary>How long an activation may sit idle before it is deactivated and its memory released. Default 15 minutes.</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);
}
