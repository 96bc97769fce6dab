using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Auth;

/// <summary>
/// Creates the accounts listed in <see cref="AuthOptions.Staff"/> that do not exist yet. Outside Development and
/// Testing a bootstrap password must pass the password rules and may not be one of the Development passwords: the app
/// refuses to start otherwise.
/// </summary>
internal sealed partial class StaffBootstrap(
    UserManager<StaffUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<AuthOptions> options,
    IHostEnvironment environment,
    TimeProvider time,
    ILogger<StaffBootstrap> logger)
{
    /// <summary>The passwords of appsettings.Development.json: never accepted where real people sign in.</summary>
    internal static readonly string[] DevelopmentPasswords = ["facilitatore", "formatore", "admin", "coordinatore"];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var strict = IsStrict(environment);
        CheckConfiguration(options.Value, environment);
        foreach (var role in StaffRoles.Staff)
        {
            if (!await roles.RoleExistsAsync(role) && !(await roles.CreateAsync(new IdentityRole(role) { Id = role })).Succeeded && !await roles.RoleExistsAsync(role))
            {
                throw new InvalidOperationException($"Could not create the role '{role}'.");
            }
        }

        foreach (var account in options.Value.Staff)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await users.FindByNameAsync(account.UserName.Trim()) is not null)
            {
                continue;
            }

            var user = new StaffUser
            {
                Id = StaffUser.IdFor(account.UserName),
                UserName = account.UserName.Trim(),
                DisplayName = account.DisplayName.Trim(),
                CreatedAt = time.GetUtcNow(),
            };
            var result = strict ? await users.CreateAsync(user, account.Password) : await CreateUncheckedAsync(user, account.Password);
            if (result.Succeeded)
            {
                result = await users.AddToRoleAsync(user, account.Role);
            }

            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Auth:Staff: could not create '{account.UserName}': {string.Join(" ", result.Errors.Select(e => e.Description))}");
            }

            LogCreated(account.UserName, account.Role);
        }
    }

    /// <summary>Refuses bootstrap accounts without a role, and (outside Development and Testing) with a Development password.</summary>
    internal static void CheckConfiguration(AuthOptions options, IHostEnvironment environment)
    {
        foreach (var account in options.Staff)
        {
            if (!StaffRoles.IsStaff(account.Role) || account.UserName.Trim().Length == 0)
            {
                throw new InvalidOperationException($"Auth:Staff: '{account.UserName}' needs a user name and a role among {string.Join(", ", StaffRoles.Staff)}.");
            }

            if (IsStrict(environment) && (DevelopmentPasswords.Contains(account.Password, StringComparer.OrdinalIgnoreCase)
                || string.Equals(account.Password, account.UserName, StringComparison.OrdinalIgnoreCase)))
            {
                throw new InvalidOperationException(
                    $"Auth:Staff: the account '{account.UserName}' has a Development password. Outside Development choose a real one (or remove the entry once the account exists).");
            }
        }
    }

    private static bool IsStrict(IHostEnvironment environment) => !environment.IsDevelopment() && !environment.IsEnvironment("Testing");

    /// <summary>Development's short demo passwords skip the length rule: they are hashed all the same.</summary>
    private async Task<IdentityResult> CreateUncheckedAsync(StaffUser user, string password)
    {
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        return await users.CreateAsync(user);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the bootstrap staff account {UserName} ({Role}).")]
    private partial void LogCreated(string userName, string role);
}
