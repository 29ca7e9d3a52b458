using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace EduPlatform.ServiceDefaults;

/// <summary>
/// Health as JSON an operator can read: overall status, and each check with its description and data. Outside
/// Development only a caller with a suite role sees the checks (they name the database engine, queues and errors);
/// anyone else gets the status alone. The status code tells a probe all it needs.
/// </summary>
public static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var status = new { status = report.Status.ToString() };
        if (!MaySeeDetails(context))
        {
            return context.Response.WriteAsync(JsonSerializer.Serialize(status, JsonSerializerOptions.Web));
        }

        var body = new
        {
            status = report.Status.ToString(),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                error = e.Value.Exception?.Message,
                data = e.Value.Data,
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }

    static bool MaySeeDetails(HttpContext context) =>
        context.RequestServices.GetRequiredService<IHostEnvironment>().IsDevelopment()
        || Roles.All.Any(context.User.IsInRole);
}
