using System.ComponentModel;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace EduPlatform.ServiceDefaults;

/// <summary>Signs tokens with the configured HMAC key. Used by the Development-only token endpoint and by tests.</summary>
public sealed class DevelopmentTokens(AuthOptions options)
{
    public string Issue(string subject, IEnumerable<string> roles, IEnumerable<string> counties, TimeSpan lifetime,
        IEnumerable<Guid>? alliances = null)
    {
        var key = options.SigningKey ?? AuthOptions.DevelopmentSigningKey;
        var claims = new List<Claim> { new(ClaimNames.Subject, subject), new(ClaimNames.Name, subject) };
        claims.AddRange(roles.Select(r => new Claim(ClaimNames.Role, r)));
        claims.AddRange(counties.Select(c => new Claim(ClaimNames.County, c)));
        claims.AddRange((alliances ?? []).Select(a => new Claim(ClaimNames.Alliance, a.ToString())));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.Add(lifetime),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}

/// <summary>Alliances: the alliance ids an alliance-admin acts for.</summary>
public sealed record DevelopmentTokenRequest(
    [property: Description("who the token is for; developer when left out")] string? Subject = null,
    [property: Description("county-admin when left out")] string[]? Roles = null,
    [property: Description("6-digit county codes the token may act for; none when left out")] string[]? Counties = null,
    [property: Description("1–720; 8 when left out")] int? Hours = null,
    [property: Description("for an alliance-admin: the alliances it acts for")] Guid[]? Alliances = null);

public sealed record DevelopmentTokenResponse(string Token, DateTimeOffset ExpiresAt);

public static class DevelopmentTokenEndpoint
{
    public static void MapDevelopmentTokens(this IEndpointRouteBuilder app, DevelopmentTokens tokens)
    {
        app.MapPost("/dev/token", (DevelopmentTokenRequest request) =>
        {
            var roles = request.Roles is { Length: > 0 } r ? r : [Roles.CountyAdmin];
            var counties = request.Counties ?? [];
            var unknown = roles.Where(x => !Roles.All.Contains(x)).ToArray();
            var badCounties = counties.Where(c => !CountyAccess.IsCountyCode(c)).ToArray();
            var hours = request.Hours ?? 8;
            var errors = new Dictionary<string, string[]>();
            if (unknown.Length > 0)
            {
                errors["roles"] = [Texts.UnknownRoles(unknown, Roles.All)];
            }

            if (badCounties.Length > 0)
            {
                errors["counties"] = [Texts.BadCounties(badCounties)];
            }

            if (hours is < 1 or > 720)
            {
                errors["hours"] = [Texts.HoursWithin];
            }

            if (errors.Count > 0)
            {
                return Problems.Validation(errors);
            }

            var lifetime = TimeSpan.FromHours(hours);
            var token = tokens.Issue(request.Subject ?? "developer", roles, counties, lifetime, request.Alliances);
            return Results.Ok(new DevelopmentTokenResponse(token, DateTimeOffset.UtcNow.Add(lifetime)));
        })
        .AllowAnonymous()
        .WithTags("Development")
        .WithSummary("Issues a signed token for local use. Exists only when the host runs in Development.");
    }
}
