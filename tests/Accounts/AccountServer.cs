using System.Text.Json;
using Laboratori.Tests.Web;
using Microsoft.AspNetCore.WebUtilities;

namespace Laboratori.Tests.Accounts;

/// <summary>A <see cref="LabServer"/> with an admin (<c>admin</c>/<c>admin</c>) and a coordinator, and helpers for account flows.</summary>
public sealed class AccountServer : IAsyncDisposable
{
    public const string Admin = "admin";
    public const string Coordinator = "coordinatore";
    public const string GoodPassword = "una-password-lunga";

    public AccountServer(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Auth:Staff:3:UserName"] = Admin, ["Auth:Staff:3:Password"] = Admin, ["Auth:Staff:3:DisplayName"] = "Amministrazione", ["Auth:Staff:3:Role"] = "admin",
            ["Auth:Staff:4:UserName"] = Coordinator, ["Auth:Staff:4:Password"] = Coordinator, ["Auth:Staff:4:DisplayName"] = "Chiara Coordinatrice", ["Auth:Staff:4:Role"] = "coordinator",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        Server = new LabServer(settings);
    }

    public LabServer Server { get; }

    public HttpClient Http => Server.Http;

    public Task<ApiCall> CallAsync(HttpMethod method, string path, string? token = null, object? body = null) => ApiCall.SendAsync(Http, method, path, token, body);

    public Task<ApiCall> LoginAsync(string userName, string password) => CallAsync(HttpMethod.Post, "/api/auth/login", null, new { userName, password });

    public async Task<string> TokenAsync(string userName, string? password = null)
    {
        var login = await LoginAsync(userName, password ?? userName);
        Assert.Equal(System.Net.HttpStatusCode.OK, login.Status);
        return login.Body.GetProperty("token").GetString()!;
    }

    /// <summary>Invites <paramref name="userName"/> as admin and returns the link's user id and one-time token.</summary>
    public async Task<(string UserId, string Token)> InviteAsync(string userName, string role)
    {
        var invite = await CallAsync(HttpMethod.Post, "/api/staff", await TokenAsync(Admin), new { userName, displayName = userName + " Rossi", role });
        Assert.Equal(System.Net.HttpStatusCode.Created, invite.Status);
        return FromLink(invite.Body);
    }

    /// <summary>Invites and sets <see cref="GoodPassword"/>: a ready account.</summary>
    public async Task<string> ReadyAccountAsync(string userName, string role)
    {
        var (userId, token) = await InviteAsync(userName, role);
        var set = await CallAsync(HttpMethod.Post, "/api/auth/password", null, new { userId, token, password = GoodPassword });
        Assert.Equal(System.Net.HttpStatusCode.NoContent, set.Status);
        return userId;
    }

    public static (string UserId, string Token) FromLink(JsonElement invite)
    {
        var link = new Uri(invite.GetProperty("link").GetString()!);
        Assert.Equal("/staff/password", link.AbsolutePath);
        var query = QueryHelpers.ParseQuery(link.Query);
        return (query["user"].ToString(), query["token"].ToString());
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
