using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace EduPlatform.Standalone.Tests.Fuzz;

/// <summary>A request as sent: the JSON body is text, so it can also be text that is not JSON.</summary>
public sealed record FuzzRequest(ApiOperation Operation, string Url, string? Json, FuzzFile? File)
{
    public override string ToString() =>
        $"{Operation.Method} {Url}" + (Json is null ? "" : $" body {Truncate(Json)}") + (File is null ? "" : $" file {File.Name} ({File.Content.Length} bytes)");

    static string Truncate(string text) => text.Length > 400 ? text[..400] + "…" : text;
}

public sealed record FuzzFile(string Name, byte[] Content);

/// <summary>What the generator draws from: the county under test, ids it has seen, files, and bodies that were accepted.</summary>
public sealed class FuzzContext(string countyCode, IReadOnlyList<Guid> knownIds, IReadOnlyList<FuzzFile> files)
{
    public string CountyCode { get; } = countyCode;
    public IReadOnlyList<Guid> KnownIds { get; } = knownIds;
    public IReadOnlyList<FuzzFile> Files { get; } = files;

    /// <summary>Bodies that got a 2xx, per operation: the generator mutates them to go past validation.</summary>
    public Dictionary<ApiOperation, List<string>> Accepted { get; } = [];
}

/// <summary>
/// CsCheck generators of requests for one operation, from its OpenAPI schema: mostly values of the right shape (so a
/// request gets past parsing into the rules), mixed with the values attackers send — boundaries, overflow, NaN, nulls
/// in lists, unknown fields, wrong types, text that is not JSON, identity numbers in paths, crafted files — and
/// mutations of bodies the API accepted.
/// </summary>
public sealed class RequestGenerator(ApiOperations api, FuzzContext context)
{
    static readonly string[] HostileText =
    [
        "", " ", "0", "-1", "null", "NaN", "Infinity", "1e999", "42112519740506002X", "=HYPERLINK(\"http://x\",\"y\")",
        "'; DROP TABLE schools;--", "<script>alert(1)</script>", "../../etc/passwd", "%00", "\u0000", "😀", "东山镇中心小学",
        new string('长', 5000), "2025-02-30", "9999-12-31", "0001-01-01", "00000000-0000-0000-0000-000000000000", "true", "[]", "{}",
    ];

    static readonly string[] WordsOfTheDomain =
    [
        "primary", "junior", "kindergarten", "senior-high", "nine-year", "小学", "初中", "fused", "urban", "rural", "town", "county",
        "2025-autumn", "2024-spring", "autumn", "spring", "balance", "bundled", "rewards", "senior-title", "principal-grade",
        "agree", "submit", "return", "approve", "single", "multi", "全日制", "chinese", "math", "语文", "active", "returned",
    ];

    static readonly int[] HostileIntegers = [0, 1, -1, 2, 45, 2024, 2025, 2026, 9999, int.MaxValue, int.MinValue, 1_000_001, -1_000_001];
    static readonly double[] HostileNumbers = [0, 0.5, 1, -1, 1e308, -1e308, 1e-308, 0.1, 100, 2025, 1_000_000_000_001];
    static readonly string[] HostileBodies = ["", "{", "[null]", "null", "[]", "{}", "\"text\"", "1e999", new string('[', 300) + new string(']', 300), "{\"a\":"];
    static readonly string[] HostileCounties = ["000000", "42112", "abcdef", "4211255", "421126", "42112519740506002X", "%2e%2e"];

    public Gen<FuzzRequest> For(ApiOperation operation)
    {
        var path = PathGen(operation);
        var query = QueryGen(operation);
        var body = operation.JsonBody is { } schema ? BodyGen(operation, schema).Select(b => (string?)b) : Gen.Const((string?)null);
        var file = operation.FileUpload ? FileGen().Select(f => (FuzzFile?)f) : Gen.Const((FuzzFile?)null);
        return Gen.Select(path, query, body, file, (p, q, b, f) => new FuzzRequest(operation, p + q, b, f));
    }

    Gen<string> PathGen(ApiOperation operation)
    {
        var parameters = operation.Parameters.Where(p => p.In == "path").ToList();
        var values = parameters.Select(p => PathValue(p)).ToArray();
        return values.Length == 0
            ? Gen.Const(operation.Path)
            : Sequence(values).Select(chosen =>
            {
                var path = operation.Path;
                for (var i = 0; i < parameters.Count; i++)
                {
                    path = path.Replace("{" + parameters[i].Name + "}", Uri.EscapeDataString(chosen[i]), StringComparison.Ordinal);
                }

                return path;
            });
    }

    Gen<string> PathValue(ApiParameter parameter) => parameter.Name switch
    {
        "countyCode" => Gen.Frequency((17, Gen.Const(context.CountyCode)), (3, Gen.OneOf(HostileCounties))),
        _ when Type(parameter.Schema) == "integer" => Gen.Frequency(
            (3, Gen.OneOf(2024, 2025, 2026)), (2, Gen.OneOf(HostileIntegers)), (1, Gen.Int[-3, 3000])).Select(i => i.ToString(CultureInfo.InvariantCulture)),
        _ when Format(parameter.Schema) == "uuid" => UuidGen(),
        _ => Gen.Frequency((3, Gen.OneOf(WordsOfTheDomain)), (1, Gen.OneOf(HostileText.Where(t => t.Length is > 0 and < 100).ToArray()))),
    };

    Gen<string> QueryGen(ApiOperation operation)
    {
        var parameters = operation.Parameters.Where(p => p.In == "query").ToList();
        if (parameters.Count == 0)
        {
            return Gen.Const("");
        }

        var values = parameters.Select(p => Gen.Frequency(
            (p.Required ? 0 : 2, Gen.Const((string?)null)),
            (3, ScalarText(p.Name, p.Schema).Select(s => (string?)s)))).ToArray();
        return Sequence(values).Select(chosen =>
        {
            var pairs = parameters.Zip(chosen).Where(x => x.Second is not null).Select(x => $"{x.First.Name}={Uri.EscapeDataString(x.Second!)}").ToList();
            return pairs.Count == 0 ? "" : "?" + string.Join('&', pairs);
        });
    }

    Gen<string> ScalarText(string name, JsonElement schema) => Type(schema) switch
    {
        "integer" => Gen.Frequency((3, Gen.Int[-2, 3000]), (1, Gen.OneOf(HostileIntegers))).Select(i => i.ToString(CultureInfo.InvariantCulture)),
        "number" => Gen.Frequency((3, Gen.Double[-180, 180]), (1, Gen.OneOf(HostileNumbers))).Select(d => d.ToString("R", CultureInfo.InvariantCulture)),
        "boolean" => Gen.OneOf("true", "false", "yes", ""),
        _ when Format(schema) == "uuid" => UuidGen(),
        _ => StringGen(name, schema),
    };

    Gen<string> UuidGen() => Gen.Frequency(
        (7, context.KnownIds.Count == 0 ? Gen.Guid.Select(g => g.ToString()) : Gen.Int[0, context.KnownIds.Count - 1].Select(i => context.KnownIds[i].ToString())),
        (2, Gen.Guid.Select(g => g.ToString())),
        (1, Gen.OneOf("00000000-0000-0000-0000-000000000000", "not-a-guid", "42112519740506002X")));

    Gen<string> StringGen(string name, JsonElement schema)
    {
        schema = api.Resolve(schema);
        if (schema.TryGetProperty("enum", out var values))
        {
            var options = values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToArray();
            if (options.Length > 0)
            {
                return Gen.Frequency((5, Gen.OneOf(options)), (1, Gen.OneOf(HostileText)));
            }
        }

        return Format(schema) switch
        {
            "date" => Gen.Frequency((4, Gen.DateOnly[new DateOnly(2000, 1, 1), new DateOnly(2032, 12, 31)].Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
                (1, Gen.OneOf(HostileText))),
            "date-time" => Gen.OneOf("2025-09-01T08:00:00+08:00", "2025-09-01", "not a time", "9999-12-31T23:59:59Z"),
            _ when name.Contains("county", StringComparison.OrdinalIgnoreCase) => Gen.Frequency((3, Gen.Const(context.CountyCode)), (1, Gen.OneOf(HostileCounties))),
            _ => Gen.Frequency((3, Gen.OneOf(WordsOfTheDomain)), (2, Gen.OneOf(HostileText)), (1, Gen.String[0, 12])),
        };
    }

    Gen<string> BodyGen(ApiOperation operation, JsonElement schema) => Gen.Frequency(
        (12, NodeGen(schema, 0).Select(n => n?.ToJsonString() ?? "null")),
        (context.Accepted.ContainsKey(operation) ? 6 : 0, MutationGen(operation)),
        (1, Gen.OneOf(HostileBodies)));

    /// <summary>An accepted body with one node changed: a hostile value, a null, a list entry that is null, a field removed or added.</summary>
    Gen<string> MutationGen(ApiOperation operation) =>
        Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[0, 4], Gen.Int[0, HostileText.Length - 1], Gen.Int[0, HostileIntegers.Length - 1], (pick, how, text, number) =>
        {
            var accepted = context.Accepted.TryGetValue(operation, out var list) && list.Count > 0 ? list : null;
            if (accepted is null)
            {
                return "{}";
            }

            var node = JsonNode.Parse(accepted[pick % accepted.Count]);
            var targets = Nodes(node).ToList();
            var (parent, key) = targets.Count == 0 ? (null, null) : targets[pick % targets.Count];
            JsonNode? replacement = how switch
            {
                0 => JsonValue.Create(HostileText[text]),
                1 => JsonValue.Create(HostileIntegers[number]),
                2 => null,
                3 => new JsonArray(null, JsonValue.Create(1)),
                _ => JsonValue.Create(1e308),
            };
            switch (parent, key)
            {
                case (JsonObject o, string k) when how == 4 && pick % 2 == 0:
                    o.Remove(k);
                    o["unexpectedField"] = 1;
                    break;
                case (JsonObject o, string k):
                    o[k] = replacement;
                    break;
                case (JsonArray a, int i):
                    a[i] = replacement;
                    break;
                default:
                    return replacement?.ToJsonString() ?? "[null]";
            }

            return node?.ToJsonString() ?? "null";
        });

    static IEnumerable<(JsonNode Parent, object Key)> Nodes(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (k, v) in o.ToList())
                {
                    yield return (o, k);
                    foreach (var inner in Nodes(v)) { yield return inner; }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    yield return (a, i);
                    foreach (var inner in Nodes(a[i])) { yield return inner; }
                }

                break;
        }
    }

    Gen<JsonNode?> NodeGen(JsonElement schema, int depth)
    {
        schema = api.Resolve(schema);
        if (depth > 6)
        {
            return Gen.Const((JsonNode?)null);
        }

        if (schema.TryGetProperty("oneOf", out var oneOf) || schema.TryGetProperty("anyOf", out oneOf))
        {
            return Gen.OneOf(oneOf.EnumerateArray().Select(s => (IGen<JsonNode?>)NodeGen(s, depth)).ToArray());
        }

        var hostile = Gen.Frequency(
            (3, Gen.OneOf(HostileText).Select(t => (JsonNode?)JsonValue.Create(t))),
            (2, Gen.OneOf(HostileIntegers).Select(i => (JsonNode?)JsonValue.Create(i))),
            (1, Gen.Const((JsonNode?)null)),
            (1, Gen.Const(() => (JsonNode?)new JsonArray(null, JsonValue.Create("x")))),
            (1, Gen.Const(() => (JsonNode?)new JsonObject { ["unexpectedField"] = 1 })));
        var shaped = Type(schema) switch
        {
            "object" => ObjectGen(schema, depth),
            "array" => ArrayGen(schema, depth),
            "integer" => Gen.Frequency((4, Gen.Int[-2, 60]), (2, Gen.OneOf(HostileIntegers))).Select(i => (JsonNode?)JsonValue.Create(i)),
            "number" => Gen.Frequency((4, Gen.Double[0, 10]), (2, Gen.OneOf(HostileNumbers))).Select(d => (JsonNode?)JsonValue.Create(d)),
            "boolean" => Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
            "null" => Gen.Const((JsonNode?)null),
            _ when Format(schema) == "uuid" => UuidGen().Select(s => (JsonNode?)JsonValue.Create(s)),
            _ => StringGen("", schema).Select(s => (JsonNode?)JsonValue.Create(s)),
        };
        return Gen.Frequency((12, shaped), (1, hostile));
    }

    Gen<JsonNode?> ObjectGen(JsonElement schema, int depth)
    {
        var fields = schema.TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().Select(p => (p.Name, Gen: Gen.Frequency(
                (14, NodeGen(p.Value, depth + 1).Select(v => (Include: true, Value: v))),
                (1, Gen.Const((Include: false, Value: (JsonNode?)null)))))).ToList()
            : [];
        var map = schema.TryGetProperty("additionalProperties", out var extra) && extra.ValueKind == JsonValueKind.Object
            ? Gen.Int[0, 3].SelectMany(n => Sequence(Enumerable.Range(0, n).Select(_ => NodeGen(extra, depth + 1)).ToArray())
                .Select(vs => vs.Select((v, i) => (Key: WordsOfTheDomain[i * 7 % WordsOfTheDomain.Length], Value: v)).ToArray()))
            : Gen.Const(Array.Empty<(string Key, JsonNode? Value)>());
        var unknown = Gen.Frequency((20, Gen.Const(false)), (1, Gen.Const(true)));
        return Gen.Select(Sequence(fields.Select(f => f.Gen).ToArray()), map, unknown, (values, entries, addUnknown) =>
        {
            var o = new JsonObject();
            for (var i = 0; i < fields.Count; i++)
            {
                if (values[i].Include)
                {
                    o[fields[i].Name] = values[i].Value;
                }
            }

            foreach (var (key, value) in entries)
            {
                o[key] = value;
            }

            if (addUnknown)
            {
                o["unexpectedField"] = "x";
            }

            return (JsonNode?)o;
        });
    }

    Gen<JsonNode?> ArrayGen(JsonElement schema, int depth)
    {
        var item = schema.TryGetProperty("items", out var items) ? NodeGen(items, depth + 1) : Gen.Const((JsonNode?)null);
        var withNull = Gen.Frequency((12, item), (1, Gen.Const((JsonNode?)null)));
        return Gen.Int[0, 3].SelectMany(n => Sequence(Enumerable.Range(0, n).Select(_ => withNull).ToArray()))
            .Select(values => (JsonNode?)new JsonArray(values.Select(v => v?.DeepClone()).ToArray()));
    }

    Gen<FuzzFile> FileGen() => Gen.Int[0, context.Files.Count - 1].Select(i => context.Files[i]);

    static Gen<T[]> Sequence<T>(Gen<T>[] gens) =>
        gens.Aggregate(Gen.Const(Array.Empty<T>()), (acc, g) => Gen.Select(acc, g, (values, v) => (T[])[.. values, v]));

    /// <summary>The schema's type; for 3.1's ["null", "string"] the non-null one, or "null" one time in ten.</summary>
    static string? Type(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return null;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return type.GetString();
        }

        var types = type.EnumerateArray().Select(t => t.GetString()).ToList();
        return types.FirstOrDefault(t => t != "null") ?? "null";
    }

    static string? Format(JsonElement schema) => schema.TryGetProperty("format", out var f) ? f.GetString() : null;

    /// <summary>Files an attacker or a careless clerk uploads.</summary>
    public static IReadOnlyList<FuzzFile> HostileFiles()
    {
        var random = new Random(7);
        var noise = new byte[4096];
        random.NextBytes(noise);
        return
        [
            new("roster.csv", Encoding.UTF8.GetBytes("学校名称,学段\n东山小学,小学\n")),
            new("empty.csv", []),
            new("noise.xlsx", noise),
            new("noise.csv", noise),
            new("headers-only.csv", Encoding.UTF8.GetBytes("姓名,身份证号,岗位类别,学段,任教学科\n")),
            new("formula.csv", Encoding.UTF8.GetBytes("学校名称,学段\n=1+1,@SUM(A1)\n")),
            new("wide.xlsx", EduPlatform.Tests.CraftedWorkbooks.FarRight("ZZZZZ", 4)),
            new("styled.xlsx", EduPlatform.Tests.CraftedWorkbooks.StyledEmptyFarRight()),
            new("bomb.xlsx", EduPlatform.Tests.CraftedWorkbooks.BlankBomb(60)),
            new("rows.xlsx", EduPlatform.Tests.CraftedWorkbooks.RowBomb(40)),
            new("../../etc/passwd.csv", Encoding.UTF8.GetBytes("a\n1\n")),
            new("report.txt", Encoding.UTF8.GetBytes("not a sheet")),
            new(new string('长', 300) + ".csv", Encoding.UTF8.GetBytes("a\n1\n")),
        ];
    }
}
