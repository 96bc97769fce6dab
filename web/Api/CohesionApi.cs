using Laboratori.Contracts;
using Laboratori.Web.Attendance;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Cohesion;
using Laboratori.Contracts.History;
using Laboratori.Contracts.Labs;
using Laboratori.Web.Auth;
using Laboratori.Web.Exports;

namespace Laboratori.Web.Api;

/// <summary>
/// A lab's cohesion measures (docs/cohesion.md) at its latest seq or at <c>?seq=</c>: trainers and facilitators get
/// every measure and the network (also as CSV edge list and GEXF); participants get the lab's aggregate only.
/// </summary>
public static class CohesionApi
{
    public static IEndpointRouteBuilder MapCohesionApi(this IEndpointRouteBuilder app)
    {
        var cohesion = app.MapGroup("/api/labs/{labId}/cohesion");
        cohesion.MapGet("/", CohesionAsync).RequireLabRole(LabRequirement.Member);
        cohesion.MapGet("/network", NetworkAsync).RequireLabRole(LabRequirement.Staff, LabRefusals.Network);
        return app;
    }

    private static async Task<IResult> CohesionAsync(string labId, HttpContext http, IGrainFactory grains, RosterNames names, long? seq = null, int k = CohesionMeasures.DefaultContinuityK)
    {
        var (input, error) = await InputAsync(grains, names, labId, seq, k);
        if (error is not null)
        {
            return ApiProblem.From(error);
        }

        var report = CohesionMeasures.Compute(input!, k);
        return LabGrant.Of(http).Actor.Role == Role.Participant
            ? TypedResults.Ok(CohesionSummary.From(report))
            : TypedResults.Ok(new CohesionView(report, CohesionNetwork.Build(input!.Log)));
    }

    private static async Task<IResult> NetworkAsync(string labId, HttpContext http, IGrainFactory grains, RosterNames names, TimeProvider time, string format = "json", long? seq = null)
    {
        var (input, error) = await InputAsync(grains, names, labId, seq, CohesionMeasures.DefaultContinuityK);
        if (error is not null)
        {
            return ApiProblem.From(error);
        }

        var network = CohesionNetwork.Build(input!.Log);
        var name = $"rete-{labId}-{input.Log.Seq}";
        return format switch
        {
            "json" => TypedResults.Ok(network),
            "csv" => TypedResults.File(NetworkCsv.Render(network), "text/csv; charset=utf-8", name + ".csv"),
            "gexf" => TypedResults.File(NetworkGexf.Render(network, LabGrant.Of(http).Lab.Definition.Title, time.GetUtcNow()), "application/gexf+xml", name + ".gexf"),
            _ => ApiProblem.From(Errors.BadRequest.With("Formato: json, csv o gexf.", "Format: json, csv or gexf.")),
        };
    }

    /// <summary>The lab's log folded up to <paramref name="seq"/> (the latest when null), with its adherents.</summary>
    private static async Task<(CohesionInput? Input, CanvasError? Error)> InputAsync(IGrainFactory grains, RosterNames names, string labId, long? seq, int k)
    {
        if (k is < 1 or > 1_000)
        {
            return (null, Errors.BadRequest.With("1 ≤ k ≤ 1000.", "1 ≤ k ≤ 1000."));
        }

        var events = await names.NameAsync(labId, await grains.GetGrain<IHistoryGrain>(labId).GetAllEventsAsync());
        var last = events.IsEmpty ? 0 : events[^1].Seq;
        if (seq is < 0 || seq > last)
        {
            return (null, SeqTarget.OutOfRange(last));
        }

        var log = CohesionFold.Fold(null, events.TakeWhile(e => e.Seq <= (seq ?? last)));
        var adherents = (await grains.GetGrain<ILaboratorioGrain>(labId).GetRosterAsync()).Length;
        return (new CohesionInput(labId, log, adherents), null);
    }
}
