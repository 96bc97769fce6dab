using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Labs;

namespace Laboratori.Web.Api;

/// <summary>
/// A lab on the wire (REST and the hub's Join). The join code and link are shown to staff only; the template version
/// only for a lab made from a programme's own template (the version it keeps).
/// </summary>
public sealed record LabView(
    string Id,
    string Title,
    string Theme,
    string Mandate,
    string Percorso,
    string Edizione,
    string Sede,
    string TemplateId,
    string? JoinCode,
    string? JoinLink,
    DateTimeOffset CreatedAt,
    bool Closed,
    int Enrolled,
    ImmutableArray<string> Facilitators)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? TemplateVersion { get; init; }

    public static LabView From(LabInfo lab, HttpRequest? request, bool staff)
    {
        var code = staff ? JoinCodes.Display(lab.JoinCode) : null;
        var link = code is not null && request is not null ? $"{request.Scheme}://{request.Host}{request.PathBase}/?code={code}" : null;
        var d = lab.Definition;
        return new LabView(lab.Id, d.Title, d.Theme, d.Mandate, d.Percorso, d.Edizione, d.Sede, d.TemplateId, code, link,
            lab.CreatedAt, lab.Closed, lab.Enrolled, staff ? lab.Facilitators : [])
        { TemplateVersion = d.TemplateVersion };
    }
}
