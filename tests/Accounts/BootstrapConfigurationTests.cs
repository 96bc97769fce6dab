using Laboratori.Web.Auth;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Laboratori.Tests.Accounts;

/// <summary>No default accounts outside Development: the Development passwords stop a Production start.</summary>
public sealed class BootstrapConfigurationTests
{
    [Theory]
    [InlineData("Production", "admin", "admin", true)]
    [InlineData("Production", "facilitatore", "facilitatore", true)]
    [InlineData("Production", "responsabile", "Responsabile", true)]
    [InlineData("Production", "responsabile", "una-password-vera-2026", false)]
    [InlineData("Staging", "admin", "formatore", true)]
    [InlineData("Development", "admin", "admin", false)]
    public void DevelopmentPasswordsAreRefusedOutsideDevelopment(string environment, string userName, string password, bool refused)
    {
        var options = new AuthOptions { Staff = [new StaffAccount { UserName = userName, Password = password, Role = StaffRoles.Admin }] };

        var error = Record.Exception(() => StaffBootstrap.CheckConfiguration(options, new Environment(environment)));

        Assert.Equal(refused, error is InvalidOperationException);
    }

    [Fact]
    public void ABootstrapAccountNeedsAKnownRole()
    {
        var options = new AuthOptions { Staff = [new StaffAccount { UserName = "x", Password = "una-password-vera", Role = "sindaco" }] };

        Assert.Throws<InvalidOperationException>(() => StaffBootstrap.CheckConfiguration(options, new Environment("Production")));
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Laboratori.Web";

        public string ContentRootPath { get; set; } = ".";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
