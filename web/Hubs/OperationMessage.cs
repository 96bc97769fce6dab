using System.Text.Json;

namespace Laboratori.Web.Hubs;

/// <summary>An operation as sent to <c>Apply</c>. Everything is optional here so that a malformed one gets a clear error, not a binding failure.</summary>
public sealed record OperationMessage(string? ClientOpId, string? Type, JsonElement Payload);
