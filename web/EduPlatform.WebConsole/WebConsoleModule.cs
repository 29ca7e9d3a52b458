using EduPlatform.WebConsole.Components;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace EduPlatform.WebConsole;

/// <summary>
/// Adds the web console to a host: the standalone host and the gateway serve it at <c>/</c> with two lines,
/// <see cref="AddWebConsole"/> before building and <see cref="MapWebConsole"/> after the host's authentication and
/// authorization middleware.
/// </summary>
public static class WebConsoleModule
{
    public static WebApplicationBuilder AddWebConsole(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        // Chinese written as itself in the pages, not as &#x…; entities (a third of the bytes, and readable source).
        builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddCascadingAuthenticationState();
        ConsoleSignIn.Add(builder);
        AddKeyRing(builder);
        builder.Services.AddSingleton<ApiAddress>();
        builder.Services.AddScoped<SuiteApi>();
        builder.Services.AddSingleton<DevelopmentAlliances>();
        // A plan draw answers after it has solved (tens of seconds for a county); a POST is never retried behind the
        // user's back. (RemoveAllResilienceHandlers is experimental: it takes the client out of ConfigureHttpClientDefaults.)
#pragma warning disable EXTEXP0001
        builder.Services.AddHttpClient(SuiteApi.ClientName, c => c.Timeout = TimeSpan.FromMinutes(5)).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        return builder;
    }

    /// <summary>
    /// The keys that protect the sign-in cookie and the forms' antiforgery tokens. Each process makes its own unless
    /// <c>Console:DataProtection:KeysPath</c> names a folder the replicas share (a ReadWriteMany volume): then a user
    /// may land on any gateway replica, and a restart keeps everyone signed in.
    /// </summary>
    static void AddKeyRing(WebApplicationBuilder builder)
    {
        var keyRing = builder.Services.AddDataProtection().SetApplicationName("eduplatform-console");
        if (builder.Configuration["Console:DataProtection:KeysPath"] is { Length: > 0 } path)
        {
            keyRing.PersistKeysToFileSystem(new DirectoryInfo(path));
        }
    }

    public static WebApplication MapWebConsole(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous().WithMetadata(WebConsoleEndpoint.Marker);
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .RequireAuthorization(ConsoleSignIn.Policy)
            .WithMetadata(WebConsoleEndpoint.Marker);
        var console = app.MapGroup("/console").WithMetadata(WebConsoleEndpoint.Marker);
        ConsoleSignIn.Map(console);
        ConsoleFiles.Map(console);
        return app;
    }
}

/// <summary>Marks the console's own endpoints (pages, its assets, sign-in, downloads) apart from the API's.</summary>
public sealed class WebConsoleEndpoint
{
    public static readonly WebConsoleEndpoint Marker = new();
}
