using System.Text;

namespace EduPlatform.Messaging;

/// <summary>Queue names are "{service}-{event in kebab case}", e.g. "rotation-alliance-formed", so two services never share a queue.</summary>
public static class EndpointNames
{
    public static string For(string serviceName, Type messageType) => $"{serviceName}-{Kebab(messageType.Name)}";

    public static string Kebab(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0)
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
