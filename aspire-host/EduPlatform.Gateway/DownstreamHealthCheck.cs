using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EduPlatform.Gateway;

/// <summary>
/// The gateway is ready when every service says it is: each service's <c>/health</c> (its database and the bus)
/// becomes one entry of the gateway's <c>/health</c>, with the service's own status and failing checks.
/// </summary>
public sealed class DownstreamHealthCheck(IHttpClientFactory clients, string service, Uri address) : IHealthCheck
{
    public const string ClientName = "downstream-health";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var client = clients.CreateClient(ClientName);
        try
        {
            using var response = await client.GetAsync(new Uri(address, "/health"), cancellationToken);
            var data = new Dictionary<string, object> { ["address"] = address.ToString(), ["statusCode"] = (int)response.StatusCode };
            var failing = await FailingChecksAsync(response, cancellationToken);
            if (failing.Length > 0)
            {
                data["failing"] = failing;
            }

            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy($"{service} is ready", data)
                : new HealthCheckResult(context.Registration.FailureStatus, $"{service} is not ready", data: data);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"{service} does not answer at {address}", ex);
        }
    }

    static async Task<string[]> FailingChecksAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
            return body.RootElement.TryGetProperty("checks", out var checks)
                ? [.. checks.EnumerateObject().Where(c => c.Value.GetProperty("status").GetString() != "Healthy").Select(c => c.Name)]
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
