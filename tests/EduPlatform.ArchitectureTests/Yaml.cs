using YamlDotNet.RepresentationModel;

namespace EduPlatform.ArchitectureTests;

/// <summary>Just enough YAML navigation for reading the deploy/ manifests.</summary>
static class Yaml
{
    public static List<YamlMappingNode> Documents(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>().ToList();
    }

    public static YamlNode? Get(this YamlNode node, string path)
    {
        YamlNode? current = node;
        foreach (var key in path.Split('.'))
        {
            if (current is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out current))
            {
                return null;
            }
        }

        return current;
    }

    public static string? Text(this YamlNode node, string path) => (node.Get(path) as YamlScalarNode)?.Value;

    public static IEnumerable<YamlNode> Items(this YamlNode node, string path) =>
        node.Get(path) is YamlSequenceNode sequence ? sequence.Children : [];

    public static IEnumerable<(string Key, YamlNode Value)> Entries(this YamlNode node, string path) =>
        node.Get(path) is YamlMappingNode map
            ? map.Children.Select(c => (((YamlScalarNode)c.Key).Value!, c.Value))
            : [];
}
