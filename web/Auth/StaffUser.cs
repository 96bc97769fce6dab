using Microsoft.AspNetCore.Identity;

namespace Laboratori.Web.Auth;

/// <summary>A staff account in the database (ASP.NET Core Identity): its id is <c>staff-</c> + the user name in lower case.</summary>
public sealed class StaffUser : IdentityUser
{
    /// <summary>The name shown to others in labs and lists.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>A disabled account cannot sign in, and every token it holds is refused (its security stamp changed too).</summary>
    public bool Disabled { get; set; }

    /// <summary>When the account was created (invited or bootstrapped).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The account id for a user name: the <c>staff-</c> prefix lets lab rosters tell staff from participants.</summary>
    public static string IdFor(string userName) => "staff-" + userName.Trim().ToLowerInvariant();
}
