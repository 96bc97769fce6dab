using System.Globalization;
using System.Text;
using Laboratori.Contracts;
using Laboratori.Contracts.History;
using Laboratori.Grains.Actions;
using Laboratori.Grains.Canvas;
using Laboratori.Web.Auth;
using Laboratori.Web.Exports;

namespace Laboratori.Web.Api;

/// <summary>
/// A lab's "Piano delle azioni": every action card with owners, deadline and status, traced to the needs and resources
/// it answers. Every member of the lab may read it (it is what the lab shared, as the synthesis grid is).
/// </summary>
public static class ActionsApi
{
    public static IEndpointRouteBuilder MapActionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/labs/{labId}/actions", PlanAsync).RequireLabRole(LabRequirement.Member);
        return app;
    }

    private static async Task<IResult> PlanAsync(string labId, IGrainFactory grains, TimeProvider time, string format = "json", string? today = null)
    {
        var date = RomeTime.Today(time);
        if (today is not null && !DateOnly.TryParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return ApiProblem.From(Errors.DeadlineInvalid);
        }

        var plan = await grains.GetGrain<IHistoryGrain>(labId).GetActionPlanAsync(date);
        var name = $"piano-azioni-{labId}";
        return format switch
        {
            "json" => TypedResults.Ok(plan),
            "md" => TypedResults.File(Encoding.UTF8.GetBytes(ActionPlanMarkdown.Render(plan)), "text/markdown; charset=utf-8", name + ".md"),
            "csv" => TypedResults.File(ActionPlanCsv.Render(plan), "text/csv; charset=utf-8", name + ".csv"),
            _ => ApiProblem.From(Errors.BadRequest.With("Formato: json, md o csv.", "Format: json, md or csv.")),
        };
    }
}
