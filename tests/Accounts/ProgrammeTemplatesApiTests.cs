using System.Net;
using System.Text.Json;

namespace Laboratori.Tests.Accounts;

/// <summary>
/// A programme's own templates over REST: versions that never change, labs that record and keep the version they were
/// made from, the lanes' kinds and prompts and the phases' minutes and instructions in the lab's canvas, and bad
/// definitions refused with their codes, saving nothing.
/// </summary>
public sealed class ProgrammeTemplatesApiTests(AccountServerFixture fixture) : IClassFixture<AccountServerFixture>
{
    private static readonly object Version1 = new
    {
        name = "Casa e prossimità",
        voteBudget = 3,
        columns = new object[]
        {
            new { name = "Bisogni della casa", kind = "need", prompt = "Che cosa manca oggi a chi cerca casa?", promptEn = "What do people looking for a home lack today?" },
            new { name = "Impegni", nameEn = "Commitments", kind = "action" },
        },
        phases = new object[]
        {
            new { name = "Ascolto", minutes = 20, instructions = "Una scheda per bisogno, con un esempio.", allows = new[] { "cards", "comments" }, columns = new[] { "bisogni-della-casa" } },
            new { name = "Impegni", minutes = 40, allows = new[] { "cards", "links", "votes", "comments", "themes" } },
        },
    };

    private static readonly object Version2 = new
    {
        name = "Casa e prossimità",
        voteBudget = 4,
        columns = new object[]
        {
            new { key = "bisogni-della-casa", name = "Bisogni della casa", kind = "need" },
            new { name = "Chi può offrire", kind = "resource" },
            new { key = "impegni", name = "Impegni", kind = "action" },
        },
    };

    [Fact]
    public async Task ALabKeepsTheVersionItWasMadeFromWhenANewerOneIsSaved()
    {
        var server = fixture.Server;
        var s = await Structure.CreateAsync(server, "tracce");
        var token = await server.TokenAsync(s.Coordinator, AccountServer.GoodPassword);

        var first = await Structure.Expect(server, HttpStatusCode.Created, HttpMethod.Post, $"/api/programmes/{s.Programme}/templates", token, Version1);
        var key = first.GetProperty("key").GetString()!;
        Assert.StartsWith("tpl-", key, StringComparison.Ordinal);
        Assert.Equal(1, first.GetProperty("version").GetInt32());
        var early = await Structure.Expect(server, HttpStatusCode.Created, HttpMethod.Post, $"/api/edizioni/{s.Edizione}/labs", token, new { title = "Casa, primo", templateId = key });

        var second = await Structure.Expect(server, HttpStatusCode.Created, HttpMethod.Post, $"/api/programmes/{s.Programme}/templates/{key}/versions", token, Version2);
        var late = await Structure.Expect(server, HttpStatusCode.Created, HttpMethod.Post, $"/api/edizioni/{s.Edizione}/labs", token, new { title = "Casa, secondo", templateId = key });
        var pinned = await Structure.Expect(server, HttpStatusCode.Created, HttpMethod.Post, $"/api/edizioni/{s.Edizione}/labs", token, new { title = "Casa, scelto", templateId = key, templateVersion = 1 });

        Assert.Equal(2, second.GetProperty("version").GetInt32());
        Assert.Equal([2, 1], second.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal([(key, 1), (key, 2), (key, 1)], new[] { early, late, pinned }.Select(l => (l.GetProperty("templateId").GetString(), l.GetProperty("templateVersion").GetInt32())));

        var before = await CanvasAsync(server, token, early);
        Assert.Equal(1, before.GetProperty("templateVersion").GetInt32());
        Assert.Equal(["bisogni-della-casa", "impegni"], Lanes(before));
        var needs = before.GetProperty("lanes")[0];
        Assert.Equal(("need", "Che cosa manca oggi a chi cerca casa?", "What do people looking for a home lack today?"),
            (needs.GetProperty("kind").GetString(), needs.GetProperty("prompt").GetString(), needs.GetProperty("promptEn").GetString()));
        var listening = before.GetProperty("phases")[0];
        Assert.Equal(("ascolto", 20, "Una scheda per bisogno, con un esempio.", "bisogni-della-casa"),
            (listening.GetProperty("id").GetString(), listening.GetProperty("minutes").GetInt32(), listening.GetProperty("instructions").GetString(), listening.GetProperty("lanes")[0].GetString()));
        Assert.Equal(3, before.GetProperty("voteBudget").GetInt32());
        Assert.Equal(["bisogni-della-casa", "chi-puo-offrire", "impegni"], Lanes(await CanvasAsync(server, token, late)));
        Assert.Equal(["bisogni-della-casa", "impegni"], Lanes(await CanvasAsync(server, token, pinned)));

        var v1 = await Structure.Expect(server, HttpStatusCode.OK, HttpMethod.Get, $"/api/programmes/{s.Programme}/templates/{key}?version=1", token);
        Assert.Equal(2, v1.GetProperty("definition").GetProperty("columns").GetArrayLength());
        var list = await Structure.Expect(server, HttpStatusCode.OK, HttpMethod.Get, $"/api/programmes/{s.Programme}/templates", await server.TokenAsync(s.Facilitator, AccountServer.GoodPassword));
        var own = Assert.Single(list.EnumerateArray(), t => !t.GetProperty("builtIn").GetBoolean());
        Assert.Equal((key, 2), (own.GetProperty("key").GetString(), own.GetProperty("version").GetInt32()));
        Assert.Equal(6, list.EnumerateArray().Count(t => t.GetProperty("builtIn").GetBoolean()));
    }

    [Fact]
    public async Task BadTemplatesAreRefusedWithTheirCodesAndSaveNothing()
    {
        var server = fixture.Server;
        var s = await Structure.CreateAsync(server, "tracce-errate");
        var token = await server.TokenAsync(s.Coordinator, AccountServer.GoodPassword);
        var templates = $"/api/programmes/{s.Programme}/templates";
        var column = new { name = "Bisogni", kind = "need" };
        (object Body, string Code)[] bad =
        [
            (new { name = "Vuoto", columns = Array.Empty<object>() }, "template_no_columns"),
            (new { name = "Righe", rows = new[] { new { name = "Riga" } } }, "template_rows_without_columns"),
            (new { name = "Troppe", columns = Enumerable.Range(1, 9).Select(i => new { name = $"Colonna {i}" }).ToArray() }, "template_too_large"),
            (new { name = "Senza nome", columns = new[] { new { name = " " } } }, "template_name_missing"),
            (new { name = "Doppie", columns = new[] { new { name = "Bisogni" }, new { name = "BISOGNI" } } }, "template_key_duplicate"),
            (new { name = "Breve", columns = new[] { column }, phases = new[] { new { name = "Ascolto", minutes = 0 } } }, "template_duration_invalid"),
            (new { name = "Lunga", columns = new[] { column }, phases = new[] { new { name = "Ascolto", minutes = 600 } } }, "template_duration_invalid"),
            (new { name = "Tipo", columns = new[] { new { name = "Bisogni", kind = "desideri" } } }, "template_kind_unknown"),
            (new { name = "Fase", columns = new[] { column }, phases = new[] { new { name = "Ascolto", columns = new[] { "altrove" } } } }, "template_phase_invalid"),
            (new { name = "Voti", columns = new[] { column }, voteBudget = 99 }, "template_budget_invalid"),
        ];

        foreach (var (body, code) in bad)
        {
            var call = await server.CallAsync(HttpMethod.Post, templates, token, body);
            Assert.True(call.Status == HttpStatusCode.BadRequest && call.Code == code, $"{code}: {(int)call.Status} {call.Code}");
            Assert.False(string.IsNullOrEmpty(call.Body.GetProperty("message").GetString()));
            Assert.False(string.IsNullOrEmpty(call.Body.GetProperty("messageEn").GetString()));
        }

        Assert.Equal("template_not_found", (await server.CallAsync(HttpMethod.Post, $"{templates}/tpl-nessuno/versions", token, new { name = "X", columns = new[] { column } })).Code);
        Assert.Equal("template_not_found", (await server.CallAsync(HttpMethod.Post, $"/api/edizioni/{s.Edizione}/labs", token, new { title = "Lab", templateId = "tpl-nessuno" })).Code);
        var saved = await Structure.Expect(server, HttpStatusCode.Created, HttpMethod.Post, templates, token, new { name = "Buono", columns = new[] { column } });
        var missingVersion = await server.CallAsync(HttpMethod.Post, $"/api/edizioni/{s.Edizione}/labs", token, new { title = "Lab", templateId = saved.GetProperty("key").GetString(), templateVersion = 7 });
        Assert.Equal((HttpStatusCode.NotFound, "template_not_found"), (missingVersion.Status, missingVersion.Code));
        var list = await Structure.Expect(server, HttpStatusCode.OK, HttpMethod.Get, templates, token);
        Assert.Equal(["Buono"], list.EnumerateArray().Where(t => !t.GetProperty("builtIn").GetBoolean()).Select(t => t.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task AProgrammesOwnMatrixMakesALabOfCellsThatExportsByRowAndColumn()
    {
        var server = fixture.Server;
        var s = await Structure.CreateAsync(server, "tracce-matrice");
        var token = await server.TokenAsync(s.Coordinator, AccountServer.GoodPassword);
        var matrix = new
        {
            name = "Prima e dopo",
            columns = new object[] { new { name = "Oggi", kind = "need" }, new { name = "Domani", nameEn = "Tomorrow", kind = "resource" } },
            rows = new object[] { new { name = "Casa", nameEn = "Home" }, new { name = "Lavoro" } },
            phases = new object[] { new { name = "Casa", rows = new[] { "casa" } } },
        };
        var key = (await Structure.Expect(server, HttpStatusCode.Created, HttpMethod.Post, $"/api/programmes/{s.Programme}/templates", token, matrix))
            .GetProperty("key").GetString()!;
        var lab = await Structure.Expect(server, HttpStatusCode.Created, HttpMethod.Post, $"/api/edizioni/{s.Edizione}/labs", token, new { title = "Prima e dopo", templateId = key });

        var state = await CanvasAsync(server, token, lab);
        Assert.Equal(["oggi-casa", "domani-casa", "oggi-lavoro", "domani-lavoro"], Lanes(state));
        var cell = state.GetProperty("lanes")[1].GetProperty("cell");
        Assert.Equal(("Casa", "Home", "Domani", "Tomorrow"),
            (cell.GetProperty("row").GetString(), cell.GetProperty("rowEn").GetString(), cell.GetProperty("column").GetString(), cell.GetProperty("columnEn").GetString()));
        Assert.Equal(["oggi-casa", "domani-casa"], state.GetProperty("phases")[0].GetProperty("lanes").EnumerateArray().Select(l => l.GetString()));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/labs/{lab.GetProperty("id").GetString()}/export/synthesis?format=csv");
        request.Headers.Authorization = new("Bearer", token);
        using var response = await server.Http.SendAsync(request);
        var csv = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Tema;Riga;Colonna;Scheda;", csv, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> CanvasAsync(AccountServer server, string token, JsonElement lab) =>
        (await Structure.Expect(server, HttpStatusCode.OK, HttpMethod.Get, $"/api/labs/{lab.GetProperty("id").GetString()}/canvas", token)).GetProperty("state");

    private static string[] Lanes(JsonElement state) => [.. state.GetProperty("lanes").EnumerateArray().Select(l => l.GetProperty("id").GetString()!)];
}
