using System.Buffers;
using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using EduPlatform.Persistence;

namespace EduPlatform.Messaging;

/// <summary>
/// The wire form of an outbox row: MassTransit's JSON envelope (application/vnd.masstransit+json) as MassTransit 8.5
/// writes it, with the stored payload as its "message", so MassTransit consumers and plain AMQP subscribers read what
/// a MassTransit publish would have sent (the envelope was compared field by field with one MassTransit wrote).
/// </summary>
public static class OutboxEnvelope
{
    public const string ContentType = "application/vnd.masstransit+json";
    public const string CountyHeader = "county-code";

    /// <summary>The header MassTransit's receive side reads the sender's W3C trace id from.</summary>
    public const string TraceHeader = "MT-Activity-Id";

    static readonly byte[] Host = HostJson();

    /// <summary>MassTransit's exchange for a message type: "EduPlatform.Contracts.Organization:SchoolRegistered" (fanout, durable).</summary>
    public static string ExchangeFor(string typeFullName)
    {
        var dot = typeFullName.LastIndexOf('.');
        return dot < 0 ? typeFullName : string.Concat(typeFullName.AsSpan(0, dot), ":", typeFullName.AsSpan(dot + 1));
    }

    /// <summary>The type's own name, "SchoolRegistered", for spans, metrics and messages.</summary>
    public static string TypeName(string typeFullName) => typeFullName[(typeFullName.LastIndexOf('.') + 1)..];

    public static string MessageUrn(string typeFullName) => "urn:message:" + ExchangeFor(typeFullName);

    /// <summary>The exchange's address beside a bus address (rabbitmq://host/vhost/… or loopback://localhost/…).</summary>
    public static string DestinationFor(Uri busAddress, string typeFullName) => new Uri(busAddress, "./" + ExchangeFor(typeFullName)).ToString();

    public static byte[] Write(OutboxMessage message, string destinationAddress, DateTime sentTime)
    {
        var buffer = new ArrayBufferWriter<byte>(message.Payload.Length + 1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            var id = message.MessageId.ToString("D");
            json.WriteStartObject();
            json.WriteString("messageId", id);
            // MassTransit takes an EventId as the correlation id, and a publish outside any conversation starts its own.
            json.WriteString("correlationId", id);
            json.WriteString("conversationId", id);
            json.WriteString("destinationAddress", destinationAddress);
            json.WriteStartArray("messageType");
            json.WriteStringValue(MessageUrn(message.MessageType));
            json.WriteEndArray();
            json.WritePropertyName("message");
            json.WriteRawValue(message.Payload, skipInputValidation: true); // written by EventJson into the outbox
            json.WriteString("sentTime", sentTime);
            json.WriteStartObject("headers");
            json.WriteString(CountyHeader, message.CountyCode);
            json.WriteEndObject();
            json.WritePropertyName("host");
            json.WriteRawValue(Host, skipInputValidation: true);
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    static byte[] HostJson()
    {
        var entry = Assembly.GetEntryAssembly()?.GetName();
        using var process = Process.GetCurrentProcess();
        return JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?>
        {
            ["machineName"] = Environment.MachineName,
            ["processName"] = process.ProcessName,
            ["processId"] = Environment.ProcessId,
            ["assembly"] = entry?.Name,
            ["assemblyVersion"] = entry?.Version?.ToString(),
            ["frameworkVersion"] = Environment.Version.ToString(),
            ["massTransitVersion"] = typeof(MassTransit.IBus).Assembly.GetName().Version?.ToString(),
            ["operatingSystemVersion"] = Environment.OSVersion.ToString(),
        });
    }
}
