using EduPlatform.AppHost;
using Microsoft.Extensions.Configuration;

namespace EduPlatform.AspireTests;

/// <summary>Which fixed ports the AppHost checks before it starts anything.</summary>
public sealed class PortCheckTests
{
    static IConfiguration Settings(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();

    [Fact]
    public void Each_dashboard_address_in_use_is_named_with_its_setting()
    {
        var problems = PortCheck.PortsInUse(Settings(("ASPNETCORE_URLS", "http://localhost:18888;http://*:18880"),
            ("ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL", "http://localhost:18889")), [], port => port != 18889 && port != 18880);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("端口 18880 已被占用") && p.Contains("ASPNETCORE_URLS"));
        Assert.Contains(problems, p => p.Contains("端口 18889 已被占用") && p.Contains("ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"));
    }

    [Fact]
    public void Free_ports_are_no_problem()
    {
        Assert.Empty(PortCheck.PortsInUse(Settings(("ASPNETCORE_URLS", "http://localhost:18888")), [], _ => true));
    }
}
