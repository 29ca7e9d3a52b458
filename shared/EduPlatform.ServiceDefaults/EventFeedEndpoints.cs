using System.Security.Claims;
using System.Text.Json;
using EduPlatform.Kernel;
using EduPlatform.Messaging;
using EduPlatform.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EduPlatform.ServiceDefaults;

/// <summary>An event of the replay feed: its cursor (pass it as <c>after</c> to read on from it) and the bus's envelope.</summary>
public sealed record FeedEvent(string Cursor, JsonElement Envelope);

/// <summary>
/// A page of the replay feed. <c>More</c> is false once the page reached the newest event: a subscriber that bound its
/// queue before it started reading has then missed nothing and switches to the queue (docs/events.md).
/// </summary>
public sealed record EventFeedPage(IReadOnlyList<FeedEvent> Events, string Next, bool More, DateTimeOffset? KeptSince, int KeptDays);

/// <summary>
/// GET /api/{service}/events: the events a service published (and those its relay has still to send), from its outbox,
/// in outbox order, in the envelopes and with the message ids the bus carries, so a subscriber dedupes across both.
/// </summary>
public static class EventFeedEndpoints
{
    public const int DefaultLimit = 500;
    public const int MaxLimit = 1000;

    public static readonly string[] Readers = [Roles.ProvinceAdmin, Roles.CountyAdmin, Roles.EventSubscriber];

    public static RouteHandlerBuilder MapEventFeed<TDatabase>(this RouteGroupBuilder api, string service) where TDatabase : ServiceDatabase
    {
        // The database is found by type, not bound as a generic handler parameter: the route analyzer of the ASP.NET SDK
        // crashed now and then (AD0001, NullReferenceException) on a generic handler, failing the build.
        var databaseType = typeof(TDatabase);
        return api.MapGet("/events", (string[]? county, string[]? type, string? after, int? limit, HttpContext http,
                IOptions<OutboxRelayOptions> relay, IBus bus, CancellationToken ct) =>
                ReadAsync(service, county, type, after, limit, http.User,
                    (ServiceDatabase)http.RequestServices.GetRequiredService(databaseType), relay.Value, bus, ct))
            .RequireAuthorization(p => p.RequireRole(Readers))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithTags("Events")
            .WithName($"{service}-events")
            .WithSummary("Replay feed: the service's events in outbox order after a cursor, filtered by county (repeatable) and type "
                + "(repeatable), in the bus's envelopes; read until more is false, then consume your queue (bound before you started).");
    }

    static async Task<Results<Ok<EventFeedPage>, ProblemHttpResult>> ReadAsync(
        string service, string[]? county, string[]? type, string? after, int? limit, ClaimsPrincipal user, ServiceDatabase db,
        OutboxRelayOptions relay, IBus bus, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var cursor = 0L;
        if (!string.IsNullOrEmpty(after) && (!long.TryParse(after, out cursor) || cursor < 0))
        {
            errors["after"] = [Texts.NotACursor];
        }

        if (limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [Texts.LimitWithin(MaxLimit)];
        }

        var types = ResolveTypes(service, type, errors);
        var counties = county is { Length: > 0 } ? county.Distinct().ToArray() : null;
        foreach (var code in counties ?? [])
        {
            if (!CountyAccess.IsCountyCode(code))
            {
                errors["county"] = [Texts.CountyCodeOf(code)];
            }
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        // Counties the caller may not see are "not found", as on every county route; without ?county= a county user reads its own.
        if (counties?.FirstOrDefault(c => !user.CanAccessCounty(c)) is { } hidden)
        {
            return Problems.NotFound(Texts.CountyNotFound(hidden));
        }

        if (counties is null && !user.IsInRole(Roles.ProvinceAdmin))
        {
            counties = user.Counties().ToArray();
        }

        var take = limit ?? DefaultLimit;
        var (rows, keptSince) = await db.ReadAsync(async s => (await s.ReadFeedAsync(counties, types, cursor, take), await s.OldestKeptAsync()), ct);
        var events = rows.Select(r => new FeedEvent(r.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), Envelope(r, bus.Address))).ToList();
        var next = rows.Count > 0 ? events[^1].Cursor : cursor.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Ok(new EventFeedPage(events, next, rows.Count == take, keptSince, (int)relay.SentRetention.TotalDays));
    }

    static JsonElement Envelope(OutboxMessage row, Uri busAddress)
    {
        var bytes = OutboxEnvelope.Write(row, OutboxEnvelope.DestinationFor(busAddress, row.MessageType),
            (row.SentAt ?? row.CreatedAt).UtcDateTime);
        using var document = JsonDocument.Parse(bytes);
        return document.RootElement.Clone();
    }

    /// <summary>A type is named as the exchange, the full name, the urn or just "SchoolRegistered"; it must be one of the service's.</summary>
    static string[]? ResolveTypes(string service, string[]? requested, Dictionary<string, string[]> errors)
    {
        if (requested is not { Length: > 0 })
        {
            return null;
        }

        var known = EventContracts.Of(service);
        var resolved = new List<string>();
        foreach (var name in requested)
        {
            var bare = name.Replace("urn:message:", "", StringComparison.Ordinal).Replace(':', '.');
            var match = known.FirstOrDefault(t => t == bare || OutboxEnvelope.TypeName(t) == bare);
            if (match is null)
            {
                errors["type"] = [Texts.NotAnEvent(name, known.Select(OutboxEnvelope.TypeName))];
                continue;
            }

            resolved.Add(match);
        }

        return resolved.Distinct().ToArray();
    }
}
