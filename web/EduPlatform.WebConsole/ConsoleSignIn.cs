using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using EduPlatform.ServiceDefaults;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace EduPlatform.WebConsole;

/// <summary>
/// The console's sign-in: a cookie of its own that carries the user's API token. The token comes from the county's
/// OpenID Connect provider (<c>Console:Oidc</c>) in production, or — where the host runs in Development and so serves
/// <c>/dev/token</c> — from the development sign-in, where one picks a role and a county. The cookie grants nothing at
/// the API: the API only reads bearer tokens, so a page can do exactly what its user's token may.
/// </summary>
public static class ConsoleSignIn
{
    public const string Scheme = "eduplatform-console";
    public const string OidcScheme = "eduplatform-oidc";
    public const string Policy = "eduplatform-console";

    public static void Add(WebApplicationBuilder builder)
    {
        var authentication = builder.Services.AddAuthentication().AddCookie(Scheme, o =>
        {
            o.Cookie.Name = ".EduPlatform.Console";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/login";
            o.AccessDeniedPath = "/login";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = false; // the API token inside does not slide either
        });
        var oidc = ConsoleOidcOptions.From(builder.Configuration);
        if (oidc is not null)
        {
            authentication.AddOpenIdConnect(OidcScheme, o => oidc.Apply(o));
        }

        builder.Services.AddAuthorization(o => o.AddPolicy(Policy, p => p
            .AddAuthenticationSchemes(Scheme)
            .RequireAuthenticatedUser()
            .RequireRole(Roles.All)));
    }

    public static bool OidcConfigured(IConfiguration configuration) => ConsoleOidcOptions.From(configuration) is not null;

    /// <summary>Maps <c>/console/sign-in</c>, <c>/console/sign-in/oidc</c> and <c>/console/sign-out</c> on the console's group.</summary>
    public static void Map(RouteGroupBuilder console)
    {
        console.MapPost("/sign-in", DevelopmentSignInAsync).AllowAnonymous().ExcludeFromDescription();
        console.MapGet("/sign-in/oidc", (string? returnUrl) =>
                Results.Challenge(new AuthenticationProperties { RedirectUri = LocalOrHome(returnUrl) }, [OidcScheme]))
            .AllowAnonymous().ExcludeFromDescription();
        console.MapPost("/sign-out", async (HttpContext http) =>
        {
            await http.SignOutAsync(Scheme);
            return Results.Redirect("/login");
        }).RequireAuthorization(Policy).ExcludeFromDescription();
    }

    /// <summary>Development sign-in: a token from the host's own <c>/dev/token</c>, for the role and county picked.</summary>
    static async Task<IResult> DevelopmentSignInAsync(HttpContext http, [FromForm] string role, [FromForm] string? county,
        [FromForm] string? alliance, [FromForm] string? returnUrl, IHostEnvironment environment, IHttpClientFactory clients, ApiAddress address)
    {
        if (!environment.IsDevelopment())
        {
            return Results.NotFound();
        }

        var counties = string.IsNullOrWhiteSpace(county) ? Array.Empty<string>() : [county.Trim()];
        using var client = clients.CreateClient(SuiteApi.ClientName);
        client.BaseAddress = address.Value;
        using var response = await client.PostAsJsonAsync("dev/token",
            new
            {
                subject = $"console-{role}",
                roles = new[] { role },
                counties,
                hours = 8,
                alliances = Guid.TryParse(alliance, out var id) ? new[] { id } : null,
            }, http.RequestAborted);
        if (!response.IsSuccessStatusCode)
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(http.RequestAborted);
            var message = string.Join("；", problem.Get("errors").ValueKind == JsonValueKind.Object
                ? problem.Get("errors").EnumerateObject().SelectMany(e => e.Value.Items().Select(m => m.GetString()))
                : [problem.Str("title")]);
            return Results.Redirect($"/login?error={Uri.EscapeDataString(message)}");
        }

        var token = (await response.Content.ReadFromJsonAsync<JsonElement>(http.RequestAborted)).Str("token");
        await SignInAsync(http, token);
        return Results.Redirect(LocalOrHome(returnUrl));
    }

    static Task SignInAsync(HttpContext http, string token)
    {
        var jwt = new JsonWebToken(token);
        var identity = new ClaimsIdentity(Claims(jwt, token), Scheme, ClaimNames.Name, ClaimNames.Role);
        return http.SignInAsync(Scheme, new ClaimsPrincipal(identity),
            new AuthenticationProperties { ExpiresUtc = jwt.ValidTo, IsPersistent = false });
    }

    /// <summary>The claims the console shows and scopes by, read from the API token, and the token itself.</summary>
    internal static IEnumerable<Claim> Claims(JsonWebToken jwt, string token)
    {
        string[] kept = [ClaimNames.Subject, ClaimNames.Name, ClaimNames.Role, ClaimNames.County, ClaimNames.Alliance];
        return jwt.Claims.Where(c => kept.Contains(c.Type)).Select(c => new Claim(c.Type, c.Value))
            .Append(new Claim(ConsoleUser.AccessTokenClaim, token));
    }

    /// <summary>Only a path on this site: an absolute or protocol-relative return address could send the user elsewhere.</summary>
    internal static string LocalOrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
