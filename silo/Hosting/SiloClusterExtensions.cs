using System.Net;
using Laboratori.Silo.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Hosting;

namespace Laboratori.Silo.Hosting;

/// <summary>Sets up a Laboratori silo: its cluster, its endpoints, grain collection and storage.</summary>
public static class SiloClusterExtensions
{
    /// <summary>The ADO.NET invariant of Npgsql, by which the clustering provider finds its factory.</summary>
    private const string NpgsqlInvariant = "Npgsql";

    /// <summary>
    /// Joins the cluster the configuration describes (<see cref="SiloOptions"/>) and adds the storage
    /// (<see cref="SiloStorageExtensions.AddLaboratoriStorage"/>). With PostgreSQL configured, every node with the same
    /// <see cref="SiloOptions.ClusterId"/> on that database is one Orleans cluster, its membership in the database's
    /// <c>cluster_member</c> table (ADO.NET clustering); otherwise the silo is a one-node cluster on loopback.
    /// </summary>
    public static ISiloBuilder AddLaboratoriSilo(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var silo = builder.Configuration.GetSection(SiloOptions.SectionName).Get<SiloOptions>() ?? new SiloOptions();
        var postgres = builder.Configuration.GetSection(StorageOptions.SectionName)[nameof(StorageOptions.PostgresConnectionString)];
        var siloPort = silo.Port ?? LocalPorts.Free();
        if (string.IsNullOrWhiteSpace(postgres))
        {
            builder.UseLocalhostClustering(siloPort, silo.GatewayPort, serviceId: silo.ServiceId, clusterId: silo.ClusterId);
        }
        else
        {
            builder.UseAdoNetClustering(o =>
            {
                o.Invariant = NpgsqlInvariant;
                o.ConnectionString = postgres;
            });
            builder.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = silo.ClusterId;
                o.ServiceId = silo.ServiceId;
            });
            builder.Configure<EndpointOptions>(o =>
            {
                o.SiloPort = siloPort;
                o.GatewayPort = silo.GatewayPort;
                if (silo.AdvertisedAddress is { Length: > 0 } address)
                {
                    o.AdvertisedIPAddress = IPAddress.Parse(address);
                }
            });
            builder.Configure<ClusterMembershipOptions>(o =>
            {
                o.ProbeTimeout = silo.ProbeTimeout;
                o.NumMissedProbesLimit = silo.MissedProbesLimit;
            });
        }

        builder.Configure<GrainCollectionOptions>(o => o.CollectionAge = silo.CollectionAge);
        return builder.AddLaboratoriStorage();
    }
}
