using System.Collections.Concurrent;
using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using EduPlatform.Kernel;

namespace EduPlatform.ServiceDefaults;

/// <summary>
/// A request field is required exactly when its record's constructor parameter has no default value (or the property
/// is a C# <c>required</c> member, for records built by properties). The OpenAPI
/// schema marks those (System.Text.Json's schema exporter), the serializer refuses a body that leaves one out
/// (<see cref="JsonSerializerOptions.RespectRequiredConstructorParameters"/>), and <see cref="RequestValidation"/>
/// refuses one sent as null; optional fields are declared <c>= null</c>. The message says what to send: the field's
/// <see cref="DescriptionAttribute"/> (also the schema's description) and, for a choice, its values.
/// </summary>
public static class RequiredFields
{
    static readonly ConcurrentDictionary<PropertyInfo, bool> Required = new();

    public static bool IsRequired(PropertyInfo property) => Required.GetOrAdd(property, p =>
        p.IsDefined(typeof(System.Runtime.CompilerServices.RequiredMemberAttribute))
        || p.DeclaringType?.GetConstructors()
            .SelectMany(c => c.GetParameters())
            .FirstOrDefault(parameter => string.Equals(parameter.Name, p.Name, StringComparison.OrdinalIgnoreCase)) is { HasDefaultValue: false });

    public static string Message(PropertyInfo? property)
    {
        var description = property?.GetCustomAttribute<DescriptionAttribute>()?.Description;
        var type = property is null ? null : Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var choices = type is { IsEnum: true } ? string.Join("、", WireEnum.Names(type)) : "";
        return Texts.Required(choices, description);
    }

    /// <summary>The property a JSON name refers to on a request type, if any.</summary>
    public static PropertyInfo? Property(Type? type, string jsonName) =>
        type?.GetProperty(jsonName, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
}
