using System.Net;
using System.Net.Sockets;

namespace Laboratori.Tests.Storage;

/// <summary>Free TCP ports for in-process silos, so parallel test runs do not collide.</summary>
public static class TestPorts
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
