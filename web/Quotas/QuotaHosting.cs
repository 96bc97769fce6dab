namespace Laboratori.Web.Quotas;

/// <summary>Registers the quotas: options validated on start, the node's connection counts.</summary>
public static class QuotaHosting
{
    public static IServiceCollection AddLaboratoriQuotas(this IServiceCollection services)
    {
        services.AddOptions<QuotaOptions>().BindConfiguration(QuotaOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ConnectionQuota>();
        services.AddSingleton<ConnectionQuotaHubFilter>();
        services.AddRateLimiter(LabCreationQuota.AddTo);
        return services;
    }
}
