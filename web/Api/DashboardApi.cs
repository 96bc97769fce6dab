using Laboratori.Contracts;
using Laboratori.Web.Auth;
using Laboratori.Web.Dashboard;
using Laboratori.Web.Exports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Laboratori.Web.Api;

/// <summary>The coordinator dashboard of a programme: JSON, each table as CSV, and all tables as one XLSX workbook.</summary>
public static class DashboardApi
{
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/programmes/{id}/dashboard").RequireAuthorization(Policies.Staff);
        api.MapGet("/", async (string id, HttpContext http, DashboardReader reader, string? percorso, string? edizione, string? sede, string? zone) =>
        {
            var (view, error) = await reader.ReadAsync(Caller.From(http.User)!, id, new DashboardFilter(percorso, edizione, sede, zone));
            return view is not null ? (Results<Ok<DashboardView>, ProblemHttpResult>)TypedResults.Ok(view) : ApiProblem.From(error!);
        });
        api.MapGet("/{table}.csv", async (string id, string table, HttpContext http, DashboardReader reader, string? percorso, string? edizione, string? sede, string? zone) =>
        {
            if (!DashboardTables.Names.Contains(table))
            {
                return (IResult)ApiProblem.From(Errors.BadRequest.With($"Tabelle: {string.Join(", ", DashboardTables.Names)}.", $"Tables: {string.Join(", ", DashboardTables.Names)}."));
            }

            var (view, error) = await reader.ReadAsync(Caller.From(http.User)!, id, new DashboardFilter(percorso, edizione, sede, zone));
            if (view is null)
            {
                return (IResult)ApiProblem.From(error!);
            }

            var (header, rows) = DashboardTables.Get(view, table);
            var csv = new Csv().Row(header);
            foreach (var row in rows)
            {
                csv.Row(row);
            }

            return Results.File(csv.ToBytes(), "text/csv; charset=utf-8", $"cruscotto-{table}.csv");
        });
        api.MapGet("/xlsx", async (string id, HttpContext http, DashboardReader reader, string? percorso, string? edizione, string? sede, string? zone) =>
        {
            var (view, error) = await reader.ReadAsync(Caller.From(http.User)!, id, new DashboardFilter(percorso, edizione, sede, zone));
            return view is null
                ? (IResult)ApiProblem.From(error!)
                : Results.File(DashboardXlsx.Write(view), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "cruscotto.xlsx");
        });
        return app;
    }
}
