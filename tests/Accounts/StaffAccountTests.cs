using System.Net;
using Laboratori.Tests.Web;

namespace Laboratori.Tests.Accounts;

/// <summary>Identity flows over real Kestrel and SQLite: invitation, password, lockout, disabling, revocation, refusal of old tokens.</summary>
public sealed class StaffAccountTests(AccountServerFixture fixture) : IClassFixture<AccountServerFixture>
{
    private AccountServer Server => fixture.Server;

    [Fact]
    public async Task InvitedStaffSetsAPasswordOnceThenSignsIn()
    {
        var (userId, token) = await Server.InviteAsync("giovanna.b", "facilitator");
        Assert.Equal("staff-giovanna.b", userId);

        var beforePassword = await Server.LoginAsync("giovanna.b", AccountServer.GoodPassword);
        Assert.Equal(("login_failed", HttpStatusCode.Unauthorized), (beforePassword.Code, beforePassword.Status));

        var weak = await Server.CallAsync(HttpMethod.Post, "/api/auth/password", null, new { userId, token, password = "corta" });
        Assert.Equal(("weak_password", HttpStatusCode.BadRequest), (weak.Code, weak.Status));
        var sameAsName = await Server.CallAsync(HttpMethod.Post, "/api/auth/password", null, new { userId, token, password = "giovanna.b" });
        Assert.Equal("weak_password", sameAsName.Code);

        var set = await Server.CallAsync(HttpMethod.Post, "/api/auth/password", null, new { userId, token, password = AccountServer.GoodPassword });
        Assert.Equal(HttpStatusCode.NoContent, set.Status);
        var again = await Server.CallAsync(HttpMethod.Post, "/api/auth/password", null, new { userId, token, password = "un'altra-password" });
        Assert.Equal(("invite_invalid", HttpStatusCode.BadRequest), (again.Code, again.Status));

        var login = await Server.LoginAsync("giovanna.b", AccountServer.GoodPassword);
        Assert.Equal(HttpStatusCode.OK, login.Status);
        Assert.Equal(("facilitator", "giovanna.b Rossi", userId),
            (login.Body.GetProperty("role").GetString(), login.Body.GetProperty("displayName").GetString(), login.Body.GetProperty("userId").GetString()));
    }

    [Fact]
    public async Task BadInvitationsAreRefusedWithTheirCodesAndCreateNothing()
    {
        var admin = await Server.TokenAsync(AccountServer.Admin);
        var before = (await Server.CallAsync(HttpMethod.Get, "/api/staff", admin)).Body.GetArrayLength();

        var duplicate = await Server.CallAsync(HttpMethod.Post, "/api/staff", admin, new { userName = "FACILITATORE", role = "facilitator" });
        var badName = await Server.CallAsync(HttpMethod.Post, "/api/staff", admin, new { userName = "a b", role = "facilitator" });
        var badRole = await Server.CallAsync(HttpMethod.Post, "/api/staff", admin, new { userName = "nuovo.ruolo", role = "sindaco" });

        Assert.Equal(("user_name_taken", HttpStatusCode.Conflict), (duplicate.Code, duplicate.Status));
        Assert.Equal(("user_name_invalid", HttpStatusCode.BadRequest), (badName.Code, badName.Status));
        Assert.Equal(("role_unknown", HttpStatusCode.BadRequest), (badRole.Code, badRole.Status));
        Assert.Equal(before, (await Server.CallAsync(HttpMethod.Get, "/api/staff", admin)).Body.GetArrayLength());
    }

    [Fact]
    public async Task RepeatedWrongPasswordsLockTheAccountButNotOthers()
    {
        await Server.ReadyAccountAsync("luca.lock", "facilitator");
        await Server.ReadyAccountAsync("sara.free", "facilitator");

        var first = await Server.LoginAsync("luca.lock", "sbagliata-1");
        var second = await Server.LoginAsync("luca.lock", "sbagliata-2");
        var third = await Server.LoginAsync("luca.lock", "sbagliata-3");
        var right = await Server.LoginAsync("luca.lock", AccountServer.GoodPassword);
        var other = await Server.LoginAsync("sara.free", AccountServer.GoodPassword);

        Assert.Equal("login_failed login_failed account_locked account_locked", string.Join(" ", first.Code, second.Code, third.Code, right.Code));
        Assert.Equal(HttpStatusCode.TooManyRequests, right.Status);
        Assert.Equal(HttpStatusCode.OK, other.Status);
    }

    [Fact]
    public async Task ADisabledAccountsTokenIsRefusedAtOnceAndItCannotSignIn()
    {
        var userId = await Server.ReadyAccountAsync("marta.off", "facilitator");
        var token = await Server.TokenAsync("marta.off", AccountServer.GoodPassword);
        Assert.Equal(HttpStatusCode.OK, (await Server.CallAsync(HttpMethod.Get, "/api/labs", token)).Status);

        var disabled = await Server.CallAsync(HttpMethod.Post, $"/api/staff/{userId}/disable", await Server.TokenAsync(AccountServer.Admin), new { disabled = true });
        Assert.True(disabled.Body.GetProperty("disabled").GetBoolean());

        var refused = await Server.CallAsync(HttpMethod.Get, "/api/labs", token);
        Assert.Equal(("token_revoked", HttpStatusCode.Unauthorized), (refused.Code, refused.Status));
        Assert.Equal("login_failed", (await Server.LoginAsync("marta.off", AccountServer.GoodPassword)).Code);

        await Server.CallAsync(HttpMethod.Post, $"/api/staff/{userId}/disable", await Server.TokenAsync(AccountServer.Admin), new { disabled = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await Server.CallAsync(HttpMethod.Get, "/api/labs", token)).Status);
        Assert.Equal(HttpStatusCode.OK, (await Server.LoginAsync("marta.off", AccountServer.GoodPassword)).Status);
    }

    [Fact]
    public async Task ADeletedAccountsTokenIsRefused()
    {
        var userId = await Server.ReadyAccountAsync("piero.via", "trainer");
        var token = await Server.TokenAsync("piero.via", AccountServer.GoodPassword);

        var deleted = await Server.CallAsync(HttpMethod.Delete, $"/api/staff/{userId}", await Server.TokenAsync(AccountServer.Admin));

        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Equal("token_revoked", (await Server.CallAsync(HttpMethod.Get, "/api/labs", token)).Code);
        Assert.Equal("account_not_found", (await Server.CallAsync(HttpMethod.Get, $"/api/staff/{userId}", await Server.TokenAsync(AccountServer.Admin))).Code);
    }

    [Fact]
    public async Task SigningOutEndsEveryTokenOfTheAccountAndAResetLinkEndsThemToo()
    {
        var userId = await Server.ReadyAccountAsync("elena.out", "facilitator");
        var first = await Server.TokenAsync("elena.out", AccountServer.GoodPassword);
        var second = await Server.TokenAsync("elena.out", AccountServer.GoodPassword);

        Assert.Equal(HttpStatusCode.NoContent, (await Server.CallAsync(HttpMethod.Post, "/api/auth/logout", first)).Status);
        Assert.Equal("token_revoked", (await Server.CallAsync(HttpMethod.Get, "/api/labs", second)).Code);

        var third = await Server.TokenAsync("elena.out", AccountServer.GoodPassword);
        var reset = await Server.CallAsync(HttpMethod.Post, $"/api/staff/{userId}/reset", await Server.TokenAsync(AccountServer.Admin));
        Assert.Equal("token_revoked", (await Server.CallAsync(HttpMethod.Get, "/api/labs", third)).Code);
        var (_, link) = AccountServer.FromLink(reset.Body);
        Assert.Equal(HttpStatusCode.NoContent, (await Server.CallAsync(HttpMethod.Post, "/api/auth/password", null, new { userId, token = link, password = "nuova-password-123" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await Server.LoginAsync("elena.out", "nuova-password-123")).Status);
    }

    [Fact]
    public async Task DisablingAnAccountClosesItsHubConnections()
    {
        var userId = await Server.ReadyAccountAsync("nadia.hub", "facilitator");
        var token = await Server.TokenAsync("nadia.hub", AccountServer.GoodPassword);
        await using var hub = await Server.Server.ConnectAsync(token);
        Assert.False(hub.Closed.IsCompleted);

        await Server.CallAsync(HttpMethod.Post, $"/api/staff/{userId}/disable", await Server.TokenAsync(AccountServer.Admin), new { disabled = true });

        await hub.Closed.WaitAsync(Waits.Timeout);
    }

    [Fact]
    public async Task OnlyAdminsManageStaffAndAnonymousCallersGetACodedUnauthorized()
    {
        var facilitator = await Server.Server.StaffTokenAsync(LabServer.Facilitator);
        var coordinator = await Server.TokenAsync(AccountServer.Coordinator);

        var asFacilitator = await Server.CallAsync(HttpMethod.Get, "/api/staff", facilitator);
        var asCoordinator = await Server.CallAsync(HttpMethod.Post, "/api/staff", coordinator, new { userName = "intruso", role = "admin" });
        var anonymous = await Server.CallAsync(HttpMethod.Get, "/api/staff");
        var forged = await Server.CallAsync(HttpMethod.Get, "/api/staff", facilitator[..^4] + "AAAA");

        Assert.Equal(("forbidden", HttpStatusCode.Forbidden), (asFacilitator.Code, asFacilitator.Status));
        Assert.Equal(("forbidden", HttpStatusCode.Forbidden), (asCoordinator.Code, asCoordinator.Status));
        Assert.Equal(("unauthorized", HttpStatusCode.Unauthorized), (anonymous.Code, anonymous.Status));
        Assert.Equal(("unauthorized", HttpStatusCode.Unauthorized), (forged.Code, forged.Status));
    }

    [Fact]
    public async Task AnAdminCannotDisableOrDeleteThemselves()
    {
        var admin = await Server.TokenAsync(AccountServer.Admin);

        var disable = await Server.CallAsync(HttpMethod.Post, "/api/staff/staff-admin/disable", admin, new { disabled = true });
        var delete = await Server.CallAsync(HttpMethod.Delete, "/api/staff/staff-admin", admin);

        Assert.Equal(("last_admin", HttpStatusCode.Conflict), (disable.Code, disable.Status));
        Assert.Equal("last_admin", delete.Code);
        Assert.Equal(HttpStatusCode.OK, (await Server.CallAsync(HttpMethod.Get, "/api/staff", admin)).Status);
    }

    [Fact]
    public async Task PasswordsAreStoredHashedNeverAsTyped()
    {
        await Server.ReadyAccountAsync("hash.check", "tutor");
        var database = Server.Server.DatabasePath;
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT PasswordHash FROM AspNetUsers WHERE UserName = 'hash.check'";
        var hash = (string?)await command.ExecuteScalarAsync();

        Assert.NotNull(hash);
        Assert.DoesNotContain(AccountServer.GoodPassword, hash, StringComparison.Ordinal);
        Assert.StartsWith("AQAAAA", hash, StringComparison.Ordinal);
    }
}
