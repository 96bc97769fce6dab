using System.Text.Json.Nodes;

namespace Laboratori.Tests.Fuzz;

/// <summary>
/// REST requests drawn at random: every route of the API (and some that do not exist) with any method, any caller's
/// token or none, queries with out-of-range and malformed values, and bodies from valid JSON to text that is not JSON.
/// Routes that end a session or an account (sign-out, an account's reset/disable/revoke/delete) get ids of nobody: the
/// run's own connections must stay open. No encoded NUL (<c>%00</c>) in a path: Kestrel refuses that request line itself
/// with a bare 400 before the app (docs/protocol.md, "REST API").
/// </summary>
public sealed class RestInputs(Junk junk, string labId, string otherLabId)
{
    private static readonly string[] Methods = ["GET", "GET", "GET", "POST", "POST", "PUT", "DELETE", "PATCH"];

    private static readonly string[] LabRoutes =
    [
        "", "/join-code", "/roster", "/close", "/events", "/canvas", "/history/timeline", "/history/activity", "/history/events",
        "/history/state", "/export/synthesis", "/export/log", "/export/attendance", "/cohesion", "/cohesion/network", "/actions",
        "/incontri", "/incontri/i-nessuno", "/placement", "/nothing",
    ];

    private static readonly string[] OtherRoutes =
    [
        "/api/labs", "/api/labs/import", "/api/join", "/api/auth/login", "/api/auth/password", "/api/auth/me", "/api/staff",
        "/api/staff/nessuno", "/api/staff/nessuno/reset", "/api/staff/nessuno/disable", "/api/staff/nessuno/revoke", "/api/programmes",
        "/api/programmes/prog-nessuno", "/api/programmes/prog-nessuno/percorsi", "/api/programmes/prog-nessuno/staff",
        "/api/programmes/prog-nessuno/staff/a-1", "/api/programmes/prog-nessuno/archive", "/api/percorsi/per-nessuno",
        "/api/percorsi/per-nessuno/edizioni", "/api/edizioni/ed-nessuno", "/api/edizioni/ed-nessuno/labs", "/api/sedi", "/api/workspace",
        "/api/templates", "/api/errors", "/api/programmes/prog-nessuno/dashboard", "/api/programmes/prog-nessuno/dashboard/labs.csv",
        "/api/programmes/prog-nessuno/dashboard/xlsx", "/api/programmes/prog-nessuno/templates", "/api/programmes/prog-nessuno/templates/tpl-nessuno/versions", "/api/nothing", "/api/", "/healthz", "/readyz", "/metrics",
    ];

    private static readonly (string Name, string[] Values)[] Queries =
    [
        ("seq", ["-1", "0", "1", "5", "9999999999", "x", "1e3"]),
        ("at", ["9999-12-31T23:59:59.999Z", "0001-01-01T00:00:00Z", "2026-11-23T09:00:00Z", "ieri", ""]),
        ("limit", ["0", "1", "500", "501", "-3", "x"]),
        ("offset", ["0", "-1", "3", "x"]),
        ("after", ["-1", "0", "3", "x"]),
        ("format", ["json", "md", "csv", "html", "gexf", "xlsx", "pdf"]),
        ("buckets", ["0", "1", "200", "100000", "-1"]),
        ("k", ["0", "1", "3", "1001"]),
        ("today", ["2026-13-45", "2026-01-01", "x"]),
        ("from", ["2026-11-23T09:00:00Z", "x"]),
        ("to", ["9999-12-31T23:59:59.999Z", "x"]),
        ("percorso", ["per-1", ""]),
    ];

    private static readonly string[] Fields =
    [
        "title", "closed", "code", "displayName", "organisation", "sector", "userName", "password", "role", "edizioneId", "date", "start",
        "end", "mode", "sedeId", "theme", "mandate", "templateId", "fund", "startDate", "endDate", "plannedHours", "archived", "userId",
        "token", "formatVersion", "lab", "events", "reason", "columns", "rows", "phases", "voteBudget", "templateVersion",
    ];

    public (string Kind, HttpMethod Method, string Path, string? Body, string ContentType) Next()
    {
        var method = new HttpMethod(junk.Pick(Methods));
        var onLab = junk.Chance(0.6);
        var path = onLab
            ? $"/api/labs/{junk.Pick<string>([labId, labId, labId, otherLabId, "lab-nessuno", "..%2F..", "%2e%2e", new string('l', 200)])}{junk.Pick(LabRoutes)}"
            : junk.Pick(OtherRoutes);
        if (junk.Chance(0.5))
        {
            var (name, values) = junk.Pick(Queries);
            path += "?" + name + "=" + Uri.EscapeDataString(junk.Pick(values));
            if (junk.Chance(0.4))
            {
                var (second, more) = junk.Pick(Queries);
                path += "&" + second + "=" + Uri.EscapeDataString(junk.Pick(more));
            }
        }

        var (bodyKind, body) = method == HttpMethod.Get || junk.Chance(0.1) ? ("none", null) : Body();
        var contentType = junk.Chance(0.9) ? "application/json" : junk.Pick<string>(["text/plain", "application/xml", "multipart/form-data"]);
        return ((onLab ? "rest.lab." : "rest.other.") + bodyKind, method, path, body, contentType);
    }

    private (string Kind, string? Body) Body() => junk.Random.Next(5) switch
    {
        0 => ("literal", junk.Pick<string>(["{}", "[]", "null", "123", "true", "\"testo\"", "{ non è json", "", "{\"formatVersion\":\"1\"}", "{\"formatVersion\":99}"])),
        1 => ("import-like", new JsonObject
        {
            ["formatVersion"] = 1,
            ["lab"] = new JsonObject { ["title"] = junk.Text(), ["lanes"] = new JsonArray((JsonNode?)null) },
            ["events"] = new JsonArray(new JsonObject { ["seq"] = junk.Number(), ["type"] = "lab.reveal", ["payload"] = new JsonObject { ["cards"] = new JsonObject { ["c1"] = null } } }),
        }.ToJsonString()),
        _ => ("object", RandomObject().ToJsonString()),
    };

    private JsonObject RandomObject()
    {
        var body = new JsonObject();
        for (var i = junk.Random.Next(1, 6); i > 0; i--)
        {
            body[junk.Pick(Fields)] = junk.Chance(0.5) ? junk.Text() : junk.Anything();
        }

        return body;
    }
}
