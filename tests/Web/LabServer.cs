using Laboratori.Contracts;
using Laboratori.LoadTest.Client;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Laboratori.Tests.Web;

/// <summary>
/// One running node for a test collection: Kestrel on a free loopback port, a fresh SQLite file in a temporary folder,
/// three staff accounts (facilitatore, facilitatore2, formatore) and limits high enough that tests do not trip them.
/// </summary>
public sealed class LabServer : IAsyncDisposable
{
    public const string Facilitator = "facilitatore";
    public const string OtherFacilitator = "facilitatore2";
    public const string Trainer = "formatore";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "laboratori-tests-" + Guid.NewGuid().ToString("N"));
    private readonly LabServerFactory _factory;
    private readonly Dictionary<string, string> _staffTokens = [];

    /// <param name="overrides">Settings over the defaults above.</param>
    /// <param name="log">Also receives the server's log, when given.</param>
    public LabServer(IReadOnlyDictionary<string, string?>? overrides = null, Microsoft.Extensions.Logging.ILoggerProvider? log = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = Path.Combine(_folder, "laboratori.db"),
            ["Demo:Enabled"] = "false",
            ["Limits:JoinAttemptsPerMinute"] = "10000",
            ["Limits:ParticipantJoinsPerLabPerMinute"] = "10000",
            ["Limits:OperationsPerSecond"] = "10000",
            ["Limits:OperationsBurst"] = "10000",
            ["Limits:PresencePerSecond"] = "1000",
            ["Quotas:LabsPerAccountPerHour"] = "100000",
            ["Quotas:MaxConnectionsPerMember"] = "100000",
            ["Quotas:MaxConnectionsPerAddress"] = "100000",
        };
        AddStaff(settings, 0, Facilitator, "Giulia Facilitatrice", "facilitator");
        AddStaff(settings, 1, OtherFacilitator, "Paolo Facilitatore", "facilitator");
        AddStaff(settings, 2, Trainer, "Marco Formatore", "trainer");
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        _factory = new LabServerFactory(settings, log);
        _factory.UseKestrel(0);
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address.TrimEnd('/') + "/");
        Http = new HttpClient { BaseAddress = BaseUrl };
        Api = new LabApiClient(Http);
    }

    public Uri BaseUrl { get; }

    /// <summary>The server's services, for what has no endpoint of its own (health checks).</summary>
    public IServiceProvider Services => _factory.Services;

    /// <summary>The server's SQLite file.</summary>
    public string DatabasePath => Path.Combine(_folder, "laboratori.db");

    public HttpClient Http { get; }

    public LabApiClient Api { get; }

    /// <summary>A staff member's token (password = user name), signed in once per server.</summary>
    public async Task<string> StaffTokenAsync(string userName)
    {
        if (!_staffTokens.TryGetValue(userName, out var token))
        {
            token = (await Api.LoginAsync(userName, userName)).Token;
            _staffTokens[userName] = token;
        }

        return token;
    }

    public Task<HubClient> ConnectAsync(string? token) => HubClient.ConnectAsync(BaseUrl, token, Waits.Token());

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open leaves the temporary folder behind; nothing depends on it.
        }
    }

    private static void AddStaff(Dictionary<string, string?> settings, int index, string userName, string displayName, string role)
    {
        settings[$"Auth:Staff:{index}:UserName"] = userName;
        settings[$"Auth:Staff:{index}:Password"] = userName;
        settings[$"Auth:Staff:{index}:DisplayName"] = displayName;
        settings[$"Auth:Staff:{index}:Role"] = role;
    }
}
