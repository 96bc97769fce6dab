namespace Laboratori.Web.Attendance;

/// <summary>Registers adesioni and the register (their tables are in <see cref="Data.LaboratoriDb"/>).</summary>
public static class AttendanceHosting
{
    public static IServiceCollection AddLaboratoriAttendance(this IServiceCollection services)
    {
        services.AddScoped<AdherentStore>();
        services.AddScoped<PersonErasure>();
        services.AddSingleton<AdherentJoin>();
        services.AddSingleton<AdesioniChanges>();
        services.AddSingleton<RosterNames>();
        services.AddSingleton<Grains.History.IMemberNames>(sp => sp.GetRequiredService<RosterNames>());
        services.AddSingleton<RegisterAccess>();
        services.AddScoped<RegisterReader>();
        services.AddOptions<RegisterOptions>().BindConfiguration(RegisterOptions.SectionName);
        return services;
    }
}
