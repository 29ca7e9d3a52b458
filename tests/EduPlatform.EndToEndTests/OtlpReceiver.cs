using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace EduPlatform.EndToEndTests;

/// <summary>
/// What an operator's collector does, reduced to what a test needs: an OTLP/HTTP protobuf endpoint (/v1/traces,
/// /v1/metrics, /v1/logs) that keeps each span's service, trace and name, and each metric data point's service, name
/// and value. Decodes the few OTLP fields it reads with <see cref="ProtoReader"/> rather than generated classes.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    public sealed record Span(string Service, string TraceId, string SpanId, string ParentSpanId, string Name, ActivityKind Kind);

    public sealed record Point(string Service, string Metric, double Value);

    readonly HttpListener _listener = new();
    readonly Task _loop;
    readonly ConcurrentQueue<Span> _spans = new();
    readonly ConcurrentQueue<Point> _points = new();

    OtlpReceiver(int port)
    {
        Endpoint = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Endpoint + "/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string Endpoint { get; }
    public IReadOnlyList<Span> Spans => _spans.ToList();
    public IReadOnlyList<Point> Points => _points.ToList();

    /// <summary>The settings that point a host's exporters here (http/protobuf, metrics every second).</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = Endpoint,
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        ["OTEL_METRIC_EXPORT_INTERVAL"] = "1000",
        ["OTEL_BSP_SCHEDULE_DELAY"] = "500",
    };

    public static OtlpReceiver Start()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new OtlpReceiver(port);
    }

    async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            try
            {
                var body = await ReadBodyAsync(context.Request);
                switch (context.Request.Url?.AbsolutePath)
                {
                    case "/v1/traces":
                        ReadTraces(body);
                        break;
                    case "/v1/metrics":
                        ReadMetrics(body);
                        break;
                }

                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/x-protobuf";
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                context.Response.StatusCode = 400;
            }

            context.Response.Close();
        }
    }

    static async Task<byte[]> ReadBodyAsync(HttpListenerRequest request)
    {
        using var buffer = new MemoryStream();
        var source = request.Headers["Content-Encoding"] == "gzip" ? new GZipStream(request.InputStream, CompressionMode.Decompress) : request.InputStream;
        await source.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    // ExportTraceServiceRequest { 1: ResourceSpans { 1: Resource, 2: ScopeSpans { 2: Span } } }
    void ReadTraces(byte[] body)
    {
        foreach (var resourceSpans in ProtoReader.Messages(body, 1))
        {
            var service = ServiceName(resourceSpans);
            foreach (var span in ProtoReader.Messages(resourceSpans, 2).SelectMany(scope => ProtoReader.Messages(scope, 2)))
            {
                var fields = ProtoReader.Fields(span).ToList();
                string Hex(int number) => Convert.ToHexString(fields.FirstOrDefault(f => f.Number == number).Bytes ?? []).ToLowerInvariant();
                _spans.Enqueue(new Span(service, Hex(1), Hex(2), Hex(4),
                    Encoding.UTF8.GetString(fields.FirstOrDefault(f => f.Number == 5).Bytes ?? []),
                    // OTLP's SpanKind counts from UNSPECIFIED = 0, INTERNAL = 1; ActivityKind from Internal = 0.
                    (ActivityKind)Math.Max(0, (int)fields.FirstOrDefault(f => f.Number == 6).Varint - 1)));
            }
        }
    }

    // ExportMetricsServiceRequest { 1: ResourceMetrics { 1: Resource, 2: ScopeMetrics { 2: Metric { 1: name, 5: Gauge, 7: Sum } } } },
    // Gauge and Sum { 1: NumberDataPoint { 4: as_double, 6: as_int } }
    void ReadMetrics(byte[] body)
    {
        foreach (var resourceMetrics in ProtoReader.Messages(body, 1))
        {
            var service = ServiceName(resourceMetrics);
            foreach (var metric in ProtoReader.Messages(resourceMetrics, 2).SelectMany(scope => ProtoReader.Messages(scope, 2)))
            {
                var name = Encoding.UTF8.GetString(ProtoReader.Fields(metric).FirstOrDefault(f => f.Number == 1).Bytes ?? []);
                foreach (var point in ProtoReader.Messages(metric, 5).Concat(ProtoReader.Messages(metric, 7)).SelectMany(data => ProtoReader.Messages(data, 1)))
                {
                    var value = ProtoReader.Fields(point).FirstOrDefault(f => f.Number is 4 or 6);
                    _points.Enqueue(new Point(service, name, value.Number == 4 ? BitConverter.Int64BitsToDouble((long)value.Fixed) : (long)value.Fixed));
                }
            }
        }
    }

    // Resource { 1: KeyValue { 1: key, 2: AnyValue { 1: string_value } } }: the service.name attribute.
    static string ServiceName(ReadOnlyMemory<byte> resourceEnvelope)
    {
        foreach (var attribute in ProtoReader.Messages(resourceEnvelope, 1).SelectMany(resource => ProtoReader.Messages(resource, 1)))
        {
            var key = Encoding.UTF8.GetString(ProtoReader.Fields(attribute).FirstOrDefault(f => f.Number == 1).Bytes ?? []);
            if (key == "service.name")
            {
                return Encoding.UTF8.GetString(ProtoReader.Messages(attribute, 2).Select(v => ProtoReader.Fields(v).FirstOrDefault(f => f.Number == 1).Bytes).FirstOrDefault() ?? []);
            }
        }

        return "";
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}

/// <summary>The protobuf wire format (varint, 64-bit, length-delimited, 32-bit), enough to walk OTLP messages.</summary>
static class ProtoReader
{
    public readonly record struct Field(int Number, ulong Varint, ulong Fixed, byte[]? Bytes);

    public static IEnumerable<ReadOnlyMemory<byte>> Messages(ReadOnlyMemory<byte> message, int number) =>
        Fields(message).Where(f => f.Number == number && f.Bytes is not null).Select(f => (ReadOnlyMemory<byte>)f.Bytes!);

    public static IEnumerable<ReadOnlyMemory<byte>> Messages(byte[] message, int number) => Messages((ReadOnlyMemory<byte>)message, number);

    public static IEnumerable<Field> Fields(ReadOnlyMemory<byte> message)
    {
        var position = 0;
        while (position < message.Length)
        {
            var key = ReadVarint(message.Span, ref position);
            var number = (int)(key >> 3);
            switch (key & 7)
            {
                case 0:
                    yield return new Field(number, ReadVarint(message.Span, ref position), 0, null);
                    break;
                case 1:
                    yield return new Field(number, 0, BitConverter.ToUInt64(message.Span.Slice(position, 8)), null);
                    position += 8;
                    break;
                case 2:
                    var length = (int)ReadVarint(message.Span, ref position);
                    yield return new Field(number, 0, 0, message.Slice(position, length).ToArray());
                    position += length;
                    break;
                case 5:
                    yield return new Field(number, 0, BitConverter.ToUInt32(message.Span.Slice(position, 4)), null);
                    position += 4;
                    break;
                default:
                    throw new InvalidDataException($"unsupported protobuf wire type {key & 7}");
            }
        }
    }

    static ulong ReadVarint(ReadOnlySpan<byte> data, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= data.Length)
            {
                throw new InvalidDataException("truncated varint");
            }

            var b = data[position++];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("varint longer than 64 bits");
    }
}
