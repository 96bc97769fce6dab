namespace Laboratori.Contracts;

/// <summary>An operation as a client sent it: its id of the client's choosing, its type and its payload (JSON).</summary>
[GenerateSerializer, Immutable]
public sealed record OperationRequest(
    [property: Id(0)] string ClientOpId,
    [property: Id(1)] string Type,
    [property: Id(2)] string Payload);
