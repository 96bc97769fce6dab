using System.Text.Json;
using System.Text.Json.Nodes;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Canvas.Model;
using Laboratori.Web.Attendance;
using Laboratori.Web.Data;
using Laboratori.Web.Enti;
using Microsoft.EntityFrameworkCore;

namespace Laboratori.Web.Hubs;

/// <summary>
/// A card written <em>per conto di</em> someone names a person of the lab's roster or an ente of its programme's
/// register, both kept in the relational tables the canvas does not read: the hub checks the name here before the
/// canvas sees the operation, and writes in what the event records (the organisation and sector it counts for).
/// The canvas still checks the role and the shape, so a participant's operation needs no lookup.
/// </summary>
public sealed class OnBehalfResolver(IServiceScopeFactory scopes)
{
    private const string CardAdd = "card.add";

    /// <summary>The request to send on (completed when it names someone), or why it is refused.</summary>
    public async Task<(OperationRequest Request, CanvasError? Error)> ResolveAsync(string labId, OperationRequest request)
    {
        if (request.Type != CardAdd || !request.Payload.Contains("\"onBehalfOf\"", StringComparison.Ordinal)
            || Parse(request.Payload) is not { } payload || payload["onBehalfOf"] is not JsonObject behalf
            || Text(behalf["kind"]) is not { } kind || Text(behalf["id"]) is not { } id)
        {
            // Absent, null or ill-formed: the canvas answers for the shape.
            return (request, null);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LaboratoriDb>();
        string organisation, sector;
        switch (kind)
        {
            case OnBehalfOf.MemberKind:
                if (await db.Set<Adherent>().AsNoTracking().Where(a => a.LabId == labId && a.MemberId == id).Select(a => new { a.Organisation, a.Sector }).FirstOrDefaultAsync() is not { } person)
                {
                    return (request, Errors.OnBehalfNotFound);
                }

                if (await db.Set<Erasure>().AsNoTracking().AnyAsync(e => e.LabId == labId && e.MemberId == id))
                {
                    return (request, Errors.OnBehalfErased);
                }

                (organisation, sector) = (person.Organisation, person.Sector);
                break;
            case OnBehalfOf.EnteKind:
                if (await scope.ServiceProvider.GetRequiredService<EnteStore>().FindForLabAsync(labId, id) is not { } ente)
                {
                    return (request, Errors.OnBehalfNotFound);
                }

                (organisation, sector) = (ente.Name, ente.Sector);
                break;
            default:
                return (request, null);
        }

        behalf["organisation"] = organisation;
        behalf["sector"] = sector;
        return (request with { Payload = payload.ToJsonString(CanvasJson.Options) }, null);
    }

    private static JsonObject? Parse(string payload)
    {
        try
        {
            return JsonNode.Parse(payload) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
