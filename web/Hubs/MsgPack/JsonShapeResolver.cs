using System.Collections.Concurrent;
using System.Text.Json;
using MessagePack;
using MessagePack.Formatters;
using MessagePack.Resolvers;

namespace Laboratori.Web.Hubs.MsgPack;

/// <summary>
/// The hub's MessagePack resolver: numbers, booleans and strings as MessagePack has them, everything else in its JSON
/// shape (<see cref="JsonShapeFormatter{T}"/>), so that a client sees the same names and values in either protocol.
/// </summary>
internal sealed class JsonShapeResolver(JsonSerializerOptions json) : IFormatterResolver
{
    private readonly ConcurrentDictionary<Type, object?> _formatters = new();

    /// <summary>Options for SignalR's MessagePack protocol: this resolver, and limits for data from the network.</summary>
    public static MessagePackSerializerOptions Options(JsonSerializerOptions json) =>
        MessagePackSerializerOptions.Standard.WithResolver(new JsonShapeResolver(json)).WithSecurity(MessagePackSecurity.UntrustedData);

    public IMessagePackFormatter<T>? GetFormatter<T>() =>
        (IMessagePackFormatter<T>?)_formatters.GetOrAdd(typeof(T), static (_, json) => Create<T>(json), json);

    private static object? Create<T>(JsonSerializerOptions json)
    {
        var type = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return type.IsPrimitive || type == typeof(string) || type == typeof(decimal)
            ? BuiltinResolver.Instance.GetFormatter<T>()
            : new JsonShapeFormatter<T>(json);
    }
}
