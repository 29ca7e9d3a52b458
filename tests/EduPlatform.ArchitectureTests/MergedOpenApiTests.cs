using System.Text.Json.Nodes;
using EduPlatform.Gateway;

namespace EduPlatform.ArchitectureTests;

public sealed class MergedOpenApiTests
{
    static JsonObject Document(string path, string schema, JsonObject shape) => new()
    {
        ["openapi"] = "3.1.1",
        ["paths"] = new JsonObject
        {
            [path] = new JsonObject { ["get"] = new JsonObject { ["responses"] = new JsonObject { ["200"] = new JsonObject { ["$ref"] = $"#/components/schemas/{schema}" } } } },
        },
        ["components"] = new JsonObject { ["schemas"] = new JsonObject { [schema] = shape } },
    };

    [Fact]
    public void A_schema_name_two_services_use_for_different_shapes_is_kept_apart_and_the_references_follow()
    {
        var merged = MergedOpenApi.Merge(
        [
            ("organization", Document("/api/organization/x", "Page", new JsonObject { ["type"] = "object", ["title"] = "schools" })),
            ("staffing", Document("/api/staffing/y", "Page", new JsonObject { ["type"] = "object", ["title"] = "posts" })),
            ("zoning", Document("/api/zoning/z", "Page", new JsonObject { ["type"] = "object", ["title"] = "schools" })),
        ]);

        var schemas = merged["components"]!["schemas"]!.AsObject();
        Assert.Equal(["Page", "StaffingPage"], schemas.Select(s => s.Key).Order());
        Assert.Equal("#/components/schemas/Page", (string?)merged["paths"]!["/api/organization/x"]!["get"]!["responses"]!["200"]!["$ref"]);
        Assert.Equal("#/components/schemas/StaffingPage", (string?)merged["paths"]!["/api/staffing/y"]!["get"]!["responses"]!["200"]!["$ref"]);
        Assert.Equal("#/components/schemas/Page", (string?)merged["paths"]!["/api/zoning/z"]!["get"]!["responses"]!["200"]!["$ref"]); // same shape, one schema
        Assert.Equal("posts", (string?)schemas["StaffingPage"]!["title"]);
    }
}
