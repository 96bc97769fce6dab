using Laboratori.Tests.Web;
using Laboratori.Web.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Laboratori.Tests.Hardening;

/// <summary>The database and the signing key are private to the server's user, whatever the umask; Production refuses to start otherwise.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FileModeTests
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public async Task TheDatabaseAndTheKeyAreCreatedPrivate()
    {
        var folder = Path.Combine(Path.GetTempPath(), "laboratori-modes-" + Guid.NewGuid().ToString("N"), "data");
        var database = Path.Combine(folder, "laboratori.db");
        try
        {
            await using (var server = new LabServer(new Dictionary<string, string?> { ["Storage:SqlitePath"] = database }))
            {
                await server.StaffTokenAsync(LabServer.Facilitator);

                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
                Assert.All(Directory.GetFiles(folder), f => Assert.Equal(Private, File.GetUnixFileMode(f)));
                Assert.Contains(Path.Combine(folder, "signing.key"), Directory.GetFiles(folder));
                Assert.Contains(database, Directory.GetFiles(folder));
            }
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }

    [Fact]
    public void ProductionRefusesAKeyOthersCanRead()
    {
        var folder = Directory.CreateTempSubdirectory("laboratori-modes-").FullName;
        try
        {
            var key = Path.Combine(folder, "signing.key");
            File.WriteAllText(key, "x");
            File.SetUnixFileMode(key, Private | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", Args = [$"--Storage:SqlitePath={Path.Combine(folder, "laboratori.db")}"] });

            var refused = Assert.Throws<InvalidOperationException>(() => FileModeCheck.ThrowIfExposed(builder));
            File.SetUnixFileMode(key, Private);
            FileModeCheck.ThrowIfExposed(builder);

            Assert.Contains("chmod 600 " + key, refused.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
