using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Laboratori.Tests.Accounts;
using Laboratori.Tests.Support;

namespace Laboratori.Tests.Attendance;

/// <summary>Adesioni over REST on a real server: import, roles, personal links, matching at join, merging.</summary>
public sealed class AdesioniApiTests(AccountServerFixture fixture) : IClassFixture<AccountServerFixture>
{
    private const string ThreePeople = "Nome;Organizzazione;Settore;Email\r\nLucia Bianchi;Comune di Prato;ente pubblico;lucia@example.org\r\nNicolò Ferri;Coop. L'Orizzonte;terzo settore;\r\nUgo Sala;;cittadino;\r\n";

    private AccountServer Server => fixture.Server;

    [Fact]
    public async Task FacilitatorImportsAndStaffOfTheLabReadTheList()
    {
        var s = await Structure.CreateAsync(Server, "ad1");
        var facilitator = await Server.TokenAsync(s.Facilitator, AccountServer.GoodPassword);
        var imported = await ImportAsync(s.Lab, facilitator, Encoding.UTF8.GetBytes(ThreePeople), "text/csv");
        Assert.Equal(HttpStatusCode.Created, imported.Status);
        Assert.Equal(3, imported.Body.GetProperty("imported").GetInt32());

        foreach (var reader in new[] { s.Facilitator, s.Tutor, s.Trainer })
        {
            var list = await Server.CallAsync(HttpMethod.Get, $"/api/labs/{s.Lab}/adesioni", await Server.TokenAsync(reader, AccountServer.GoodPassword));
            Assert.Equal(HttpStatusCode.OK, list.Status);
            Assert.Equal(["Lucia Bianchi", "Nicolò Ferri", "Ugo Sala"], list.Body.EnumerateArray().Select(a => a.GetProperty("displayName").GetString()));
            Assert.All(list.Body.EnumerateArray(), a => Assert.Equal("aderente", a.GetProperty("kind").GetString()));
        }

        var tutor = await Server.TokenAsync(s.Tutor, AccountServer.GoodPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await ImportAsync(s.Lab, tutor, Encoding.UTF8.GetBytes("Nome\r\nAltra Persona\r\n"), "text/csv")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Server.CallAsync(HttpMethod.Post, $"/api/labs/{s.Lab}/adesioni", tutor, new { displayName = "Altra Persona" })).Status);
        var otherFacilitatorLab = await Server.CallAsync(HttpMethod.Get, $"/api/labs/{s.OtherLab}/adesioni", facilitator);
        Assert.Equal(HttpStatusCode.Forbidden, otherFacilitatorLab.Status);
        var participant = await JoinAsync(s.Lab, new { displayName = "Walter Neri", organisation = "Auser" });
        Assert.Equal(HttpStatusCode.Forbidden, (await Server.CallAsync(HttpMethod.Get, $"/api/labs/{s.Lab}/adesioni", participant.Body.GetProperty("token").GetString())).Status);
    }

    [Fact]
    public async Task ABadFileImportsNobody()
    {
        var s = await Structure.CreateAsync(Server, "ad2");
        var facilitator = await Server.TokenAsync(s.Facilitator, AccountServer.GoodPassword);
        var bad = await ImportAsync(s.Lab, facilitator, Encoding.UTF8.GetBytes("Nome;Organizzazione\r\nAnna Neri;Comune\r\nPaolo Bini;\r\nAnna Neri;Comune\r\n"), "text/csv");
        Assert.Equal((HttpStatusCode.BadRequest, "import_duplicate"), (bad.Status, bad.Code));
        var formula = await ImportAsync(s.Lab, facilitator, Encoding.UTF8.GetBytes("Nome;Organizzazione\r\nAnna Neri;=HYPERLINK(\"http://x\")\r\n"), "text/csv");
        Assert.Equal((HttpStatusCode.BadRequest, "import_formula"), (formula.Status, formula.Code));
        Assert.Empty((await Server.CallAsync(HttpMethod.Get, $"/api/labs/{s.Lab}/adesioni", facilitator)).Body.EnumerateArray());

        var xlsx = AdherentImportTests.Xlsx([["Nome", "Ente"], ["Marta Galli", "ASL"]]);
        Assert.Equal(HttpStatusCode.Created, (await ImportAsync(s.Lab, facilitator, xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).Status);
        var again = await ImportAsync(s.Lab, facilitator, xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Assert.Equal("import_duplicate", again.Code);
        var byHand = await Server.CallAsync(HttpMethod.Post, $"/api/labs/{s.Lab}/adesioni", facilitator, new { displayName = "marta  galli", organisation = "asl" });
        Assert.Equal((HttpStatusCode.Conflict, "adherent_exists"), (byHand.Status, byHand.Code));
        Assert.Single((await Server.CallAsync(HttpMethod.Get, $"/api/labs/{s.Lab}/adesioni", facilitator)).Body.EnumerateArray());
    }

    [Fact]
    public async Task APersonalLinkIsOnePersonOnEveryDeviceUntilRevoked()
    {
        var s = await Structure.CreateAsync(Server, "ad3");
        var facilitator = await Server.TokenAsync(s.Facilitator, AccountServer.GoodPassword);
        var added = await Server.CallAsync(HttpMethod.Post, $"/api/labs/{s.Lab}/adesioni", facilitator, new { displayName = "Lucia Bianchi", organisation = "Comune di Prato", sector = "ente_pubblico" });
        Assert.Equal(HttpStatusCode.Created, added.Status);
        var id = added.Body.GetProperty("id").GetString()!;
        var memberId = added.Body.GetProperty("memberId").GetString()!;

        var link = await Server.CallAsync(HttpMethod.Post, $"/api/labs/{s.Lab}/adesioni/{id}/link", facilitator);
        var address = new Uri(link.Body.GetProperty("link").GetString()!);
        Assert.StartsWith("/entra/", address.AbsolutePath, StringComparison.Ordinal);
        var secret = address.AbsolutePath["/entra/".Length..];
        using (var qr = new HttpRequestMessage(HttpMethod.Get, link.Body.GetProperty("qrCode").GetString()))
        {
            qr.Headers.Authorization = new AuthenticationHeaderValue("Bearer", facilitator);
            using var svg = await Server.Http.SendAsync(qr);
            Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<svg", await svg.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The link is checked before the notice (the /entra page sends the token alone first): a good one wants the notice.
        var unread = await Server.CallAsync(HttpMethod.Post, "/api/join/personal", null, new { token = secret });
        Assert.Equal((HttpStatusCode.BadRequest, "privacy_required"), (unread.Status, unread.Code));
        var phone = await Server.CallAsync(HttpMethod.Post, "/api/join/personal", null, new { token = secret, privacyVersion = PrivacyVersion.Current });
        var laptop = await Server.CallAsync(HttpMethod.Post, "/api/join/personal", null, new { token = secret, privacyVersion = PrivacyVersion.Current });
        Assert.Equal((HttpStatusCode.OK, memberId, s.Lab), (phone.Status, phone.Body.GetProperty("participantId").GetString(), phone.Body.GetProperty("labId").GetString()));
        Assert.Equal(memberId, laptop.Body.GetProperty("participantId").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await Server.CallAsync(HttpMethod.Delete, $"/api/labs/{s.Lab}/adesioni/{id}/link", facilitator)).Status);
        var revoked = await Server.CallAsync(HttpMethod.Post, "/api/join/personal", null, new { token = secret, privacyVersion = PrivacyVersion.Current });
        Assert.Equal((HttpStatusCode.Gone, "personal_link_revoked"), (revoked.Status, revoked.Code));
        Assert.Equal("personal_link_revoked", (await Server.CallAsync(HttpMethod.Post, "/api/join/personal", null, new { token = secret })).Code);

        var renewed = new Uri((await Server.CallAsync(HttpMethod.Post, $"/api/labs/{s.Lab}/adesioni/{id}/link", facilitator)).Body.GetProperty("link").GetString()!).AbsolutePath["/entra/".Length..];
        Assert.Equal("personal_link_invalid", (await Server.CallAsync(HttpMethod.Post, "/api/join/personal", null, new { token = secret, privacyVersion = PrivacyVersion.Current })).Code);
        Assert.Equal(memberId, (await Server.CallAsync(HttpMethod.Post, "/api/join/personal", null, new { token = renewed, privacyVersion = PrivacyVersion.Current })).Body.GetProperty("participantId").GetString());
        Assert.Equal("personal_link_invalid", (await Server.CallAsync(HttpMethod.Post, "/api/join/personal", null, new { token = "not-a-token", privacyVersion = PrivacyVersion.Current })).Code);

        var coordinator = await Server.TokenAsync(s.Coordinator, AccountServer.GoodPassword);
        Assert.Equal(HttpStatusCode.OK, (await Server.CallAsync(HttpMethod.Post, $"/api/labs/{s.Lab}/close", coordinator, new { closed = true })).Status);
        var closed = await Server.CallAsync(HttpMethod.Post, "/api/join/personal", null, new { token = renewed, privacyVersion = PrivacyVersion.Current });
        Assert.Equal((HttpStatusCode.Conflict, "lab_closed"), (closed.Status, closed.Code));
    }

    [Fact]
    public async Task JoiningWithTheCodeOffersTheMatchingAdherentAndWalkInsAreMarked()
    {
        var s = await Structure.CreateAsync(Server, "ad4");
        var facilitator = await Server.TokenAsync(s.Facilitator, AccountServer.GoodPassword);
        await ImportAsync(s.Lab, facilitator, Encoding.UTF8.GetBytes(ThreePeople), "text/csv");
        var lucia = (await Server.CallAsync(HttpMethod.Get, $"/api/labs/{s.Lab}/adesioni", facilitator)).Body.EnumerateArray().First();

        var offered = await JoinAsync(s.Lab, new { displayName = "lucia bianchi", organisation = "Comune di  Prato" });
        Assert.Equal((HttpStatusCode.Conflict, "adherent_match"), (offered.Status, offered.Code));
        Assert.Equal(lucia.GetProperty("id").GetString(), offered.Body.GetProperty("adherentId").GetString());

        var confirmed = await JoinAsync(s.Lab, new { displayName = "lucia bianchi", organisation = "Comune di  Prato", adherentId = lucia.GetProperty("id").GetString() });
        Assert.Equal(lucia.GetProperty("memberId").GetString(), confirmed.Body.GetProperty("participantId").GetString());

        var newPerson = await JoinAsync(s.Lab, new { displayName = "Lucia Bianchi", organisation = "Comune di Prato", newPerson = true });
        Assert.Equal(HttpStatusCode.OK, newPerson.Status);
        Assert.NotEqual(lucia.GetProperty("memberId").GetString(), newPerson.Body.GetProperty("participantId").GetString());
        var walkIn = await JoinAsync(s.Lab, new { displayName = "Walter Neri", organisation = "Auser", sector = "terzo_settore" });
        Assert.Equal(HttpStatusCode.OK, walkIn.Status);

        var list = (await Server.CallAsync(HttpMethod.Get, $"/api/labs/{s.Lab}/adesioni", facilitator)).Body.EnumerateArray().ToList();
        Assert.Equal(5, list.Count);
        var walter = Assert.Single(list, a => a.GetProperty("displayName").GetString() == "Walter Neri");
        Assert.Equal(("non_aderente", walkIn.Body.GetProperty("participantId").GetString(), "terzo_settore"),
            (walter.GetProperty("kind").GetString(), walter.GetProperty("memberId").GetString(), walter.GetProperty("sector").GetString()));

        var mismatch = await JoinAsync(s.Lab, new { displayName = "Persona Nuova", adherentId = lucia.GetProperty("id").GetString() });
        Assert.Equal((HttpStatusCode.NotFound, "adherent_not_found"), (mismatch.Status, mismatch.Code));
    }

    [Fact]
    public async Task StaffMergeTwoIdentitiesIntoOne()
    {
        var s = await Structure.CreateAsync(Server, "ad5");
        var facilitator = await Server.TokenAsync(s.Facilitator, AccountServer.GoodPassword);
        var kept = (await Server.CallAsync(HttpMethod.Post, $"/api/labs/{s.Lab}/adesioni", facilitator, new { displayName = "Nicolò Ferri", organisation = "Coop. L'Orizzonte" })).Body;
        var walkIn = await JoinAsync(s.Lab, new { displayName = "Nicolo Ferri", organisation = "L'Orizzonte" });
        var list = (await Server.CallAsync(HttpMethod.Get, $"/api/labs/{s.Lab}/adesioni", facilitator)).Body.EnumerateArray().ToList();
        var duplicate = Assert.Single(list, a => a.GetProperty("memberId").GetString() == walkIn.Body.GetProperty("participantId").GetString());

        var merge = new { keptId = kept.GetProperty("id").GetString(), mergedId = duplicate.GetProperty("id").GetString() };
        Assert.Equal(HttpStatusCode.NoContent, (await Server.CallAsync(HttpMethod.Post, $"/api/labs/{s.Lab}/adesioni/merge", facilitator, merge)).Status);
        var again = await Server.CallAsync(HttpMethod.Post, $"/api/labs/{s.Lab}/adesioni/merge", facilitator, merge);
        Assert.Equal((HttpStatusCode.BadRequest, "merge_invalid"), (again.Status, again.Code));
        var self = await Server.CallAsync(HttpMethod.Post, $"/api/labs/{s.Lab}/adesioni/merge", facilitator, new { keptId = merge.keptId, mergedId = merge.keptId });
        Assert.Equal("merge_invalid", self.Code);

        var after = (await Server.CallAsync(HttpMethod.Get, $"/api/labs/{s.Lab}/adesioni", facilitator)).Body.EnumerateArray().ToList();
        var merged = Assert.Single(after, a => a.GetProperty("id").GetString() == merge.mergedId);
        Assert.Equal(kept.GetProperty("memberId").GetString(), merged.GetProperty("mergedInto").GetString());
        var rejoin = await JoinAsync(s.Lab, new { displayName = "Nicolo Ferri", organisation = "L'Orizzonte" });
        Assert.Equal(HttpStatusCode.OK, rejoin.Status);
    }

    private async Task<ApiCall> ImportAsync(string lab, string token, byte[] file, string contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/labs/{lab}/adesioni/import") { Content = new ByteArrayContent(file) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Server.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new ApiCall(response.StatusCode, text.Length > 0 ? JsonDocument.Parse(text).RootElement.Clone() : default);
    }

    private async Task<ApiCall> JoinAsync(string lab, object person)
    {
        var code = (await Server.CallAsync(HttpMethod.Get, $"/api/labs/{lab}/join-code", await Server.TokenAsync(AccountServer.Admin))).Body.GetProperty("joinCode").GetString();
        var body = JsonSerializer.SerializeToElement(person);
        var merged = body.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        merged["code"] = code;
        merged.TryAdd("privacyVersion", PrivacyVersion.Current);
        return await Server.CallAsync(HttpMethod.Post, "/api/join", null, merged);
    }
}
