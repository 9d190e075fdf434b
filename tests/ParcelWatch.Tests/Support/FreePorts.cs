using System.Net;
using System.Net.Sockets;

namespace ParcelWatch.Tests.Support;

/// <summary>A TCP port on 127.0.0.1 that nothing listens on (the system's choice), for servers the tests start.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
