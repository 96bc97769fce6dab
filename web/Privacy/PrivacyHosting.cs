namespace Laboratori.Web.Privacy;

/// <summary>Registers the privacy notice, its acknowledgements, the retention period, and the register of enti (what adesioni and joins pick an organisation from).</summary>
public static class PrivacyHosting
{
    public static IServiceCollection AddLaboratoriPrivacy(this IServiceCollection services)
    {
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<PrivacyAcknowledgements>();
        services.AddScoped<Enti.EnteStore>();
        services.AddScoped<RetentionSweep>();
        services.AddSingleton<RetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionService>());
        return services;
    }
}
