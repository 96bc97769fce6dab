namespace Laboratori.Silo.Hosting;

/// <summary>The node's silo and the cluster it joins. Bound from the <c>Silo</c> configuration section.</summary>
public sealed class SiloOptions
{
    public const string SectionName = "Silo";

    /// <summary>TCP port the silo listens on for other silos. Default: a free port chosen at start (it is advertised).</summary>
    public int? Port { get; set; }

    /// <summary>TCP port for external Orleans clients. Default: none (0): the web host's own client needs no gateway.</summary>
    public int GatewayPort { get; set; }

    /// <summary>
    /// The IP address other silos reach this one at. Default: loopback for the one-node cluster; on PostgreSQL,
    /// Orleans picks an address of this machine (set it when the machine has several).
    /// </summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>The cluster nodes join on PostgreSQL: nodes with the same id and database form one cluster. Default <c>laboratori</c>.</summary>
    public string ClusterId { get; set; } = "laboratori";

    /// <summary>Orleans' service id: stays the same across deployments of this service. Default <c>laboratori</c>.</summary>
    public string ServiceId { get; set; } = "laboratori";

    /// <summary>How long an activation may sit idle before it is deactivated and its memory released. Default 15 minutes.</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a silo waits for a probe's answer before counting it missed. Default 2 seconds.</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Missed probes after which a silo suspects another (and votes it dead). Default 3.</summary>
    public int MissedProbesLimit { get; set; } = 3;
}
