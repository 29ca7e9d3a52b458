using System.Collections.Concurrent;

namespace EduPlatform.Messaging;

/// <summary>Finds the CLR type of an outbox row's MessageType (the type's full name, which is also its wire name).</summary>
public static class MessageTypes
{
    static readonly ConcurrentDictionary<string, Type> Cache = new();

    public static Type Resolve(string fullName) => Cache.GetOrAdd(fullName, static name =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Select(a => a.GetType(name, throwOnError: false))
            .FirstOrDefault(t => t is not null)
        ?? throw new InvalidOperationException($"No loaded type is named '{name}'."));
}
