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

/// <summary>
/// The JSON of a record kept in a column (a plan's targets, a round's results): the events' shape, with every text people
/// read kept in both languages, so it reads in the language of whoever opens it later.
/// </summary>
public static class StoredJson
{
    public static readonly JsonSerializerOptions Options = EduPlatform.Kernel.WordsJsonConverter.ForStorage(EventJson.Options);
}
