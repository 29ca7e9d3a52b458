using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using EduPlatform.Persistence;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace EduPlatform.ServiceDefaults;

public static class ServiceDefaultsExtensions
{
    /// <summary>Telemetry, health checks, ProblemDetails, JSON, OpenAPI and authentication for one host.</summary>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder, string hostName)
    {
        builder.AddHostDefaults(hostName);

        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), tags: ["live"]);
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["traceId"] = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier);
        builder.Services.AddExceptionHandler<ExceptionProblems>();
        builder.Services.Configure<RequestLocalizationOptions>(ReaderLanguage.Configure);
        // Bad bodies throw, so ExceptionProblems can name the field instead of an empty 400.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.Configure<JsonOptions>(o => ConfigureRequestJson(o.SerializerOptions));
        builder.Services.TryAddSingleton<DrawGates>();
        builder.Services.AddOpenApi(o => o
            .AddDocumentTransformer<BearerSecurityTransformer>()
            .AddDocumentTransformer<InlineFileUploads>()
            .AddSchemaTransformer<EnumSchemas>()
            .AddSchemaTransformer<WordsSchemas>()
            .AddOperationTransformer<ImportRowSchemas>());

        AddAuthentication(builder);
        // Routes opt in with RequireRateLimiting(policy); the modules add their policies. Rejections are problems with Retry-After.
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, ct) => RateLimitProblem.WriteAsync(context, ct);
        });
        return builder;
    }

    /// <summary>
    /// What every host has, the gateway included (as eShop's ServiceDefaults): telemetry, service discovery
    /// (<c>http://organization</c> resolves through <c>services:organization:http:0</c>, which Aspire and the deploy files
    /// set), and the standard resilience pipeline (retries with back-off, circuit breaker, timeouts) on outgoing HttpClients.
    /// </summary>
    public static IHostApplicationBuilder AddHostDefaults(this IHostApplicationBuilder builder, string hostName)
    {
        Telemetry.AddTelemetry(builder, hostName);
        // Polly logs every attempt at Information; retries, breaks and timeouts come as warnings.
        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        return builder;
    }

    /// <summary>Enums as kebab-case strings ("nine-year", "co-built"), camelCase fields.</summary>
    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
    }

    /// <summary>
    /// The HTTP API's JSON: <see cref="ConfigureJson"/>, and strict about what it reads, so a misspelt field is a 400
    /// instead of silently lost (a body with "entryClasses" for "classes" once set a school's classes to 0), and a
    /// number is a JSON number ("NaN" or "12" as text is refused), and a required field (<see cref="RequiredFields"/>) is there. Stored JSON is read leniently, with ConfigureJson alone.
    /// </summary>
    public static void ConfigureRequestJson(JsonSerializerOptions options)
    {
        ConfigureJson(options);
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.RespectRequiredConstructorParameters = true;
    }

    static void AddAuthentication(IHostApplicationBuilder builder)
    {
        var auth = AuthOptions.From(builder.Configuration);
        if (string.IsNullOrWhiteSpace(auth.Authority) && string.IsNullOrWhiteSpace(auth.SigningKey))
        {
            if (!builder.Environment.IsDevelopment())
            {
                throw new InvalidOperationException(
                    "Authentication is not configured: set Auth:Authority (an OpenID Connect provider) or Auth:SigningKey (32+ bytes).");
            }

            auth.SigningKey = AuthOptions.DevelopmentSigningKey;
        }
        else if (auth.SigningKey == AuthOptions.DevelopmentSigningKey && !builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException("Auth:SigningKey is the public development key; set a secret key outside Development.");
        }

        if (auth.SigningKey is { } key && Encoding.UTF8.GetByteCount(key) < 32)
        {
            throw new InvalidOperationException("Auth:SigningKey must be at least 32 bytes.");
        }

        builder.Services.AddSingleton(auth);
        builder.Services.AddSingleton<DevelopmentTokens>();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            o.MapInboundClaims = false;
            if (!string.IsNullOrWhiteSpace(auth.Authority))
            {
                o.Authority = auth.Authority;
            }

            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = auth.Issuer,
                ValidAudience = auth.Audience,
                ValidateIssuerSigningKey = true,
                IssuerSigningKey = auth.SigningKey is null ? null : new SymmetricSecurityKey(Encoding.UTF8.GetBytes(auth.SigningKey)),
                NameClaimType = ClaimNames.Name,
                RoleClaimType = ClaimNames.Role,
                ClockSkew = TimeSpan.FromMinutes(1),
            };
        });
        builder.Services.AddAuthorization(o =>
        {
            // A valid token without a role the suite knows grants nothing (architecture.md, Security): every route
            // that asks for a signed-in user, and every route that asks for nothing, needs one of Roles.All.
            o.DefaultPolicy = new AuthorizationPolicyBuilder(JwtBearerDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .RequireRole(Roles.All)
                .Build();
            o.FallbackPolicy = o.DefaultPolicy;
        });
    }

    /// <summary>Middleware and endpoints every host has: errors, auth, /health, /alive, OpenAPI, Swagger UI, dev tokens.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        // The client's address behind a proxy on this machine (the gateway, the web console): X-Forwarded-For is
        // believed from loopback only (the middleware's default known proxies), so per-client rate limits count clients.
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor });
        // Then localisation, so the culture it sets is the one the error handler writes problems in.
        app.UseRequestLocalization();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (app.Environment.IsDevelopment())
        {
            UseSwaggerUi(app);
        }

        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        // Ready: the database(s), the outbox and the broker. Live: the process answers.
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains("ready"),
            ResponseWriter = HealthResponse.WriteAsync,
        }).AllowAnonymous();
        app.MapHealthChecks("/alive", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains("live"),
            ResponseWriter = HealthResponse.WriteAsync,
        }).AllowAnonymous();

        // The API document and Swagger UI are open in Development; elsewhere they need a token with a role, like the API
        // (Swagger UI placed after UseAuthorization, where the fallback policy applies to it).
        var openApi = app.MapOpenApi();
        if (!app.Environment.IsDevelopment())
        {
            UseSwaggerUi(app);
        }
        else
        {
            openApi.AllowAnonymous();
            app.MapDevelopmentTokens(app.Services.GetRequiredService<DevelopmentTokens>());
            app.Logger.LogWarning("Development mode: POST /dev/token issues signed tokens for any role and county. Never run Development in production.");
        }

        return app;
    }

    static void UseSwaggerUi(WebApplication app) => app.UseSwaggerUI(o =>
    {
        o.SwaggerEndpoint("/openapi/v1.json", "EduPlatform v1");
        o.RoutePrefix = "swagger";
    });

    /// <summary>A county-scoped group <c>{prefix}/counties/{countyCode}</c>: authenticated, and 404 for counties the user may not see.</summary>
    public static RouteGroupBuilder MapCountyGroup(this IEndpointRouteBuilder app, string prefix) =>
        app.MapGroup(prefix + "/counties/{countyCode}")
            .RequireAuthorization()
            .AddEndpointFilter<CountyScopeFilter>();

    /// <summary>
    /// A service's API root (<c>/api/{service}</c>): every route under it is held to <see cref="RequestValidation"/>, and
    /// it serves the replay feed of the service's outbox (<c>GET /api/{service}/events</c>).
    /// </summary>
    public static RouteGroupBuilder MapServiceApi<TDatabase>(this IEndpointRouteBuilder app, string service) where TDatabase : ServiceDatabase
    {
        var api = app.MapGroup("/api/" + service).AddEndpointFilter<RequestValidation>().WithStandardProblems()
            .WithMetadata(new ServiceDatabaseOf(typeof(TDatabase)));
        api.MapEventFeed<TDatabase>(service);
        return api;
    }
}
