using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NSwag;
using NSwag.CodeGeneration.CSharp;

namespace EduPlatform.Standalone.Tests;

/// <summary>
/// An integrating system generates its client from the OpenAPI document: NSwag's C# generator (from the NuGet
/// registry) turns the suite's document into code that compiles as it comes, and the compiled client reads and writes
/// the demo county.
/// </summary>
public sealed class GeneratedClientTests(DemoSuite suite, ITestOutputHelper output) : IClassFixture<DemoSuite>
{
    [Fact]
    public async Task A_client_generated_from_the_openapi_document_compiles_and_calls_the_demo_county()
    {
        var json = await suite.App.CreateClient().GetStringAsync("/openapi/v1.json");
        var document = await OpenApiDocument.FromJsonAsync(json);
        var code = new CSharpClientGenerator(document, new CSharpClientGeneratorSettings
        {
            ClassName = "EduPlatformClient",
            GenerateClientInterfaces = false,
            CSharpGeneratorSettings = { Namespace = "Integrator" }, // Newtonsoft.Json, NSwag's default: it reads kebab-case enum values by their EnumMember
        }).GenerateFile();
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "eduplatform-generated-client.cs"), code);

        var assembly = Compile(code);
        var clientType = assembly.GetType("Integrator.EduPlatformClient")!;
        var operations = clientType.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Count(m => m.Name.EndsWith("Async", StringComparison.Ordinal) && m.GetParameters().LastOrDefault()?.ParameterType == typeof(CancellationToken));
        output.WriteLine($"NSwag {typeof(CSharpClientGenerator).Assembly.GetName().Version}: {code.Split('\n').Length} lines, {operations} operations, compiled");

        var bureau = suite.As("county-admin");
        var client = Activator.CreateInstance(clientType, bureau)!;
        async Task<dynamic> Call(string operation, params object?[] arguments)
        {
            var method = clientType.GetMethods().Single(m => m.Name == operation && m.GetParameters().Length == arguments.Length);
            var task = (Task)method.Invoke(client, arguments)!;
            await task;
            return task.GetType().GetProperty("Result")!.GetValue(task)!;
        }

        // Read: the county's schools, as the generated types.
        var direct = await bureau.GetFromJsonAsync<JsonElement>($"/api/organization/counties/{suite.County}/schools?limit=500");
        var page = await (Call("ListSchoolsAsync", suite.County, null, null, null, null, null, (int?)0, (int?)500));
        Assert.Equal(direct.GetProperty("total").GetInt32(), (int)page.Total);
        Assert.Equal(direct.GetProperty("items").GetArrayLength(), (int)page.Items.Count);
        var items = ((IEnumerable<object>)page.Items).Cast<dynamic>().ToList();
        Assert.Equal(direct.GetProperty("items").EnumerateArray().Select(x => x.GetProperty("code").GetString()), items.Select(x => (string)x.Code));
        // Enum values read by their kebab-case names ("full-day", "nine-year"), nullable ones included.
        Assert.Equal(direct.GetProperty("items").EnumerateArray().Count(x => x.GetProperty("kindergartenDay").ValueKind == JsonValueKind.String),
            items.Count(x => x.KindergartenDay != null));

        // Write: register a school with the generated request type, read it back.
        var request = Activator.CreateInstance(assembly.GetType("Integrator.SchoolRequest")!)!;
        dynamic body = request;
        body.Code = "GEN0001";
        body.Name = "生成客户端小学";
        body.Township = "城关镇";
        void Set(string property, string enumType, string value) =>
            request.GetType().GetProperty(property)!.SetValue(request, Enum.Parse(assembly.GetType($"Integrator.{enumType}")!, value));
        Set("Stage", "Stage", "Primary");
        Set("Locality", "Locality", "Rural");
        var created = await (Call("RegisterSchoolAsync", suite.County, request));
        var read = await (Call("GetSchoolAsync", suite.County, (Guid)created.Id));
        Assert.Equal(("生成客户端小学", "Rural"), ((string)read.Name, (string)read.Locality.ToString()));

        // Refused: the same code again is a 400 naming the code, which the client surfaces with its status and body.
        dynamic refused = await Assert.ThrowsAnyAsync<Exception>(() => Call("RegisterSchoolAsync", suite.County, request));
        Assert.Equal(400, (int)refused.StatusCode);
        Assert.Contains("code", ((IDictionary<string, ICollection<string>>)refused.Result.Errors).Keys);
        output.WriteLine($"read {page.Total} schools, registered {created.Id} and read it back, and got {refused.StatusCode} for the same code again");
    }

    static Assembly Compile(string code)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(Newtonsoft.Json.JsonConvert).Assembly.Location)
            .Distinct()
            .Select(f => MetadataReference.CreateFromFile(f));
        var compilation = CSharpCompilation.Create("Integrator", [CSharpSyntaxTree.ParseText(code)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(emitted.Success, $"{errors.Count} compile errors:\n" + string.Join("\n", errors.Take(30)));
        image.Position = 0;
        return new AssemblyLoadContext("integrator", isCollectible: true).LoadFromStream(image);
    }
}
