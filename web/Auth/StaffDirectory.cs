using System.Text.RegularExpressions;
using Laboratori.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Auth;

/// <summary>Staff accounts over Identity's <see cref="UserManager{TUser}"/>: sign-in with lockout, invitations, resets, disabling.</summary>
public sealed partial class StaffDirectory(UserManager<StaffUser> users, AccountSessions sessions, TokenService tokens, IOptions<AuthOptions> options, TimeProvider time)
{
    private const string PasswordPurpose = "ResetPassword";

    /// <summary>Checks the password, counting failures towards the account's lockout; on success a fresh session token.</summary>
    public async Task<(StaffUser? User, string? Role, CanvasError? Error)> SignInAsync(string? userName, string? password)
    {
        if (string.IsNullOrWhiteSpace(userName) || password is null || await users.FindByNameAsync(userName.Trim()) is not { } user)
        {
            return (null, null, Errors.LoginFailed);
        }

        if (await users.IsLockedOutAsync(user))
        {
            return (null, null, AccountErrors.AccountLocked);
        }

        if (user.Disabled || !await users.CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            return (null, null, await users.IsLockedOutAsync(user) ? AccountErrors.AccountLocked : Errors.LoginFailed);
        }

        await users.ResetAccessFailedCountAsync(user);
        return (user, await RoleOfAsync(user), null);
    }

    public async Task<IReadOnlyList<StaffView>> ListAsync()
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync();
        var views = new List<StaffView>(all.Count);
        foreach (var user in all)
        {
            views.Add(await ViewAsync(user));
        }

        return views;
    }

    public async Task<StaffView?> FindAsync(string id) => await users.FindByIdAsync(id) is { } user ? await ViewAsync(user) : null;

    /// <summary>A new account without a password, and the one-time link its owner sets one with.</summary>
    public async Task<(StaffInvite? Invite, CanvasError? Error)> InviteAsync(string? userName, string? displayName, string? role, string baseUrl)
    {
        var name = userName?.Trim() ?? string.Empty;
        if (!UserNamePattern().IsMatch(name))
        {
            return (null, AccountErrors.UserNameInvalid);
        }

        if (!StaffRoles.IsStaff(role))
        {
            return (null, AccountErrors.RoleUnknown);
        }

        var display = displayName?.Trim() ?? string.Empty;
        if (display.Length > 200)
        {
            return (null, Errors.TextTooLong);
        }

        if (await users.FindByNameAsync(name) is not null || await users.FindByIdAsync(StaffUser.IdFor(name)) is not null)
        {
            return (null, AccountErrors.UserNameTaken);
        }

        var user = new StaffUser { Id = StaffUser.IdFor(name), UserName = name, DisplayName = display.Length > 0 ? display : name, CreatedAt = time.GetUtcNow() };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return (null, created.Errors.Any(e => e.Code is "DuplicateUserName") ? AccountErrors.UserNameTaken : AccountErrors.UserNameInvalid);
        }

        await users.AddToRoleAsync(user, role!);
        return (await LinkAsync(user, baseUrl), null);
    }

    /// <summary>Ends the account's sessions and gives a new one-time link to set a password.</summary>
    public async Task<(StaffInvite? Invite, CanvasError? Error)> ResetAsync(string id, string baseUrl)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return (null, AccountErrors.AccountNotFound);
        }

        await users.UpdateSecurityStampAsync(user);
        sessions.Revoked(user.Id);
        return (await LinkAsync(user, baseUrl), null);
    }

    /// <summary>Sets the password from an invitation or reset link; the link then stops working (the stamp changes).</summary>
    public async Task<CanvasError?> SetPasswordAsync(string? id, string? token, string? password)
    {
        if (id is null || token is null || await users.FindByIdAsync(id) is not { } user || user.Disabled)
        {
            return AccountErrors.InviteInvalid;
        }

        if (password is null || password.Length < options.Value.MinimumPasswordLength || string.Equals(password, user.UserName, StringComparison.OrdinalIgnoreCase)
            || StaffBootstrap.DevelopmentPasswords.Contains(password, StringComparer.OrdinalIgnoreCase))
        {
            return AccountErrors.WeakPassword;
        }

        if (!await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, PasswordPurpose, token))
        {
            return AccountErrors.InviteInvalid;
        }

        var result = await users.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded)
        {
            return result.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? AccountErrors.WeakPassword : AccountErrors.InviteInvalid;
        }

        await users.SetLockoutEndDateAsync(user, null);
        sessions.Revoked(user.Id);
        return null;
    }

    /// <summary>Disables (or enables) an account; disabling ends every token it holds at once.</summary>
    public async Task<(StaffView? Account, CanvasError? Error)> SetDisabledAsync(string id, bool disabled, string callerId)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return (null, AccountErrors.AccountNotFound);
        }

        if (disabled && await IsLastAdminAsync(user, callerId))
        {
            return (null, AccountErrors.LastAdmin);
        }

        user.Disabled = disabled;
        await users.UpdateAsync(user);
        if (disabled)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        sessions.Revoked(user.Id);
        return (await ViewAsync(user), null);
    }

    /// <summary>Ends every token of the account (signing out everywhere) without disabling it.</summary>
    public async Task<CanvasError?> RevokeAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return AccountErrors.AccountNotFound;
        }

        await users.UpdateSecurityStampAsync(user);
        sessions.Revoked(user.Id);
        return null;
    }

    public async Task<CanvasError?> DeleteAsync(string id, string callerId)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return AccountErrors.AccountNotFound;
        }

        if (await IsLastAdminAsync(user, callerId))
        {
            return AccountErrors.LastAdmin;
        }

        await users.DeleteAsync(user);
        sessions.Revoked(user.Id);
        return null;
    }

    public async Task<string> RoleOfAsync(StaffUser user) => (await users.GetRolesAsync(user)).FirstOrDefault() ?? StaffRoles.Trainer;

    /// <summary>A token for a signed-in account.</summary>
    public (string Token, DateTimeOffset ExpiresAt) Issue(StaffUser user, string role) => tokens.IssueStaff(user, role);

    private async Task<bool> IsLastAdminAsync(StaffUser user, string callerId)
    {
        if (user.Id == callerId)
        {
            return true;
        }

        if (await RoleOfAsync(user) != StaffRoles.Admin)
        {
            return false;
        }

        var admins = await users.GetUsersInRoleAsync(StaffRoles.Admin);
        return !admins.Any(a => !a.Disabled && a.Id != user.Id);
    }

    private async Task<StaffInvite> LinkAsync(StaffUser user, string baseUrl)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = QueryHelpers.AddQueryString(baseUrl.TrimEnd('/') + "/staff/password", new Dictionary<string, string?> { ["user"] = user.Id, ["token"] = token });
        return new StaffInvite(await ViewAsync(user), link, time.GetUtcNow() + options.Value.InviteLifetime);
    }

    private async Task<StaffView> ViewAsync(StaffUser user) =>
        new(user.Id, user.UserName ?? user.Id, user.DisplayName, await RoleOfAsync(user), user.Disabled, await users.IsLockedOutAsync(user),
            user.PasswordHash is not null, user.CreatedAt);

    [GeneratedRegex("^[A-Za-z0-9._@-]{3,64}$")]
    private static partial Regex UserNamePattern();
}
