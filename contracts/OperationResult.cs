namespace Laboratori.Contracts;

/// <summary>
/// The outcome of an operation: the sequence number of its committed event, or the error that refused it
/// (in which case nothing changed). The same (author, clientOpId) always gets the same successful result.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record OperationResult(
    [property: Id(0)] string ClientOpId,
    [property: Id(1)] long Seq,
    [property: Id(2)] CanvasError? Error)
{
    public bool Ok => Error is null;

    public static OperationResult Accepted(string clientOpId, long seq) => new(clientOpId, seq, null);

    public static OperationResult Refused(string clientOpId, CanvasError error) => new(clientOpId, 0, error);
}
