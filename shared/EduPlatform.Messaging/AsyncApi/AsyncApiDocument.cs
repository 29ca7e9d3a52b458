using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using EduPlatform.Persistence;

namespace EduPlatform.Messaging;

/// <summary>
/// The AsyncAPI 3.0 document of every event the suite publishes, generated from the contracts: a channel per exchange
/// (durable fanout, named by the contract's full type name), the MassTransit envelope as the payload with the event's
/// JSON Schema (as <see cref="EventJson"/> writes it) as its "message", and the county-code header. The gateway serves
/// it at /asyncapi/v1.json; docs/asyncapi.json is the same text, kept in step by a test.
/// </summary>
public static class AsyncApiDocument
{
    public const string Path = "/asyncapi/v1.json";

    // The events' own serializer settings, with the reflection resolver the exporter needs named.
    static readonly JsonSerializerOptions SchemaOptions = new(EventJson.Options)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        NumberHandling = JsonNumberHandling.Strict, // events are written with numbers as numbers
    };

    public static string Write() => Build().ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

    public static JsonObject Build()
    {
        var channels = new JsonObject();
        var operations = new JsonObject();
        var messages = new JsonObject();
        var schemas = new JsonObject { ["Envelope"] = Envelope() };
        foreach (var type in EventContracts.Types)
        {
            var name = type.Name;
            var service = type.Namespace![(type.Namespace!.LastIndexOf('.') + 1)..];
            var exchange = OutboxEnvelope.ExchangeFor(type.FullName!);
            schemas[name] = Schema(type);
            messages[name] = new JsonObject
            {
                ["name"] = name,
                ["title"] = $"{service}: {name}",
                ["contentType"] = OutboxEnvelope.ContentType,
                ["correlationId"] = new JsonObject { ["location"] = "$message.payload#/messageId" },
                ["headers"] = new JsonObject { ["$ref"] = "#/components/schemas/AmqpHeaders" },
                ["payload"] = new JsonObject
                {
                    ["allOf"] = new JsonArray(
                        new JsonObject { ["$ref"] = "#/components/schemas/Envelope" },
                        new JsonObject
                        {
                            ["type"] = "object",
                            ["properties"] = new JsonObject
                            {
                                ["messageType"] = new JsonObject
                                {
                                    ["type"] = "array",
                                    ["items"] = new JsonObject { ["const"] = OutboxEnvelope.MessageUrn(type.FullName!) },
                                },
                                ["message"] = new JsonObject { ["$ref"] = $"#/components/schemas/{name}" },
                            },
                        }),
                },
            };
            channels[name] = new JsonObject
            {
                ["address"] = exchange,
                ["title"] = $"{service} {name}",
                ["description"] = $"Durable fanout exchange {exchange}; bind your own queue to it (docs/events.md).",
                ["messages"] = new JsonObject { [name] = new JsonObject { ["$ref"] = $"#/components/messages/{name}" } },
                ["bindings"] = new JsonObject
                {
                    ["amqp"] = new JsonObject
                    {
                        ["is"] = "routingKey",
                        ["exchange"] = new JsonObject { ["name"] = exchange, ["type"] = "fanout", ["durable"] = true, ["autoDelete"] = false, ["vhost"] = "/" },
                        ["bindingVersion"] = "0.3.0",
                    },
                },
            };
            operations["publish" + name] = new JsonObject
            {
                ["action"] = "send",
                ["title"] = $"The {service} service publishes {name}",
                ["channel"] = new JsonObject { ["$ref"] = $"#/channels/{name}" },
                ["messages"] = new JsonArray(new JsonObject { ["$ref"] = $"#/channels/{name}/messages/{name}" }),
            };
        }

        schemas["AmqpHeaders"] = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                [OutboxEnvelope.CountyHeader] = CountyCode(),
                [OutboxEnvelope.TraceHeader] = new JsonObject { ["type"] = "string", ["description"] = "W3C trace id of the request that caused the event." },
            },
            ["required"] = new JsonArray(OutboxEnvelope.CountyHeader),
        };
        return new JsonObject
        {
            ["asyncapi"] = "3.0.0",
            ["info"] = new JsonObject
            {
                ["title"] = "EduPlatform 教联体 events",
                ["version"] = "1.0.0",
                ["description"] = "Integration events of the five services (organization, staffing, rotation, zoning, evaluation). Delivery is at "
                    + "least once: dedupe on messageId, which equals the event's eventId. Earlier events: the replay feed GET /api/{service}/events "
                    + "(docs/events.md, \"Joining late\").",
            },
            ["defaultContentType"] = OutboxEnvelope.ContentType,
            ["servers"] = new JsonObject
            {
                ["broker"] = new JsonObject
                {
                    ["host"] = "{host}:5672",
                    ["protocol"] = "amqp",
                    ["protocolVersion"] = "0-9-1",
                    ["description"] = "The county's RabbitMQ (ConnectionStrings:messaging).",
                    ["variables"] = new JsonObject { ["host"] = new JsonObject { ["default"] = "localhost" } },
                },
            },
            ["channels"] = channels,
            ["operations"] = operations,
            ["components"] = new JsonObject { ["messages"] = messages, ["schemas"] = schemas },
        };
    }

    /// <summary>MassTransit's JSON envelope as <see cref="OutboxEnvelope"/> writes it.</summary>
    static JsonObject Envelope() => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["messageId"] = Uuid("Equals the event's eventId: dedupe on it."),
            ["correlationId"] = Uuid(null),
            ["conversationId"] = Uuid(null),
            ["destinationAddress"] = new JsonObject { ["type"] = "string", ["format"] = "uri" },
            ["messageType"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
            ["message"] = new JsonObject { ["type"] = "object", ["description"] = "The event." },
            ["sentTime"] = new JsonObject { ["type"] = "string", ["format"] = "date-time" },
            ["headers"] = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject { [OutboxEnvelope.CountyHeader] = CountyCode() },
                ["required"] = new JsonArray(OutboxEnvelope.CountyHeader),
            },
            ["host"] = new JsonObject { ["type"] = "object" },
        },
        ["required"] = new JsonArray("messageId", "messageType", "message", "sentTime", "headers"),
    };

    static JsonObject Schema(Type type)
    {
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(SchemaOptions, type,
            new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true }).AsObject();
        schema["title"] = type.Name;
        return schema;
    }

    static JsonObject Uuid(string? description)
    {
        var node = new JsonObject { ["type"] = "string", ["format"] = "uuid" };
        if (description is not null)
        {
            node["description"] = description;
        }

        return node;
    }

    static JsonObject CountyCode() => new()
    {
        ["type"] = "string",
        ["pattern"] = "^[0-9]{6}$",
        ["description"] = "The event's county (6-digit 行政区划代码); equals message.countyCode.",
    };
}
