using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace EduPlatform.ServiceDefaults;

/// <summary>A service as a module: what it registers and which routes it maps, so one process can host several.</summary>
public interface IServiceModule
{
    static abstract string ServiceName { get; }
    static abstract void Add(IHostApplicationBuilder builder);
    static abstract void Map(IEndpointRouteBuilder app);
}

/// <summary>The modules one host runs (the standalone host runs them all): one <see cref="Add{TModule}"/> line per service.</summary>
public sealed class ServiceModules(IHostApplicationBuilder builder)
{
    readonly List<Action<IEndpointRouteBuilder>> _maps = [];
    readonly List<string> _names = [];

    public IReadOnlyList<string> Names => _names;

    public ServiceModules Add<TModule>() where TModule : IServiceModule
    {
        TModule.Add(builder);
        _maps.Add(TModule.Map);
        _names.Add(TModule.ServiceName);
        return this;
    }

    public void MapAll(IEndpointRouteBuilder app)
    {
        foreach (var map in _maps)
        {
            map(app);
        }
    }
}
