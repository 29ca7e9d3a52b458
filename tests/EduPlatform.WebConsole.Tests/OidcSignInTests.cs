using System.Net;
using System.Web;
using EduPlatform.WebConsole;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace EduPlatform.WebConsole.Tests;

/// <summary>
/// Production sign-in: with <c>Console:Oidc</c> set and the host outside Development, the login page offers only the
/// county's identity provider, and signing in sends the browser to the provider's authorize endpoint with the code flow
/// and PKCE, for the configured client and scopes. (A stand-in provider serves the discovery document.)
/// </summary>
public sealed class OidcSignInTests : IAsyncLifetime
{
    WebApplication _provider = null!, _console = null!;
    string _authority = "";
    HttpClient _browser = null!;

    public async ValueTask InitializeAsync()
    {
        // A stand-in provider: its discovery document names its own address, known once it listens.
        var providerBuilder = WebApplication.CreateBuilder();
        providerBuilder.WebHost.UseUrls("http://127.0.0.1:0");
        _provider = providerBuilder.Build();
        _provider.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = _authority,
            ["authorization_endpoint"] = _authority + "/authorize",
            ["token_endpoint"] = _authority + "/token",
            ["jwks_uri"] = _authority + "/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        _provider.MapGet("/jwks", () => Results.Json(new { keys = Array.Empty<object>() }));
        await _provider.StartAsync();
        _authority = Address(_provider).TrimEnd('/');

        // The console alone, as the gateway hosts it, in Production (the standalone host's asset manifest is beside the tests).
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = "EduPlatform.Standalone",
            EnvironmentName = "Production",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["Console:Oidc:Authority"] = _authority;
        builder.Configuration["Console:Oidc:ClientId"] = "eduplatform-console";
        builder.Configuration["Console:Oidc:ClientSecret"] = "console-secret";
        builder.Configuration["Console:Oidc:Scopes:0"] = "eduplatform";
        builder.Configuration["Console:Oidc:RequireHttpsMetadata"] = "false";
        builder.AddWebConsole();
        _console = builder.Build();
        _console.UseAuthentication();
        _console.UseAuthorization();
        _console.MapWebConsole();
        await _console.StartAsync();
        _browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(Address(_console)) };
    }

    [Fact]
    public async Task The_login_page_offers_the_provider_and_signing_in_goes_to_its_authorize_endpoint_with_pkce()
    {
        var login = await _browser.GetStringAsync("/login");
        Assert.Contains("使用统一身份认证登录", login, StringComparison.Ordinal);
        Assert.DoesNotContain("开发环境登录", login, StringComparison.Ordinal);

        var page = await _browser.GetAsync("/counties/421125");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/login", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var challenge = await _browser.GetAsync("/console/sign-in/oidc?returnUrl=%2Fcounties%2F421125");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var location = challenge.Headers.Location!;
        Assert.Equal(_authority + "/authorize", location.GetLeftPart(UriPartial.Path));
        var query = HttpUtility.ParseQueryString(location.Query);
        Assert.Equal("eduplatform-console", query["client_id"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.False(string.IsNullOrEmpty(query["code_challenge"]));
        Assert.Contains("eduplatform", query["scope"]!.Split(' '));
        Assert.EndsWith("/signin-oidc", query["redirect_uri"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_development_sign_in_does_not_exist_outside_development()
    {
        var login = await _browser.GetStringAsync("/login");
        var token = System.Text.RegularExpressions.Regex.Match(login, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"");
        Assert.False(token.Success, "outside Development the login page has no development form");
        var response = await _browser.PostAsync("/console/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["role"] = "county-admin", ["county"] = "421125" }));
        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".EduPlatform.Console=", StringComparison.Ordinal)));
    }

    static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public async ValueTask DisposeAsync()
    {
        _browser.Dispose();
        await _console.DisposeAsync();
        await _provider.DisposeAsync();
    }
}
