using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using EduPlatform.Kernel;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace EduPlatform.ServiceDefaults;

/// <summary>
/// The rules every request is held to before a handler sees it, whatever the route: a required field is present and
/// not null (<see cref="RequiredFields"/>); a school year in the path, the query or a body is a <see cref="SchoolYear"/>; a body has no null inside a list, no number that is not finite, and no whole number
/// beyond its bound (so sums of them cannot overflow). Unknown JSON fields and numbers sent as text
/// are refused by the serializer (<see cref="ServiceDefaultsExtensions.ConfigureRequestJson"/>). Each failure is a 400
/// naming the field.
/// </summary>
/// <remarks>
/// Whole numbers: an <c>int</c> is a count, bounded by <see cref="MaxCount"/>; a <c>long</c> or a decimal is an amount
/// (yuan, scores), bounded by <see cref="MaxAmount"/>.
/// </remarks>
public sealed class RequestValidation : IEndpointFilter
{
    /// <summary>
    /// No count a county keeps (pupils, classes, seats, posts, moves) comes near a million; bounding every count keeps
    /// any sum of a request's counts inside a 32-bit integer.
    /// </summary>
    public const int MaxCount = 1_000_000;

    /// <summary>No amount the suite handles (a reward fund in yuan) comes near a trillion; sums stay inside 64 bits.</summary>
    public const long MaxAmount = 1_000_000_000_000;

    const int MaxDepth = 16;
    static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = new List<(string Field, string Message)>();
        var isService = context.HttpContext.RequestServices.GetService<IServiceProviderIsService>();
        var parameters = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>()?.GetParameters() ?? [];
        for (var i = 0; i < context.Arguments.Count; i++)
        {
            switch (context.Arguments[i])
            {
                case null:
                    continue;
                case int year when i < parameters.Length && parameters[i].Name == "schoolYear":
                    // In the path (…/plans/{schoolYear}) or the query (?schoolYear=), the same rule.
                    if (!SchoolYear.IsValid(year))
                    {
                        errors.Add(("schoolYear", SchoolYear.Rule));
                    }

                    break;
                case double or float or int or long or decimal:
                    // A query or route number: the same bounds as in a body, named by the parameter.
                    Visit(context.Arguments[i]!, i < parameters.Length ? parameters[i].Name ?? "" : "", 0, errors);
                    break;
                case var argument when IsBody(argument.GetType(), isService):
                    Visit(argument, "", 0, errors);
                    break;
            }
        }

        UnknownQueryNames(context.HttpContext.Request, parameters, errors);
        return errors.Count > 0 ? Problems.Validation([.. errors]) : await next(context);
    }

    /// <summary>
    /// A query name the route does not take is refused, naming what it takes: "?pageSize=10" on a list that pages with
    /// offset and limit was silently ignored and the caller got the default page.
    /// </summary>
    static void UnknownQueryNames(HttpRequest request, ParameterInfo[] parameters, List<(string Field, string Message)> errors)
    {
        var keys = request.Query.Keys;
        if (keys.Count == 0 || parameters.Length == 0)
        {
            return;
        }

        var taken = parameters.Select(p => p.Name).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var key in keys.Where(k => !taken.Contains(k)))
        {
            var simple = parameters.Where(p => IsQueryType(p.ParameterType) && !request.RouteValues.ContainsKey(p.Name!)).Select(p => p.Name).ToList();
            errors.Add((key, simple.Count == 0
                ? Texts.NoQuery
                : Texts.NotAQuery(simple)));
        }
    }

    static bool IsQueryType(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? (type.IsArray ? type.GetElementType()! : type);
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(Guid) || t == typeof(DateOnly) || t == typeof(decimal);
    }

    /// <summary>A handler argument bound from the JSON body: one of the suite's own types or a list, not a service.</summary>
    static bool IsBody(Type type, IServiceProviderIsService? isService) =>
        (type.IsArray || (type.Namespace?.StartsWith("EduPlatform", StringComparison.Ordinal) ?? false) || IsList(type))
        && !(isService?.IsService(type) ?? false)
        && type != typeof(string);

    static bool IsList(Type type) =>
        type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) && type.Namespace == "System.Collections.Generic";

    static void Visit(object value, string path, int depth, List<(string, string)> errors)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        switch (value)
        {
            case string or bool or Guid or DateOnly or DateTime or DateTimeOffset or TimeSpan or Enum or JsonElement:
                return;
            case double d:
                CheckNumber(double.IsFinite(d), Math.Abs(d) <= MaxAmount, MaxAmount, path, errors);
                return;
            case float f:
                CheckNumber(float.IsFinite(f), Math.Abs(f) <= MaxAmount, MaxAmount, path, errors);
                return;
            case int i:
                CheckNumber(true, Math.Abs((long)i) <= MaxCount, MaxCount, path, errors);
                return;
            case long l:
                CheckNumber(true, l is >= -MaxAmount and <= MaxAmount, MaxAmount, path, errors);
                return;
            case decimal m:
                CheckNumber(true, Math.Abs(m) <= MaxAmount, MaxAmount, path, errors);
                return;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    var at = Join(path, entry.Key.ToString() ?? "");
                    if (entry.Value is null)
                    {
                        errors.Add((at, Texts.NotNull));
                    }
                    else
                    {
                        Visit(entry.Value, at, depth + 1, errors);
                    }
                }

                return;
            case IEnumerable list:
                var index = 0;
                foreach (var item in list)
                {
                    var at = $"{path}[{index++}]";
                    if (item is null)
                    {
                        errors.Add((at, Texts.NoNullItems));
                    }
                    else
                    {
                        Visit(item, at, depth + 1, errors);
                    }
                }

                return;
        }

        var type = value.GetType();
        if (type.IsPrimitive || !(type.Namespace?.StartsWith("EduPlatform", StringComparison.Ordinal) ?? false))
        {
            return;
        }

        foreach (var property in Properties.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.CanRead && p.GetIndexParameters().Length == 0).ToArray()))
        {
            var at = Join(path, JsonNamingPolicy.CamelCase.ConvertName(property.Name));
            if (property.GetValue(value) is not { } child)
            {
                if (RequiredFields.IsRequired(property))
                {
                    errors.Add((at, RequiredFields.Message(property)));
                }
            }
            else if (property.Name == "SchoolYear" && child is int year && !SchoolYear.IsValid(year))
            {
                errors.Add((at, SchoolYear.Rule));
            }
            else
            {
                Visit(child, at, depth + 1, errors);
            }
        }
    }

    static void CheckNumber(bool finite, bool inRange, long bound, string path, List<(string, string)> errors)
    {
        if (!finite)
        {
            errors.Add((Field(path), Texts.Finite));
        }
        else if (!inRange)
        {
            errors.Add((Field(path), Texts.Within(bound)));
        }
    }

    static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    static string Field(string path) => path.Length == 0 ? "body" : path;
}
