using System.Diagnostics.Metrics;

namespace Laboratori.Web.Metrics;

/// <summary>
/// The platform's own instruments, on the meter <see cref="MeterName"/> (docs/operations.md, "Metrics"): hub connections
/// open, operations applied and refused, the time from an operation's arrival to its acknowledgement (which includes its
/// durable commit), and errors answered, by code, on the hub and the REST API.
/// </summary>
public sealed class LaboratoriMetrics
{
    public const string MeterName = "Laboratori";

    private readonly UpDownCounter<long> _connections;
    private readonly Counter<long> _operations;
    private readonly Histogram<double> _operationDuration;
    private readonly Counter<long> _errors;

    public LaboratoriMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _connections = meter.CreateUpDownCounter<long>("laboratori.hub.connections", "{connection}", "Hub connections open on this node.");
        _operations = meter.CreateCounter<long>("laboratori.operations", "{operation}", "Canvas operations answered, by outcome (applied or refused).");
        _operationDuration = meter.CreateHistogram<double>(
            "laboratori.operation.duration", "s", "From an operation's arrival at the hub to its answer: validation and durable commit.");
        _errors = meter.CreateCounter<long>("laboratori.errors", "{error}", "Errors answered, by documented code and surface (hub or api).");
    }

    public void ConnectionOpened() => _connections.Add(1);

    public void ConnectionClosed() => _connections.Add(-1);

    public void OperationAnswered(TimeSpan elapsed, string? errorCode)
    {
        var outcome = new KeyValuePair<string, object?>("outcome", errorCode is null ? "applied" : "refused");
        _operations.Add(1, outcome);
        _operationDuration.Record(elapsed.TotalSeconds, outcome);
    }

    public void ErrorAnswered(string surface, string code) =>
        _errors.Add(1, new KeyValuePair<string, object?>("surface", surface), new KeyValuePair<string, object?>("code", code));
}
