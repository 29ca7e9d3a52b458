using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using EduPlatform.Messaging;

namespace EduPlatform.ArchitectureTests;

/// <summary>
/// docs/asyncapi.json as a non-.NET developer uses it to generate a consumer: AsyncAPI 3.0, a channel per contract whose
/// address is the exchange, a payload that is the envelope with the contract's own fields, the county-code header, and
/// every reference resolving inside the document.
/// </summary>
public sealed class AsyncApiTests
{
    static readonly string DocsFile = Path.Combine(Repo.Root, "docs", "asyncapi.json");

    [Fact]
    public void The_document_under_docs_is_the_one_generated_from_the_contracts()
    {
        var generated = AsyncApiDocument.Write();
        if (Environment.GetEnvironmentVariable("EDUPLATFORM_WRITE_ASYNCAPI") == "1")
        {
            File.WriteAllText(DocsFile, generated);
        }

        Assert.True(File.Exists(DocsFile) && File.ReadAllText(DocsFile) == generated,
            "docs/asyncapi.json differs from the contracts; regenerate: EDUPLATFORM_WRITE_ASYNCAPI=1 dotnet test tests/EduPlatform.ArchitectureTests");
    }

    [Fact]
    public void Every_contract_is_a_channel_on_its_exchange_with_its_fields_and_the_county_header()
    {
        var document = JsonNode.Parse(File.ReadAllText(DocsFile))!.AsObject();
        Assert.Equal("3.0.0", (string?)document["asyncapi"]);
        var contracts = EventContracts.Types;
        Assert.True(contracts.Count >= 23, $"{contracts.Count} contracts found"); // docs/events.md lists 23
        Assert.Equal(contracts.Count, document["channels"]!.AsObject().Count);

        foreach (var type in contracts)
        {
            var channel = document["channels"]![type.Name]!;
            Assert.Equal(OutboxEnvelope.ExchangeFor(type.FullName!), (string?)channel["address"]);
            Assert.Equal("fanout", (string?)channel["bindings"]!["amqp"]!["exchange"]!["type"]);

            var message = Resolve(document, (string)channel["messages"]![type.Name]!["$ref"]!);
            Assert.Equal("application/vnd.masstransit+json", (string?)message["contentType"]);
            var headers = Resolve(document, (string)message["headers"]!["$ref"]!);
            Assert.Contains("county-code", headers["required"]!.AsArray().Select(n => (string?)n));

            var payload = message["payload"]!["allOf"]!.AsArray();
            var envelope = Resolve(document, (string)payload[0]!["$ref"]!);
            Assert.Contains("messageId", envelope["required"]!.AsArray().Select(n => (string?)n));
            Assert.Equal(OutboxEnvelope.MessageUrn(type.FullName!), (string?)payload[1]!["properties"]!["messageType"]!["items"]!["const"]);

            var schema = Resolve(document, (string)payload[1]!["properties"]!["message"]!["$ref"]!);
            var fields = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).Order();
            Assert.Equal(fields, schema["properties"]!.AsObject().Select(p => p.Key).Order());
            var required = schema["required"]?.AsArray().Select(n => (string)n!).ToHashSet() ?? [];
            Assert.True(required.IsSupersetOf(["eventId", "countyCode", "occurredAt"]), $"{type.Name} requires {string.Join(", ", required)}");
        }

        foreach (var (name, operation) in document["operations"]!.AsObject())
        {
            Assert.Equal("send", (string?)operation!["action"]);
            Resolve(document, (string)operation["channel"]!["$ref"]!);
            Assert.All(operation["messages"]!.AsArray(), m => Resolve(document, (string)m!["$ref"]!));
        }

        var references = new List<string>();
        Collect(document, references);
        Assert.All(references, r => Resolve(document, r)); // no dangling or schema-relative reference
    }

    static JsonNode Resolve(JsonObject document, string reference)
    {
        Assert.StartsWith("#/", reference);
        JsonNode? node = document;
        foreach (var part in reference[2..].Split('/'))
        {
            node = node?[part.Replace("~1", "/").Replace("~0", "~")];
        }

        return node ?? throw new Xunit.Sdk.XunitException($"{reference} does not resolve in docs/asyncapi.json");
    }

    static void Collect(JsonNode? node, List<string> references)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if (key == "$ref")
                    {
                        references.Add((string)value!);
                    }
                    else
                    {
                        Collect(value, references);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Collect(item, references);
                }

                break;
        }
    }
}
