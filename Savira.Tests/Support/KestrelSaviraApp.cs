using System.Net;
using System.Net.Sockets;

namespace Savira.Tests.Support;

/// <summary><see cref="SaviraApp"/> served by Kestrel on a loopback port, for a real browser.</summary>
public sealed class KestrelSaviraApp : SaviraApp
{
    public KestrelSaviraApp(IDictionary<string, string?>? settings = null) : base(settings)
    {
        var port = FreePort();
        UseKestrel(port);
        BaseAddress = new Uri($"http://localhost:{port}/");
        StartServer();
    }

    public Uri BaseAddress { get; }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
