using Laboratori.Silo.Sqlite;
using Laboratori.Web.Attendance;
using Laboratori.Web.Auth;
using Laboratori.Web.Programmes;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Laboratori.Web.Data;

/// <summary>
/// The relational part of the store, beside the grains' tables in the same database (SQLite file or PostgreSQL):
/// staff accounts (ASP.NET Core Identity's own schema) and the programme structure. Programmes are relational data
/// that are listed, filtered and counted across many rows (the workspace, the dashboard), which is what tables are for;
/// the labs themselves stay grains, joined to the structure by <see cref="LabPlacement"/>. On the SQLite file its writes
/// take turns with the grains' writer (<see cref="SqliteWriteLock"/>, registered only for SQLite).
/// </summary>
public sealed class LaboratoriDb(DbContextOptions<LaboratoriDb> options, SqliteWriteLock? writeLock = null, AdesioniChanges? adesioni = null) : IdentityDbContext<StaffUser, IdentityRole, string>(options)
{
    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<Percorso> Percorsi => Set<Percorso>();

    public DbSet<Edizione> Edizioni => Set<Edizione>();

    public DbSet<LabPlacement> LabPlacements => Set<LabPlacement>();

    public DbSet<Incontro> Incontri => Set<Incontro>();

    public DbSet<Assignment> Assignments => Set<Assignment>();

    /// <summary>Nothing of ours saves synchronously (Identity neither): one path, with its write turn and its notice.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) => SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Saves in the SQLite write turn (<see cref="SqliteWriteLock"/>; PostgreSQL needs none), then tells the labs whose
    /// list of people changed (<see cref="AdesioniChanges"/>), so no node goes on naming people from an older list.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var labs = ChangeTracker.Entries<Adherent>().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity.LabId).Distinct(StringComparer.Ordinal).ToList();
        int saved;
        if (writeLock is null)
        {
            saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        else
        {
            await writeLock.EnterAsync(cancellationToken);
            try
            {
                saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }
            finally
            {
                writeLock.Exit();
            }
        }

        if (labs.Count > 0 && adesioni is not null)
        {
            await adesioni.NotifyAsync(labs);
        }

        return saved;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<StaffUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.CreatedAt).HasConversion(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
        });
        builder.Entity<Programme>(p =>
        {
            p.ToTable("programmes");
            p.Property(x => x.CreatedAt).HasConversion(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
        });
        builder.Entity<Percorso>(p =>
        {
            p.ToTable("percorsi");
            p.HasIndex(x => x.ProgrammeId);
            p.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<Edizione>(e =>
        {
            e.ToTable("edizioni");
            e.HasIndex(x => x.PercorsoId);
            e.HasIndex(x => x.ProgrammeId);
            e.HasOne<Percorso>().WithMany().HasForeignKey(x => x.PercorsoId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<LabPlacement>(l =>
        {
            l.ToTable("lab_placements");
            l.HasKey(x => x.LabId);
            l.HasIndex(x => x.EdizioneId);
            l.HasIndex(x => x.ProgrammeId);
        });
        builder.Entity<Incontro>(i =>
        {
            i.ToTable("incontri");
            i.HasIndex(x => new { x.LabId, x.Date });
        });
        builder.Entity<Assignment>(a =>
        {
            a.ToTable("assignments");
            a.HasIndex(x => x.UserId);
            a.HasIndex(x => new { x.ProgrammeId, x.EdizioneId });
        });
        Attendance.AttendanceModel.Configure(builder);
        builder.Entity<Enti.Ente>(e =>
        {
            e.ToTable("enti");
            e.HasIndex(x => x.ProgrammeId);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.CreatedAt).HasConversion(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
        });
    }
}
