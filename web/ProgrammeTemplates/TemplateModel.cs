using Microsoft.EntityFrameworkCore;

namespace Laboratori.Web.ProgrammeTemplates;

/// <summary>The table of programme template versions in <see cref="Data.LaboratoriDb"/>.</summary>
public static class TemplateModel
{
    public static void Configure(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Entity<ProgrammeTemplate>(t =>
        {
            t.ToTable("template_versions");
            t.HasIndex(x => new { x.TemplateKey, x.Version }).IsUnique();
            t.HasIndex(x => x.ProgrammeId);
            t.Property(x => x.Name).HasMaxLength(200);
            t.Property(x => x.NameEn).HasMaxLength(200);
            t.Property(x => x.CreatedAt).HasConversion(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
        });
    }
}
