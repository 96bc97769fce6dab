using Microsoft.EntityFrameworkCore;

namespace Laboratori.Web.Attendance;

/// <summary>The attendance tables in <see cref="Data.LaboratoriDb"/>: adesioni (the roster that holds personal data), register marks and the audit trail of staff access to them.</summary>
public static class AttendanceModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Adherent>(a =>
        {
            a.ToTable("adherents");
            a.HasIndex(x => x.LabId);
            a.HasIndex(x => x.MemberId).IsUnique();
            a.HasIndex(x => x.LinkToken).IsUnique();
            a.Property(x => x.DisplayName).HasMaxLength(200);
            a.Property(x => x.Organisation).HasMaxLength(200);
            a.Property(x => x.Email).HasMaxLength(254);
            a.Property(x => x.CreatedAt).HasConversion(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
        });
        builder.Entity<RegisterMark>(m =>
        {
            m.ToTable("register_marks");
            m.HasIndex(x => new { x.IncontroId, x.Id });
            m.HasIndex(x => x.LabId);
            m.Property(x => x.At).HasConversion(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
        });
        builder.Entity<Erasure>(e =>
        {
            e.ToTable("erasures");
            e.HasIndex(x => new { x.LabId, x.MemberId }).IsUnique();
            e.Property(x => x.At).HasConversion(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
        });
        builder.Entity<Privacy.PrivacyAcknowledgement>(p =>
        {
            p.ToTable("privacy_acknowledgements");
            p.HasIndex(x => new { x.LabId, x.MemberId });
            p.Property(x => x.Version).HasMaxLength(40);
            p.Property(x => x.At).HasConversion(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
        });
        builder.Entity<AuditEntry>(a =>
        {
            a.ToTable("audit_entries");
            a.Property(x => x.ActorId).HasMaxLength(200);
            a.Property(x => x.ActorRole).HasMaxLength(40);
            a.Property(x => x.Action).HasMaxLength(40);
            a.Property(x => x.Target).HasMaxLength(500);
            a.Property(x => x.At).HasConversion(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
        });
    }
}
