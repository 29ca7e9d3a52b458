using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;

namespace EduPlatform.WebConsole;

/// <summary>
/// Where the console reaches the suite's API: <c>Console:ApiAddress</c> when set, else the host's own address — the
/// gateway in the distributed suite, the standalone host that serves the API itself — so the console needs no setting
/// in either mode and goes through the same public routes, checks and audit as any other client.
/// </summary>
public sealed class ApiAddress(IServer server, IConfiguration configuration)
{
    public Uri Value => configuration["Console:ApiAddress"] is { Length: > 0 } configured
        ? new Uri(configured.EndsWith('/') ? configured : configured + "/")
        : OwnAddress();

    Uri OwnAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal)) ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("控制台通过本机地址调用接口，但主机没有监听地址；请设置 Console:ApiAddress。");
        // A wildcard binding is reached on loopback.
        foreach (var wildcard in new[] { "://+", "://*", "://[::]", "://0.0.0.0" })
        {
            address = address.Replace(wildcard, "://127.0.0.1", StringComparison.Ordinal);
        }

        return new Uri(address.EndsWith('/') ? address : address + "/");
    }
}
