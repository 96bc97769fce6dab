using Microsoft.EntityFrameworkCore;

namespace Laboratori.Web.Attendance;

/// <summary>The attendance tables in <see cref="Data.LaboratoriDb"/>: adesioni (the roster that holds personal data) and register marks.</summary>
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
    }
}
