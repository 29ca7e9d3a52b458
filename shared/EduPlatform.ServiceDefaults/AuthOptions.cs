using Microsoft.Extensions.Configuration;

namespace EduPlatform.ServiceDefaults;

/// <summary>
/// Settings under <c>Auth</c>. Either <see cref="Authority"/> (an OpenID Connect provider the county already runs)
/// or <see cref="SigningKey"/> (a shared HMAC key, at least 32 bytes, for a suite that issues its own tokens).
/// </summary>
public sealed class AuthOptions
{
    public string? Authority { get; set; }
    public string Issuer { get; set; } = "eduplatform";
    public string Audience { get; set; } = "eduplatform";
    public string? SigningKey { get; set; }

    /// <summary>The <c>Auth</c> section as configured (defaults where it is absent).</summary>
    public static AuthOptions From(IConfiguration configuration) =>
        configuration.GetSection("Auth").Get<AuthOptions>() ?? new AuthOptions();

    /// <summary>The key Development uses when none is configured. It is public, so it is refused outside Development.</summary>
    public const string DevelopmentSigningKey = "eduplatform-development-signing-key-not-for-production-use";
}
