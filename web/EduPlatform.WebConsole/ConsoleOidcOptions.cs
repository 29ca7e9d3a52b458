using System.Security.Claims;
using EduPlatform.ServiceDefaults;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace EduPlatform.WebConsole;

/// <summary><c>Console:Oidc</c>: the county's identity provider; its access token is what the API checks (Auth:Authority).</summary>
public sealed class ConsoleOidcOptions
{
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    /// <summary>Scopes beyond openid and profile that put the suite's audience, roles and counties into the access token.</summary>
    public string[] Scopes { get; set; } = [];
    /// <summary>Only a provider on the same machine or a test may be reached over plain HTTP.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public static ConsoleOidcOptions? From(IConfiguration configuration) =>
        configuration.GetSection("Console:Oidc").Get<ConsoleOidcOptions>() is { Authority.Length: > 0, ClientId.Length: > 0 } s ? s : null;

    public void Apply(OpenIdConnectOptions o)
    {
        o.SignInScheme = ConsoleSignIn.Scheme;
        o.Authority = Authority;
        o.RequireHttpsMetadata = RequireHttpsMetadata;
        o.ClientId = ClientId;
        o.ClientSecret = ClientSecret;
        o.ResponseType = OpenIdConnectResponseType.Code;
        o.UsePkce = true;
        o.MapInboundClaims = false;
        o.SaveTokens = false; // the access token goes into the cookie as a claim, below
        o.GetClaimsFromUserInfoEndpoint = false;
        foreach (var scope in Scopes)
        {
            o.Scope.Add(scope);
        }

        o.Events.OnTokenValidated = context =>
        {
            var token = context.TokenEndpointResponse?.AccessToken;
            if (token is null)
            {
                context.Fail("身份认证服务未返回访问令牌。");
                return Task.CompletedTask;
            }

            var jwt = new JsonWebToken(token);
            context.Principal = new ClaimsPrincipal(new ClaimsIdentity(ConsoleSignIn.Claims(jwt, token), ConsoleSignIn.Scheme, ClaimNames.Name, ClaimNames.Role));
            context.Properties!.ExpiresUtc = jwt.ValidTo; // the sign-in lasts as long as the token the API accepts
            return Task.CompletedTask;
        };
    }
}
