using System.Net;
using System.Net.Sockets;

namespace Laboratori.Silo.Hosting;

/// <summary>Free loopback ports, so several silos (nodes, test hosts) can share one machine.</summary>
public static class LocalPorts
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
