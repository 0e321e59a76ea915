using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;

namespace ComplianceDashboard.IntegrationTests.TestSupport;

/// <summary>The repository the tests run in (for files and for the built app), and a free loopback port for an app or a sink.</summary>
public static class Repository
{
    /// <summary>The folder of ComplianceDashboard.sln, found above the test binaries (or, for a copied build, above this source file).</summary>
    public static string Root { get; } = FindRoot();

    public static string WebProject => Path.Combine(Root, "src", "ComplianceDashboard.Web");

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRoot([CallerFilePath] string thisFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(thisFile) ?? "" })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ComplianceDashboard.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException("ComplianceDashboard.sln not found above " + AppContext.BaseDirectory);
    }
}
