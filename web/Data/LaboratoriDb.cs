using Laboratori.Web.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Laboratori.Web.Data;

/// <summary>
/// The relational part of the store, beside the grains' tables in the same database (SQLite file or PostgreSQL):
/// staff accounts (ASP.NET Core Identity's own schema).
/// </summary>
public sealed class LaboratoriDb(DbContextOptions<LaboratoriDb> options) : IdentityDbContext<StaffUser, IdentityRole, string>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<StaffUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.CreatedAt).HasConversion(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
        });
    }
}
