namespace Laboratori.Web.Programmes;

/// <summary>Registers the programme structure's services (its tables are in <see cref="Data.LaboratoriDb"/>).</summary>
public static class ProgrammeHosting
{
    public static IServiceCollection AddLaboratoriProgrammes(this IServiceCollection services)
    {
        services.AddOptions<ProgrammeOptions>().BindConfiguration(ProgrammeOptions.SectionName);
        services.AddSingleton<ProgrammeCache>();
        services.AddScoped<ProgrammeStore>();
        services.AddScoped<LabPlanning>();
        services.AddScoped<ProgrammeTemplates.TemplateStore>();
        services.AddScoped<WorkspaceReader>();
        services.AddScoped<Dashboard.DashboardReader>();
        return services;
    }
}
