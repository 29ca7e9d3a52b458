using System.Text.Json;
using System.Text.Json.Serialization;

namespace EduPlatform.Persistence;

/// <summary>The JSON shape of events at rest in the outbox: the same camelCase shape MassTransit puts on the wire.</summary>
public static class EventJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}
