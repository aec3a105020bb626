using System.Runtime.CompilerServices;

namespace Pairguard.Tests.Support;

/// <summary>Keeps every test scan off the network: dependency checks are offline unless a test points them at a loopback registry.</summary>
internal static class NoNetwork
{
    [ModuleInitializer]
    internal static void Initialize()
    {
        Environment.SetEnvironmentVariable("PAIRGUARD_OFFLINE", "1");
        Environment.SetEnvironmentVariable("PAIRGUARD_CACHE_DIR", Path.Combine(Path.GetTempPath(), "pairguard-test-cache-" + Environment.ProcessId));
    }
}
